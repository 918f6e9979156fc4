/// One thing an interviewer records about a drawn question or a session. Each event is committed
/// in its own transaction before the next prompt appears.
public enum SessionEvent: Sendable, Hashable {
    /// Criterion scores (criterion id -> value); merged with earlier scores of the same rating.
    case score([String: Int])
    /// Marks points (0-based) covered or not.
    case cover([Int], covered: Bool)
    /// A follow-up asked: a listed one (its id and text) or one typed live (id nil).
    case followUp(id: String?, text: String)
    /// Marks red flags (0-based) heard or not.
    case redFlag([Int], on: Bool)
    case note(String)
    /// Skips the question with a reason (clears the skip when nil).
    case skip(reason: String?)
}

extension SessionEvent {
    /// A follow-up given by a listed id of `question`, or else as the text asked.
    public static func followUp(_ idOrText: String, of question: AskedQuestion) -> SessionEvent {
        guard let listed = question.followUps.first(where: { $0.id == idOrText }) else { return .followUp(id: nil, text: idOrText) }
        return .followUp(id: listed.id, text: listed.text)
    }
}
