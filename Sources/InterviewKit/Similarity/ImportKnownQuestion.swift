/// A question the bank already has: an imported entry whose text matches one of `texts`
/// (case, whitespace, apostrophe style and trailing punctuation aside) is "known".
public struct ImportKnownQuestion: Sendable, Hashable, Codable {
    public var id: String
    public var topic: String
    /// The question's text and its variants.
    public var texts: [String]

    public init(id: String, topic: String, texts: [String]) {
        self.id = id
        self.topic = topic
        self.texts = texts
    }
}
