/// A (topic, level) cell whose quota exceeds the questions that can fill it.
public struct ShortCell: Sendable, Hashable, CustomStringConvertible {
    public var topic: String
    /// `nil` when the blueprint has no level mix and the whole topic is one cell.
    public var level: String?
    /// How many questions the cell lacks.
    public var missing: Int

    public init(topic: String, level: String?, missing: Int) {
        self.topic = topic
        self.level = level
        self.missing = missing
    }

    /// "async at senior lacks 1 question", or "async lacks 3 questions" without levels.
    public var description: String {
        let place = level.map { "\(topic) at \($0)" } ?? topic
        return "\(place) lacks \(missing) question\(missing == 1 ? "" : "s")"
    }
}
