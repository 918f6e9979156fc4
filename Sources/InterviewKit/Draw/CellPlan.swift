/// How many questions each (topic, level) cell of a draw gets (scoring.md 8.2).
///
/// Topics and levels are apportioned separately by largest remainder, then each topic's count
/// is spread over the levels, in topic id order, weighted by the level seats still unfilled.
/// Without a level mix each topic is one cell whose level is `nil`. Cells that hold fewer
/// questions than their quota are repaired by moving seats in 2×2 exchanges that keep every
/// topic and level total; a plan that cannot be repaired throws ``DrawError/shortCells(_:)``.
public struct CellPlan: Sendable, Equatable {
    /// One cell of the plan: a topic, and a level when the blueprint has a level mix.
    public struct Cell: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var topic: String
        public var level: String?

        public init(topic: String, level: String?) {
            self.topic = topic
            self.level = level
        }

        /// (topic id, level id) order; a `nil` level sorts first.
        public static func < (lhs: Cell, rhs: Cell) -> Bool {
            if lhs.topic != rhs.topic { return lhs.topic < rhs.topic }
            switch (lhs.level, rhs.level) {
            case let (left?, right?): return left < right
            case (nil, _?): return true
            default: return false
            }
        }

        public var description: String {
            level.map { "\(topic)/\($0)" } ?? topic
        }
    }

    /// Topic ids in id order.
    public let topics: [String]
    /// Level ids in id order, or `nil` without a level mix.
    public let levels: [String]?
    /// The quota of every cell, zeros included.
    public private(set) var quotas: [Cell: Int]

    /// Builds and repairs the plan.
    /// - Parameters:
    ///   - topics: topic ids with weights (or counts); `topicsIntegral` when all were integers.
    ///   - levels: level ids with weights (or counts), or `nil` (an empty list counts as `nil`).
    ///   - count: the number of questions to draw, N.
    ///   - available: how many questions each cell can give at all (reusable ones included);
    ///     a missing cell holds none. Keys must use `level: nil` when `levels` is `nil`.
    /// - Throws: ``DrawError`` for a count below 1, bad weights, or cells that stay short.
    public init(
        topics: [(id: String, weight: Double)],
        topicsIntegral: Bool,
        levels: [(id: String, weight: Double)]?,
        levelsIntegral: Bool,
        count: Int,
        available: [Cell: Int]
    ) throws(DrawError) {
        guard count >= 1 else { throw DrawError.invalidCount(count) }
        try Self.validate(topics, kind: "topics")
        let levels = levels.flatMap { $0.isEmpty ? nil : $0 }
        if let levels { try Self.validate(levels, kind: "levels") }

        let topicCounts = Apportionment.largestRemainder(topics, total: count, integral: topicsIntegral)
        self.topics = topicCounts.keys.sorted()
        var quotas: [Cell: Int] = [:]

        if let levels {
            let levelCounts = Apportionment.largestRemainder(levels, total: count, integral: levelsIntegral)
            let levelIDs = levelCounts.keys.sorted()
            self.levels = levelIDs
            var remaining = levelCounts
            for topic in self.topics {
                let weights = levelIDs.map { (id: $0, weight: Double(remaining[$0] ?? 0)) }
                let split = Apportionment.largestRemainder(weights, total: topicCounts[topic] ?? 0, integral: true)
                for level in levelIDs {
                    let seats = split[level] ?? 0
                    quotas[Cell(topic: topic, level: level)] = seats
                    remaining[level, default: 0] -= seats
                }
            }
        } else {
            self.levels = nil
            for topic in self.topics {
                quotas[Cell(topic: topic, level: nil)] = topicCounts[topic] ?? 0
            }
        }
        self.quotas = quotas
        try repair(available: available)
    }

    /// Every cell in (topic id, level id) order, zero quotas included.
    public var cells: [Cell] {
        let levelsOrNone: [String?] = levels ?? [nil]
        return topics.flatMap { topic in
            levelsOrNone.map { Cell(topic: topic, level: $0) }
        }
    }

    /// The cells with a quota above 0, in (topic id, level id) order: the order a draw visits them.
    public var drawnCells: [(cell: Cell, quota: Int)] {
        cells.compactMap { cell in
            let quota = self.quota(of: cell)
            return quota > 0 ? (cell, quota) : nil
        }
    }

    public func quota(of cell: Cell) -> Int {
        quotas[cell] ?? 0
    }

    // MARK: - Validation and repair

    private static func validate(_ weights: [(id: String, weight: Double)], kind: String) throws(DrawError) {
        for item in weights where !item.weight.isFinite || item.weight < 0 {
            throw DrawError.invalidWeight(id: item.id, weight: item.weight)
        }
        guard weights.contains(where: { $0.weight > 0 }) else {
            throw DrawError.noPositiveWeight(kind)
        }
    }

    /// Moves seats until no cell is short (scoring.md 8.2).
    ///
    /// The spec repairs the first short cell in (topic, level) order and fails when it has no
    /// move. Here, when the first short cell has none, the next short cell is tried (a move there
    /// may free the first); the result is the same whenever the spec's procedure succeeds, and
    /// the draw fails only when no short cell has a move. Each move lowers the total shortfall
    /// by one, so the loop ends.
    private mutating func repair(available: [Cell: Int]) throws(DrawError) {
        func spare(_ cell: Cell) -> Int { (available[cell] ?? 0) - quota(of: cell) }

        while true {
            let short = cells.filter { spare($0) < 0 }
            if short.isEmpty { return }
            var found: [(Cell, Int)]?
            for cell in short where found == nil {
                found = move(for: cell, spare: spare)
            }
            guard let move = found else {
                throw DrawError.shortCells(short.map {
                    ShortCell(topic: $0.topic, level: $0.level, missing: -spare($0))
                })
            }
            for (cell, delta) in move {
                quotas[cell, default: 0] += delta
            }
        }
    }

    /// The first 2×2 exchange that gives `cell` one seat fewer: for l′ in level order, then t′
    /// in topic order, cells (t, l′) and (t′, l) with spare questions and quota(t′, l′) ≥ 1.
    private func move(for cell: Cell, spare: (Cell) -> Int) -> [(Cell, Int)]? {
        guard let levels, let level = cell.level else { return nil }
        for otherLevel in levels where otherLevel != level {
            let sameTopic = Cell(topic: cell.topic, level: otherLevel)
            guard spare(sameTopic) > 0 else { continue }
            for otherTopic in topics where otherTopic != cell.topic {
                let sameLevel = Cell(topic: otherTopic, level: level)
                let opposite = Cell(topic: otherTopic, level: otherLevel)
                if spare(sameLevel) > 0, quota(of: opposite) >= 1 {
                    return [(cell, -1), (sameTopic, 1), (sameLevel, 1), (opposite, -1)]
                }
            }
        }
        return nil
    }
}
