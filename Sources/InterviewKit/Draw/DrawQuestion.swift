/// What the drawer needs to know about one question of the bank.
public struct DrawQuestion: Sendable, Hashable {
    public var id: String
    public var topic: String
    public var level: String
    public var minutes: Int

    public init(id: String, topic: String, level: String, minutes: Int) {
        self.id = id
        self.topic = topic
        self.level = level
        self.minutes = minutes
    }
}
