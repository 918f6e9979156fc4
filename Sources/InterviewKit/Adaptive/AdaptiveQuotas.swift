/// A blueprint's constraints on a whole adaptive session, as counts: questions per topic and per
/// level (already apportioned), the number of questions and the minutes.
///
/// Unlike a fixed draw (scoring.md 8.2), no (topic, level) cell gets a count of its own: the
/// topic and the level totals are kept, in whatever combination the bank allows.
public struct AdaptiveQuotas: Sendable, Hashable {
    /// Topic id → questions of that topic; a topic not listed gets none.
    public var topics: [String: Int]
    /// Level id → questions of that level, or `nil` without a level mix.
    public var levels: [String: Int]?
    /// Questions in the session, N.
    public var count: Int
    /// The time budget, or `nil` for none.
    public var minutes: Int?

    public init(topics: [String: Int], levels: [String: Int]? = nil, count: Int, minutes: Int? = nil) {
        self.topics = topics
        self.levels = levels
        self.count = count
        self.minutes = minutes
    }

    /// Topic and level weights apportioned over `count` questions by largest remainder
    /// (scoring.md 8.1), each on its own.
    /// - Throws: ``DrawError`` for a count below 1 or weights a draw would refuse.
    public init(
        topics: [(id: String, weight: Double)], topicsIntegral: Bool, levels: [(id: String, weight: Double)]? = nil,
        levelsIntegral: Bool = false, count: Int, minutes: Int? = nil
    ) throws(DrawError) {
        guard count >= 1 else { throw DrawError.invalidCount(count) }
        try Self.validate(topics, kind: "topics")
        let levels = levels.flatMap { $0.isEmpty ? nil : $0 }
        if let levels { try Self.validate(levels, kind: "levels") }
        self.init(
            topics: Apportionment.largestRemainder(topics, total: count, integral: topicsIntegral),
            levels: levels.map { Apportionment.largestRemainder($0, total: count, integral: levelsIntegral) },
            count: count, minutes: minutes)
    }

    /// The blueprint's topics, levels, questions and minutes.
    public init(blueprint: Blueprint) throws(DrawError) {
        try self.init(
            topics: blueprint.topics.pairs, topicsIntegral: blueprint.topics.integral, levels: blueprint.levels?.pairs,
            levelsIntegral: blueprint.levels?.integral ?? false, count: blueprint.questions, minutes: blueprint.minutes)
    }

    private static func validate(_ weights: [(id: String, weight: Double)], kind: String) throws(DrawError) {
        for item in weights where !item.weight.isFinite || item.weight < 0 {
            throw DrawError.invalidWeight(id: item.id, weight: item.weight)
        }
        guard weights.contains(where: { $0.weight > 0 }) else { throw DrawError.noPositiveWeight(kind) }
    }
}
