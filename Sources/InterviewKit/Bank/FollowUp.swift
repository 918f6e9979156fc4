/// A follow-up question the interviewer may ask, with a stable id within its question.
public struct FollowUp: Sendable, Hashable, Codable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
