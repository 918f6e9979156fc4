import Testing
@testable import InterviewKit

@Suite("Draw properties over generated banks")
struct QuestionDrawerPropertyTests {
    private static let topics = [
        "architecture", "async", "compiler", "concurrency", "distributed", "memory",
        "observability", "performance", "reliability", "safety", "systems",
    ]
    private static let levels = ["intermediate", "junior", "senior", "staff"]

    /// A bank with a random number of questions (0...maxPerCell) in every (topic, level) cell.
    private static func bank(seed: UInt64, maxPerCell: UInt64) -> [DrawQuestion] {
        var generator = SplitMix64(seed: seed)
        var questions: [DrawQuestion] = []
        for topic in topics {
            for level in levels {
                for index in 0..<Int(generator.next() % (maxPerCell + 1)) {
                    questions.append(DrawQuestion(
                        id: "\(topic)/\(level)-\(index)", topic: topic, level: level,
                        minutes: 3 + Int(generator.next() % 13)
                    ))
                }
            }
        }
        return questions
    }

    private static func counts(_ questions: [DrawQuestion], by key: (DrawQuestion) -> String) -> [String: Int] {
        questions.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
    }

    @Test("200 seeds: quotas exact, no repeated id, within budget, reproducible")
    func randomizedDraws() throws {
        let bank = Self.bank(seed: 1, maxPerCell: 6)
        var drawn = 0, overBudget = 0, short = 0
        for seed in UInt64(1)...200 {
            var setup = SplitMix64(seed: seed &* 7919)
            let topicWeights = Self.topics.map { (id: $0, weight: Double(setup.next() % 4) * 0.05) }
            let levelWeights: [(id: String, weight: Double)]? = setup.next() % 3 == 0
                ? nil
                : Self.levels.map { (id: $0, weight: Double(setup.next() % 5)) }
            guard topicWeights.contains(where: { $0.weight > 0 }),
                  levelWeights?.contains(where: { $0.weight > 0 }) ?? true else { continue }
            let count = 3 + Int(setup.next() % 10)
            let minutes = count * (6 + Int(setup.next() % 6))
            let request = DrawRequest(
                questions: bank, topics: topicWeights, topicsIntegral: false,
                levels: levelWeights, levelsIntegral: true,
                count: count, minutes: minutes, seed: seed
            )
            let result: DrawResult
            do {
                result = try QuestionDrawer.draw(request)
            } catch DrawError.overBudget(let needed, let budget) {
                overBudget += 1
                #expect(needed > budget)
                #expect(needed == minimumMinutes(request))
                continue
            } catch DrawError.shortCells(let cells) {
                short += 1
                #expect(!cells.isEmpty)
                continue
            } catch {
                // Exhaustive on purpose: Swift 6.3.1 crashes in SILGen on a partial catch of a typed throw.
                throw error
            }
            drawn += 1
            let questions = result.questions
            #expect(questions.count == count)
            #expect(Set(questions.map(\.id)).count == count)
            #expect(questions.reduce(0) { $0 + $1.minutes } <= minutes)
            let wantTopics = Apportionment.largestRemainder(topicWeights, total: count, integral: false)
            #expect(Self.counts(questions, by: \.topic) == wantTopics.filter { $0.value > 0 })
            if let levelWeights {
                let wantLevels = Apportionment.largestRemainder(levelWeights, total: count, integral: true)
                #expect(Self.counts(questions, by: \.level) == wantLevels.filter { $0.value > 0 })
            }
            #expect(try QuestionDrawer.draw(request) == result)
        }
        #expect(drawn > 100)
        #expect(drawn + overBudget + short > 150)
        #expect(overBudget > 0 && short > 0, "drawn \(drawn), over budget \(overBudget), short \(short)")
    }

    /// The sum, over the plan's cells, of the cell's `quota` shortest questions.
    private func minimumMinutes(_ request: DrawRequest) -> Int? {
        let levelIDs = request.levels.map { Set($0.map(\.id)) }
        var members: [CellPlan.Cell: [Int]] = [:]
        for question in request.questions {
            if let levelIDs, !levelIDs.contains(question.level) { continue }
            let cell = CellPlan.Cell(topic: question.topic, level: levelIDs == nil ? nil : question.level)
            members[cell, default: []].append(question.minutes)
        }
        guard let plan = try? CellPlan(
            topics: request.topics, topicsIntegral: request.topicsIntegral,
            levels: request.levels, levelsIntegral: request.levelsIntegral,
            count: request.count, available: members.mapValues(\.count)
        ) else { return nil }
        return plan.drawnCells.reduce(0) { total, entry in
            total + (members[entry.cell] ?? []).sorted().prefix(entry.quota).reduce(0, +)
        }
    }

    @Test("200 recorded draws: exposures within every cell differ by at most 1 after each")
    func evenExposure() throws {
        let bank = Self.bank(seed: 2, maxPerCell: 7)
        let topicWeights: [(id: String, weight: Double)] = Self.topics.enumerated().map { ($1, Double($0 % 3 + 1)) }
        let levelWeights: [(id: String, weight: Double)] = [("intermediate", 0.3), ("senior", 0.5), ("staff", 0.2)]
        let count = 9
        var request = DrawRequest(
            questions: bank, topics: topicWeights, topicsIntegral: true,
            levels: levelWeights, levelsIntegral: false, count: count, seed: 0
        )
        let members = Dictionary(grouping: bank.filter { $0.level != "junior" }) {
            CellPlan.Cell(topic: $0.topic, level: $0.level)
        }
        let plan = try CellPlan(
            topics: topicWeights, topicsIntegral: true, levels: levelWeights, levelsIntegral: false,
            count: count, available: members.mapValues(\.count)
        )
        var exposure: [String: Int] = [:]
        for seed in UInt64(1)...200 {
            request.seed = seed
            request.exposure = exposure
            let result = try QuestionDrawer.draw(request)
            #expect(result.questions.count == count)
            for question in result.questions { exposure[question.id, default: 0] += 1 }
            for (cell, _) in plan.drawnCells {
                let seen = (members[cell] ?? []).map { exposure[$0.id, default: 0] }
                #expect((seen.max() ?? 0) - (seen.min() ?? 0) <= 1, "cell \(cell) after seed \(seed)")
            }
        }
        let total = exposure.values.reduce(0, +)
        #expect(total == 200 * count)
    }

    @Test("a 10,000-question bank draws every quota exactly")
    func largeBank() throws {
        let bank = Self.bank(seed: 3, maxPerCell: 454)
        #expect(bank.count > 9_000)
        let request = DrawRequest(
            questions: bank,
            topics: Self.topics.map { (id: $0, weight: $0 == "async" ? 0.15 : 0.085) }, topicsIntegral: false,
            levels: [("senior", 0.6), ("intermediate", 0.4)], levelsIntegral: false,
            count: 12, minutes: 90, exposure: ["async/senior-0": 3], askedBefore: ["async/senior-1": 1], seed: 8
        )
        let result = try QuestionDrawer.draw(request)
        #expect(result.questions.count == 12)
        #expect(Set(result.questions.map(\.id)).count == 12)
        #expect(result.questions.reduce(0) { $0 + $1.minutes } <= 90)
        #expect(Self.counts(result.questions, by: \.level) == ["senior": 7, "intermediate": 5])
    }
}
