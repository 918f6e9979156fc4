/// What adaptive selection needs to know about one question of the bank.
public struct AdaptiveQuestion: Sendable, Hashable {
    public var id: String
    public var topic: String
    /// A level id (`junior`, `intermediate`, `senior`, `staff`); it sets the prior difficulty of
    /// a question the fit does not know well (``ItemDifficulties``) and counts against the
    /// blueprint's level mix.
    public var level: String
    public var minutes: Int
    /// The ids its `related` field lists. Relations are symmetric: a question is also related to
    /// every question that lists it.
    public var related: [String]

    public init(id: String, topic: String, level: String, minutes: Int, related: [String] = []) {
        self.id = id
        self.topic = topic
        self.level = level
        self.minutes = minutes
        self.related = related
    }

    /// The bank question's id, topic, level, minutes and related ids.
    public init(_ question: Question) {
        self.init(id: question.id, topic: question.topic, level: question.level.rawValue, minutes: question.minutes,
                  related: question.related)
    }
}
