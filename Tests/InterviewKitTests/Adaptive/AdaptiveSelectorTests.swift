import Foundation
import InterviewKit
import Testing

/// Adaptive selection (issue 22): quotas, exclusions, direction, reproducibility and the error
/// that names the quota that ran out.
@Suite struct AdaptiveSelectorTests {
    static let topics = ["async", "concurrency", "distributed", "memory"]
    static let criteria: [ItemDifficulties.Criterion] = [
        .init(id: "correctness", difficulty: -0.2, weight: 0.6), .init(id: "depth", difficulty: 0.2, weight: 0.4),
    ]

    /// Uniform on [0, 1) from SplitMix64's top 53 bits.
    static func uniform(_ random: inout SplitMix64) -> Double { Double(random.next() >> 11) * 0x1p-53 }

    /// `perTopic` questions in each topic, levels alternating, 5-14 minutes, difficulties uniform
    /// in ±2 logits, and each question related to another with chance `related`.
    static func bank(perTopic: Int, seed: UInt64, related: Double = 0) -> (questions: [AdaptiveQuestion], difficulties: [String: Double]) {
        var random = SplitMix64(seed: seed)
        var questions: [AdaptiveQuestion] = []
        var difficulties: [String: Double] = [:]
        let total = perTopic * topics.count
        for index in 0..<total {
            let topic = topics[index % topics.count]
            let id = "\(topic)/q\(index)"
            var links: [String] = []
            if uniform(&random) < related {
                let other = Int(random.next() % UInt64(total))
                links.append("\(topics[other % topics.count])/q\(other)")
            }
            questions.append(AdaptiveQuestion(id: id, topic: topic, level: index % 3 == 0 ? "intermediate" : "senior",
                                              minutes: 5 + Int(random.next() % 10), related: links))
            difficulties[id] = 4 * uniform(&random) - 2
        }
        return (questions, difficulties)
    }

    static let quotas = AdaptiveQuotas(topics: ["async": 2, "concurrency": 2, "distributed": 2, "memory": 2],
                                       levels: ["senior": 5, "intermediate": 3], count: 8, minutes: 75)

    static func answer(_ question: AdaptiveQuestion, _ scores: [Int]) -> AdaptiveAnswer {
        AdaptiveAnswer(question: question, scores: zip(criteria, scores).map { .init(criterion: $0.0.id, interviewer: "ann", score: $0.1) })
    }

    /// Runs a whole session, scoring each question with `score(step, choice)`.
    static func session(_ selector: AdaptiveSelector, score: (Int, AdaptiveChoice) -> [Int]) throws -> [AdaptiveChoice] {
        var answers: [AdaptiveAnswer] = []
        var choices: [AdaptiveChoice] = []
        while answers.count < selector.quotas.count {
            let choice = try selector.next(after: answers)
            choices.append(choice)
            answers.append(answer(choice.question, score(answers.count, choice)))
        }
        return choices
    }

    @Test("quotas, minutes and exclusions hold over many seeds and random scores")
    func quotasAlwaysHold() throws {
        for seed in UInt64(1)...60 {
            let (questions, fitted) = Self.bank(perTopic: 12, seed: seed, related: 0.3)
            var random = SplitMix64(seed: seed &* 7919)
            let before = Set(questions.filter { _ in Self.uniform(&random) < 0.15 }.map(\.id))
            let selector = AdaptiveSelector(questions: questions, quotas: Self.quotas,
                                            difficulties: ItemDifficulties(criteria: Self.criteria, difficulties: fitted),
                                            askedBefore: before, seed: seed)
            let choices = try Self.session(selector) { _, _ in (0..<2).map { _ in 1 + Int(random.next() % 4) } }
            let asked = choices.map(\.question)
            let byTopic = Dictionary(grouping: asked, by: \.topic).mapValues(\.count)
            let byLevel = Dictionary(grouping: asked, by: \.level).mapValues(\.count)
            #expect(byTopic == Self.quotas.topics, "seed \(seed): \(byTopic)")
            #expect(byLevel == Self.quotas.levels, "seed \(seed): \(byLevel)")
            #expect(asked.reduce(0) { $0 + $1.minutes } <= 75, "seed \(seed)")
            #expect(Set(asked.map(\.id)).count == asked.count, "seed \(seed): a question repeats")
            #expect(asked.allSatisfy { !before.contains($0.id) }, "seed \(seed): asked before")
            for (i, a) in asked.enumerated() {
                for b in asked[(i + 1)...] {
                    #expect(!a.related.contains(b.id) && !b.related.contains(a.id), "seed \(seed): \(a.id) and \(b.id) are related")
                }
            }
        }
    }

    @Test("a question related to an asked one is never chosen, however informative")
    func neverRelated() throws {
        let questions = [
            AdaptiveQuestion(id: "a/1", topic: "a", level: "senior", minutes: 5, related: ["a/2"]),
            AdaptiveQuestion(id: "a/2", topic: "a", level: "senior", minutes: 5),
            AdaptiveQuestion(id: "a/3", topic: "a", level: "senior", minutes: 5),
        ]
        // a/2 sits right at θ = 0; a/3 is far off.
        let difficulties = ItemDifficulties(criteria: Self.criteria, difficulties: ["a/1": 0.1, "a/2": 0, "a/3": 3])
        let selector = AdaptiveSelector(questions: questions, quotas: AdaptiveQuotas(topics: ["a": 2], count: 2), difficulties: difficulties, seed: 1)
        #expect(try selector.next(after: []).question.id == "a/2")
        let next = try selector.next(after: [Self.answer(questions[0], [3, 3])])
        #expect(next.question.id == "a/3")
    }

    @Test("after strong answers the next question is harder than after weak ones")
    func followsTheCandidate() throws {
        for seed in UInt64(1)...20 {
            let (questions, fitted) = Self.bank(perTopic: 15, seed: seed)
            let selector = AdaptiveSelector(questions: questions, quotas: Self.quotas,
                                            difficulties: ItemDifficulties(criteria: Self.criteria, difficulties: fitted), seed: seed)
            let strong = try Self.session(selector) { _, _ in [4, 4] }
            let weak = try Self.session(selector) { _, _ in [1, 2] }
            #expect(strong[0].question == weak[0].question, "the first question does not depend on scores")
            // Questions 2-7; the last one is whatever the quotas leave in the one cell still open.
            for step in 1..<7 {
                #expect(strong[step].difficulty > weak[step].difficulty, "seed \(seed), question \(step + 1)")
            }
            #expect(strong[3].estimate.ability > 1 && weak[3].estimate.ability < -1)
        }
    }

    @Test("the same seed and scores give the same interview; ties go to the least exposed, then the seed's order")
    func reproducible() throws {
        // No fit: every senior question has δ = 0, so information ties everywhere.
        let questions = (0..<40).map { AdaptiveQuestion(id: "\(Self.topics[$0 % 4])/q\($0)", topic: Self.topics[$0 % 4], level: "senior", minutes: 10) }
        let rubric = Rubric(id: "r", criteria: [Criterion(id: "correctness", weight: 0.6, anchors: [:]), Criterion(id: "depth", weight: 0.4, anchors: [:])])
        let quotas = AdaptiveQuotas(topics: ["async": 2, "concurrency": 2, "distributed": 2, "memory": 2], count: 8)
        func run(seed: UInt64, exposure: [String: Int] = [:]) throws -> [String] {
            let selector = AdaptiveSelector(questions: questions, quotas: quotas, difficulties: ItemDifficulties(fit: nil, rubric: rubric),
                                            exposure: exposure, seed: seed)
            return try Self.session(selector) { step, _ in [1 + step % 4, 4 - step % 4] }.map(\.question.id)
        }
        #expect(try run(seed: 42) == run(seed: 42))
        let seeds = try (UInt64(1)...8).map { try run(seed: $0) }
        #expect(Set(seeds.map { $0.first! }).count > 1, "the seed orders ties")
        // Everyone exposed but one: that one comes first.
        var exposure = Dictionary(uniqueKeysWithValues: questions.map { ($0.id, 3) })
        exposure["memory/q27"] = 1
        #expect(try run(seed: 42, exposure: exposure).first == "memory/q27")
    }

    @Test("the reason says where the question goes and why")
    func reasons() throws {
        let (questions, fitted) = Self.bank(perTopic: 15, seed: 5)
        let selector = AdaptiveSelector(questions: questions, quotas: Self.quotas,
                                        difficulties: ItemDifficulties(criteria: Self.criteria, difficulties: fitted), seed: 5)
        let first = try selector.next(after: [])
        #expect(first.direction == .first && first.reason == "first question: average difficulty for the level mix")
        #expect(first.estimate.ability == 0 && first.estimate.standardError == 2)
        let strong = [Self.answer(first.question, [3, 4])]
        let second = try selector.next(after: strong)
        #expect(second.direction == .harder && second.reason == "harder: the last answer was strong")
        let third = try selector.next(after: strong + [Self.answer(second.question, [4, 3])])
        #expect(third.reason == "harder: the last two answers were strong")
        let weak = try selector.next(after: [Self.answer(first.question, [1, 1])])
        #expect(weak.direction == .easier && weak.reason == "easier: the last answer was weak")
    }

    @Test("a remainder no question can fill throws, naming the topic or level quota, or the minutes")
    func impossibleRemainder() throws {
        let questions = [
            AdaptiveQuestion(id: "async/1", topic: "async", level: "senior", minutes: 10),
            AdaptiveQuestion(id: "async/2", topic: "async", level: "senior", minutes: 10),
            AdaptiveQuestion(id: "memory/1", topic: "memory", level: "senior", minutes: 10),
            AdaptiveQuestion(id: "memory/2", topic: "memory", level: "intermediate", minutes: 30),
        ]
        let difficulties = ItemDifficulties(criteria: Self.criteria)
        func selector(_ quotas: AdaptiveQuotas, before: Set<String> = []) -> AdaptiveSelector {
            AdaptiveSelector(questions: questions, quotas: quotas, difficulties: difficulties, askedBefore: before, seed: 1)
        }
        // Topic: memory needs 2, one was asked of this candidate before.
        let topics = AdaptiveQuotas(topics: ["async": 2, "memory": 2], count: 4)
        #expect(throws: AdaptiveError.quotaRunOut(.topic("memory"), needed: 2, available: 1)) {
            try selector(topics, before: ["memory/1"]).next(after: [])
        }
        // Level: two intermediate questions, the bank has one.
        let levels = AdaptiveQuotas(topics: ["async": 2, "memory": 2], levels: ["senior": 2, "intermediate": 2], count: 4)
        #expect(throws: AdaptiveError.quotaRunOut(.level("intermediate"), needed: 2, available: 1)) {
            try selector(levels).next(after: [])
        }
        // Jointly: each quota alone can be met, not all together: level x needs 3, only topic a has
        // x questions and a takes 2, so b (2) has only its y questions for 1 seat.
        let crossed = (1...3).map { AdaptiveQuestion(id: "a/x\($0)", topic: "a", level: "x", minutes: 5) }
            + (1...2).map { AdaptiveQuestion(id: "b/y\($0)", topic: "b", level: "y", minutes: 5) }
        let joint = AdaptiveSelector(questions: crossed, quotas: AdaptiveQuotas(topics: ["a": 2, "b": 2], levels: ["x": 3, "y": 1], count: 4),
                                     difficulties: difficulties, seed: 1)
        #expect(throws: AdaptiveError.quotaRunOut(.topic("b"), needed: 2, available: 1)) { try joint.next(after: []) }
        // Minutes: four questions need at least 60.
        #expect(throws: AdaptiveError.overBudget(neededMinutes: 60, remainingMinutes: 50)) {
            try selector(AdaptiveQuotas(topics: ["async": 2, "memory": 2], count: 4, minutes: 50)).next(after: [])
        }
        // With the budget at 60 the long memory/2 is never chosen first: it would leave no room.
        let tight = try selector(AdaptiveQuotas(topics: ["async": 2, "memory": 2], count: 4, minutes: 60)).next(after: [])
        #expect(tight.question.id != "memory/2")
        // Asked in full.
        let one = AdaptiveQuotas(topics: ["async": 1], count: 1)
        #expect(throws: AdaptiveError.finished(asked: 1)) { try selector(one).next(after: [Self.answer(questions[0], [3, 3])]) }
        #expect(AdaptiveError.quotaRunOut(.topic("memory"), needed: 2, available: 1).description.hasPrefix(
            "topic 'memory' ran out: 2 more questions are needed and 1 eligible question is left for it"))
    }

    @Test("quotas from a blueprint are apportioned by largest remainder, topics and levels apart")
    func quotasFromBlueprint() throws {
        let quotas = try AdaptiveQuotas(topics: [("async", 0.3), ("memory", 0.3), ("concurrency", 0.2), ("distributed", 0.2)],
                                        topicsIntegral: false, levels: [("senior", 0.7), ("intermediate", 0.3)], count: 5, minutes: 60)
        #expect(quotas.topics == ["async": 2, "memory": 1, "concurrency": 1, "distributed": 1])
        #expect(quotas.levels == ["senior": 4, "intermediate": 1])
        #expect(throws: DrawError.invalidCount(0)) { try AdaptiveQuotas(topics: [("a", 1)], topicsIntegral: true, count: 0) }
    }
}
