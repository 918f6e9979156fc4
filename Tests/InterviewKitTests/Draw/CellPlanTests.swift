import Testing
@testable import InterviewKit

@Suite("Cell quotas and repair (scoring.md 8.2)")
struct CellPlanTests {
    private typealias Cell = CellPlan.Cell

    private static let senior60Topics: [(id: String, weight: Double)] = [
        ("async", 2), ("concurrency", 2), ("memory", 1), ("distributed", 1),
    ]
    private static let senior60Levels: [(id: String, weight: Double)] = [("senior", 5), ("intermediate", 1)]

    private func cell(_ topic: String, _ level: String? = nil) -> Cell {
        Cell(topic: topic, level: level)
    }

    /// Every (topic, level) cell of the blueprint holding `plenty`, overridden by `overrides`.
    private func available(
        topics: [String], levels: [String?], plenty: Int = 5, _ overrides: [Cell: Int] = [:]
    ) -> [Cell: Int] {
        var counts: [Cell: Int] = [:]
        for topic in topics {
            for level in levels { counts[Cell(topic: topic, level: level)] = plenty }
        }
        return counts.merging(overrides) { _, new in new }
    }

    private func nonZero(_ plan: CellPlan) -> [Cell: Int] {
        plan.quotas.filter { $0.value > 0 }
    }

    private func senior60(available: [Cell: Int]) throws -> CellPlan {
        try CellPlan(
            topics: Self.senior60Topics, topicsIntegral: true,
            levels: Self.senior60Levels, levelsIntegral: true,
            count: 6, available: available
        )
    }

    private let senior60Cells = (
        topics: ["async", "concurrency", "distributed", "memory"],
        levels: ["intermediate", "senior"] as [String?]
    )

    @Test("counts {2, 2, 1, 1} x {senior 5, intermediate 1} give the spec's four cells")
    func senior60Quotas() throws {
        let plan = try senior60(available: available(topics: senior60Cells.topics, levels: senior60Cells.levels))
        #expect(nonZero(plan) == [
            cell("async", "senior"): 2, cell("concurrency", "senior"): 2,
            cell("distributed", "intermediate"): 1, cell("memory", "senior"): 1,
        ])
        #expect(plan.drawnCells.map(\.cell) == [
            cell("async", "senior"), cell("concurrency", "senior"),
            cell("distributed", "intermediate"), cell("memory", "senior"),
        ])
        #expect(plan.cells.count == 8)
    }

    @Test("N 8, weights {0.3, 0.3, 0.2, 0.2} x {senior 0.6, intermediate 0.4}: 1 + 1 each, distributed senior 2")
    func weightedQuotas() throws {
        let topics = ["async", "memory", "concurrency", "distributed"]
        let plan = try CellPlan(
            topics: [("async", 0.3), ("memory", 0.3), ("concurrency", 0.2), ("distributed", 0.2)],
            topicsIntegral: false,
            levels: [("senior", 0.6), ("intermediate", 0.4)], levelsIntegral: false,
            count: 8, available: available(topics: topics, levels: ["senior", "intermediate"])
        )
        #expect(nonZero(plan) == [
            cell("async", "intermediate"): 1, cell("async", "senior"): 1,
            cell("concurrency", "intermediate"): 1, cell("concurrency", "senior"): 1,
            cell("memory", "intermediate"): 1, cell("memory", "senior"): 1,
            cell("distributed", "senior"): 2,
        ])
    }

    @Test("one async/senior question: a seat moves to async/intermediate and distributed/senior")
    func repairMovesOneSeat() throws {
        let counts = available(
            topics: senior60Cells.topics, levels: senior60Cells.levels, [cell("async", "senior"): 1]
        )
        let plan = try senior60(available: counts)
        #expect(nonZero(plan) == [
            cell("async", "senior"): 1, cell("async", "intermediate"): 1,
            cell("concurrency", "senior"): 2,
            cell("distributed", "senior"): 1,
            cell("memory", "senior"): 1,
        ])
        #expect(plan.quota(of: cell("distributed", "intermediate")) == 0)
    }

    @Test("async/senior 0 and async/intermediate 1 fail: async at senior lacks 1 question")
    func repairFails() {
        let counts = available(
            topics: senior60Cells.topics, levels: senior60Cells.levels,
            [cell("async", "senior"): 0, cell("async", "intermediate"): 1]
        )
        #expect(throws: DrawError.shortCells([ShortCell(topic: "async", level: "senior", missing: 1)])) {
            try senior60(available: counts)
        }
        do {
            _ = try senior60(available: counts)
        } catch {
            #expect("\(error)" == "async at senior lacks 1 question")
        }
    }

    @Test("without levels a short topic fails as a whole: async lacks 3 questions")
    func shortTopicWithoutLevels() {
        #expect(throws: DrawError.shortCells([ShortCell(topic: "async", level: nil, missing: 3)])) {
            try CellPlan(
                topics: [("async", 4), ("memory", 2)], topicsIntegral: true,
                levels: nil, levelsIntegral: false,
                count: 6, available: [cell("async"): 1, cell("memory"): 9]
            )
        }
        #expect(DrawError.shortCells([
            ShortCell(topic: "async", level: nil, missing: 3),
            ShortCell(topic: "memory", level: "senior", missing: 1),
        ]).description == "async lacks 3 questions; memory at senior lacks 1 question")
    }

    @Test("without levels each topic is one cell with a nil level")
    func topicCells() throws {
        let plan = try CellPlan(
            topics: [("memory", 1), ("async", 1)], topicsIntegral: true,
            levels: [], levelsIntegral: false,
            count: 3, available: [cell("async"): 2, cell("memory"): 2]
        )
        #expect(plan.levels == nil)
        #expect(plan.drawnCells.map(\.cell) == [cell("async"), cell("memory")])
        #expect(plan.drawnCells.map(\.quota) == [2, 1])
    }

    @Test("a failed repair names every cell still short, in (topic, level) order")
    func namesEveryShortCell() {
        var counts = available(topics: senior60Cells.topics, levels: senior60Cells.levels, plenty: 0)
        counts[cell("memory", "senior")] = 1
        #expect(throws: DrawError.shortCells([
            ShortCell(topic: "async", level: "senior", missing: 2),
            ShortCell(topic: "concurrency", level: "senior", missing: 2),
            ShortCell(topic: "distributed", level: "intermediate", missing: 1),
        ])) {
            try senior60(available: counts)
        }
    }

    @Test("when the first short cell has no move, a later cell's move can free it")
    func laterMoveFreesFirst() throws {
        // Quotas start at async 2/1/0, concurrency 1/0/0, memory 0/0/1 (intermediate/junior/senior).
        // The spec's procedure stops at async/junior, which has no move; moving a seat for
        // memory/senior first makes room for it.
        let counts: [Cell: Int] = [
            cell("async", "intermediate"): 2, cell("async", "junior"): 0, cell("async", "senior"): 2,
            cell("concurrency", "intermediate"): 1, cell("concurrency", "junior"): 1, cell("concurrency", "senior"): 1,
            cell("memory", "intermediate"): 2, cell("memory", "junior"): 0, cell("memory", "senior"): 0,
        ]
        let plan = try CellPlan(
            topics: [("async", 3), ("concurrency", 1), ("memory", 1)], topicsIntegral: true,
            levels: [("intermediate", 3), ("junior", 1), ("senior", 1)], levelsIntegral: true,
            count: 5, available: counts
        )
        #expect(nonZero(plan) == [
            cell("async", "intermediate"): 2, cell("async", "senior"): 1,
            cell("concurrency", "junior"): 1, cell("memory", "intermediate"): 1,
        ])
    }

    @Test("repair keeps every topic and level total")
    func repairKeepsTotals() throws {
        var generator = SplitMix64(seed: 77)
        let topics = ["a", "b", "c", "d"], levels = ["junior", "senior", "staff"]
        var repaired = 0
        for _ in 0..<300 {
            var counts: [Cell: Int] = [:]
            for topic in topics {
                for level in levels { counts[cell(topic, level)] = Int(generator.next() % 4) }
            }
            let topicWeights = topics.map { (id: $0, weight: Double(generator.next() % 3 + 1)) }
            let levelWeights = levels.map { (id: $0, weight: Double(generator.next() % 3 + 1)) }
            guard let plan = try? CellPlan(
                topics: topicWeights, topicsIntegral: true, levels: levelWeights, levelsIntegral: true,
                count: 8, available: counts
            ) else { continue }
            repaired += 1
            let wantTopics = Apportionment.largestRemainder(topicWeights, total: 8, integral: true)
            let wantLevels = Apportionment.largestRemainder(levelWeights, total: 8, integral: true)
            for topic in topics {
                #expect(levels.reduce(0) { $0 + plan.quota(of: cell(topic, $1)) } == wantTopics[topic])
            }
            for level in levels {
                #expect(topics.reduce(0) { $0 + plan.quota(of: cell($1, level)) } == wantLevels[level])
            }
            for (key, quota) in plan.quotas {
                #expect(quota >= 0 && quota <= counts[key, default: 0])
            }
        }
        #expect(repaired > 50)
    }

    @Test("bad counts and weights are refused with the offending value")
    func validation() {
        let counts = [cell("async"): 3]
        #expect(throws: DrawError.invalidCount(0)) {
            try CellPlan(topics: [("async", 1)], topicsIntegral: true, levels: nil, levelsIntegral: false, count: 0, available: counts)
        }
        #expect(throws: DrawError.invalidWeight(id: "async", weight: -1)) {
            try CellPlan(topics: [("async", -1)], topicsIntegral: true, levels: nil, levelsIntegral: false, count: 1, available: counts)
        }
        #expect(throws: DrawError.invalidWeight(id: "senior", weight: .infinity)) {
            try CellPlan(topics: [("async", 1)], topicsIntegral: true, levels: [("senior", .infinity)], levelsIntegral: false, count: 1, available: counts)
        }
        #expect(throws: DrawError.noPositiveWeight("topics")) {
            try CellPlan(topics: [("async", 0)], topicsIntegral: true, levels: nil, levelsIntegral: false, count: 1, available: counts)
        }
        #expect(throws: DrawError.noPositiveWeight("topics")) {
            try CellPlan(topics: [], topicsIntegral: true, levels: nil, levelsIntegral: false, count: 1, available: counts)
        }
    }
}
