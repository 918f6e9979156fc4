import Testing
@testable import InterviewKit

@Suite("Picking questions (scoring.md 8.4)")
struct QuestionDrawerTests {
    private static func question(_ id: String, _ level: String = "senior", minutes: Int = 10) -> DrawQuestion {
        let topic = String(id.prefix { $0 != "/" })
        return DrawQuestion(id: id, topic: topic, level: level, minutes: minutes)
    }

    /// The bank of the spec's second 8.4 vector.
    private static let senior60Bank: [DrawQuestion] =
        ["async/s1", "async/s2", "async/s3", "async/s4"].map { question($0, "senior") }
        + ["concurrency/i1", "concurrency/i2", "concurrency/i3"].map { question($0, "intermediate") }
        + ["concurrency/s1", "concurrency/s2"].map { question($0, "senior") }
        + ["distributed/i1", "distributed/i2"].map { question($0, "intermediate") }
        + ["distributed/s1", "distributed/s2", "distributed/s3"].map { question($0, "senior") }
        + ["memory/s1", "memory/s2", "memory/s3"].map { question($0, "senior") }

    private static func senior60(seed: UInt64, minutes: Int? = nil, askedBefore: [String: Int] = [:]) -> DrawRequest {
        DrawRequest(
            questions: senior60Bank,
            topics: [("async", 2), ("concurrency", 2), ("memory", 1), ("distributed", 1)], topicsIntegral: true,
            levels: [("senior", 5), ("intermediate", 1)], levelsIntegral: true,
            count: 6, minutes: minutes, askedBefore: askedBefore, seed: seed
        )
    }

    private static func oneTopic(
        _ ids: [String], count: Int, seed: UInt64,
        exposure: [String: Int] = [:], askedBefore: [String: Int] = [:], minutes: Int? = nil
    ) -> DrawRequest {
        DrawRequest(
            questions: ids.map { question($0) },
            topics: [(String(ids[0].prefix { $0 != "/" }), 1)], topicsIntegral: true,
            count: count, minutes: minutes, exposure: exposure, askedBefore: askedBefore, seed: seed
        )
    }

    private func ids(_ result: DrawResult) -> [String] {
        result.questions.map(\.id)
    }

    // MARK: - Spec vectors

    @Test("async a..f with exposures 2 1 1 0 1 0, quota 3, seed 42: shuffled e d a c f b, picks d, f, e")
    func exposureRanking() throws {
        var generator = SplitMix64(seed: 42)
        var shuffled = ["a", "b", "c", "d", "e", "f"]
        shuffled.splitMixShuffle(using: &generator)
        #expect(shuffled == ["e", "d", "a", "c", "f", "b"])

        let exposure = ["a": 2, "b": 1, "c": 1, "d": 0, "e": 1, "f": 0]
        let request = Self.oneTopic(
            ["async/a", "async/b", "async/c", "async/d", "async/e", "async/f"], count: 3, seed: 42,
            exposure: Dictionary(uniqueKeysWithValues: exposure.map { ("async/\($0.key)", $0.value) })
        )
        let result = try QuestionDrawer.draw(request)
        #expect(ids(result) == ["async/d", "async/f", "async/e"])
        #expect(result.reused.isEmpty)
    }

    @Test("the senior-60 bank, empty database, seed 2024 gives the spec's six questions in order")
    func senior60Vector() throws {
        let result = try QuestionDrawer.draw(Self.senior60(seed: 2024))
        #expect(ids(result) == [
            "async/s1", "async/s4", "concurrency/s1", "concurrency/s2", "distributed/i2", "memory/s1",
        ])
    }

    @Test("ten recorded draws of 2 from memory/a..e, seeds 1..10: every question exposed 4 times")
    func tenDrawsEvenExposure() throws {
        let bank = ["memory/a", "memory/b", "memory/c", "memory/d", "memory/e"]
        var exposure: [String: Int] = [:]
        for seed in UInt64(1)...10 {
            let result = try QuestionDrawer.draw(Self.oneTopic(bank, count: 2, seed: seed, exposure: exposure))
            #expect(result.questions.count == 2)
            for question in result.questions { exposure[question.id, default: 0] += 1 }
            let counts = bank.map { exposure[$0, default: 0] }
            #expect(counts.max()! - counts.min()! <= 1)
        }
        #expect(exposure == ["memory/a": 4, "memory/b": 4, "memory/c": 4, "memory/d": 4, "memory/e": 4])
    }

    // MARK: - Reproducibility and uniqueness

    @Test("the same request gives the same questions; other seeds give other draws")
    func reproducible() throws {
        let first = try QuestionDrawer.draw(Self.senior60(seed: 99))
        let again = try QuestionDrawer.draw(Self.senior60(seed: 99))
        #expect(first == again)
        let others = try Set((UInt64(0)..<20).map { try ids(QuestionDrawer.draw(Self.senior60(seed: $0))) })
        #expect(others.count > 5)
    }

    @Test("a repeated id in the bank is drawn at most once")
    func noRepeatedID() throws {
        let bank = [Self.question("async/a"), Self.question("async/a"), Self.question("async/b"), Self.question("async/c")]
        for seed in UInt64(0)..<20 {
            let request = DrawRequest(questions: bank, topics: [("async", 1)], topicsIntegral: true, count: 3, seed: seed)
            #expect(try ids(QuestionDrawer.draw(request)).sorted() == ["async/a", "async/b", "async/c"])
        }
        let four = DrawRequest(questions: bank, topics: [("async", 1)], topicsIntegral: true, count: 4, seed: 1)
        #expect(throws: DrawError.self) { try QuestionDrawer.draw(four) }
        // Across cells too: the same id filed under two topics.
        let twice = DrawRequest(
            questions: [Self.question("async/a"), DrawQuestion(id: "async/a", topic: "memory", level: "senior", minutes: 5),
                        Self.question("memory/b")],
            topics: [("async", 1), ("memory", 1)], topicsIntegral: true, count: 2, seed: 4
        )
        #expect(try ids(QuestionDrawer.draw(twice)) == ["async/a", "memory/b"])
    }

    @Test("questions outside the blueprint's topics or level mix are never drawn")
    func outsideBlueprint() throws {
        var request = Self.senior60(seed: 3)
        request.questions += [Self.question("async/j1", "junior"), Self.question("safety/s1", "senior")]
        for seed in UInt64(0)..<30 {
            request.seed = seed
            let result = try QuestionDrawer.draw(request)
            #expect(!ids(result).contains("async/j1"))
            #expect(!ids(result).contains("safety/s1"))
        }
    }

    // MARK: - History

    @Test("questions asked of the candidate before are excluded while fresh ones remain")
    func historyExcluded() throws {
        let asked = ["async/s1": 1, "async/s2": 2, "memory/s1": 3, "memory/s2": 4]
        for seed in UInt64(0)..<30 {
            let result = try QuestionDrawer.draw(Self.senior60(seed: seed, askedBefore: asked))
            #expect(Set(ids(result)).isDisjoint(with: asked.keys))
            #expect(result.reused.isEmpty)
            #expect(ids(result).filter { $0.hasPrefix("async/") }.sorted() == ["async/s3", "async/s4"])
            #expect(ids(result).contains("memory/s3"))
        }
    }

    @Test("a cell that runs out reuses the least recently asked questions and reports them")
    func reusedFallback() throws {
        // async/senior needs 2 but holds only s4 fresh; s2 was asked longest ago.
        let asked = ["async/s1": 5, "async/s2": 1, "async/s3": 3, "concurrency/s1": 0, "concurrency/s2": 2]
        let result = try QuestionDrawer.draw(Self.senior60(seed: 11, askedBefore: asked))
        let drawn = Set(ids(result))
        #expect(drawn.isSuperset(of: ["async/s2", "async/s4", "concurrency/s1", "concurrency/s2"]))
        #expect(!drawn.contains("async/s1") && !drawn.contains("async/s3"))
        #expect(result.reused == ["concurrency/s1", "async/s2", "concurrency/s2"])
        #expect(result.questions.count == 6)
    }

    @Test("a candidate who was asked a whole cell still gets a draw, never a short-cell failure")
    func historyNeverMakesImpossible() throws {
        let asked = Dictionary(uniqueKeysWithValues: Self.senior60Bank.enumerated().map { ($1.id, $0) })
        let result = try QuestionDrawer.draw(Self.senior60(seed: 2024, askedBefore: asked))
        #expect(result.questions.count == 6)
        #expect(Set(result.reused) == Set(ids(result)))
        let ranks = result.reused.map { asked[$0]! }
        #expect(ranks == ranks.sorted())
        // async/senior: the two least recently asked of s1..s4.
        #expect(ids(result).filter { $0.hasPrefix("async/") }.sorted() == ["async/s1", "async/s2"])
    }

    // MARK: - Near-duplicates

    @Test("a near-duplicate of a question already picked is passed over, across topics too")
    func nearDuplicatePassedOver() throws {
        // memory/s1 repeats async/s1; async/s2 repeats async/s4.
        let pairs: Set<[String]> = [["async/s1", "memory/s1"], ["async/s2", "async/s4"]]
        let isNear: (DrawQuestion, DrawQuestion) -> Bool = { a, b in
            pairs.contains([a.id, b.id]) || pairs.contains([b.id, a.id])
        }
        var sawPassOver = false
        for seed in UInt64(0)..<60 {
            let plain = try QuestionDrawer.draw(Self.senior60(seed: seed))
            let result = try QuestionDrawer.draw(Self.senior60(seed: seed), isNearDuplicate: isNear)
            let drawn = Set(ids(result))
            #expect(!(drawn.contains("async/s1") && drawn.contains("memory/s1")))
            #expect(!(drawn.contains("async/s2") && drawn.contains("async/s4")))
            #expect(result.questions.count == 6)
            if plain != result { sawPassOver = true }
        }
        #expect(sawPassOver)

        // Seed 2024 picks async/s1 first, so memory/s1 gives way to the next ranked memory question.
        let result = try QuestionDrawer.draw(Self.senior60(seed: 2024), isNearDuplicate: isNear)
        #expect(ids(result).prefix(2) == ["async/s1", "async/s4"])
        #expect(ids(result).last != "memory/s1")
    }

    @Test("near-duplicates that use a cell up fall back to asked-before questions, then fail")
    func nearDuplicatesUseCellUp() throws {
        let allSame: (DrawQuestion, DrawQuestion) -> Bool = { a, b in a.topic == "async" && b.topic == "async" }
        let bank = ["async/a", "async/b", "async/c"]
        #expect(throws: DrawError.nearDuplicates([ShortCell(topic: "async", level: nil, missing: 1)])) {
            try QuestionDrawer.draw(Self.oneTopic(bank, count: 2, seed: 1), isNearDuplicate: allSame)
        }
        #expect(DrawError.nearDuplicates([ShortCell(topic: "async", level: nil, missing: 1)]).description
            == "after passing over near-duplicates, async lacks 1 question")

        let pairs: Set<[String]> = [["async/a", "async/b"], ["async/b", "async/a"]]
        let result = try QuestionDrawer.draw(
            Self.oneTopic(bank, count: 2, seed: 1, askedBefore: ["async/c": 1]),
            isNearDuplicate: { pairs.contains([$0.id, $1.id]) }
        )
        #expect(Set(ids(result)).contains("async/c"))
        #expect(result.reused == ["async/c"])
    }

    // MARK: - Budget

    @Test("over budget, the longest pick is swapped for the shortest unpicked question of its cell")
    func budgetRepair() throws {
        let bank = [
            DrawQuestion(id: "async/a", topic: "async", level: "senior", minutes: 20),
            DrawQuestion(id: "async/b", topic: "async", level: "senior", minutes: 15),
            DrawQuestion(id: "async/c", topic: "async", level: "senior", minutes: 5),
            DrawQuestion(id: "async/d", topic: "async", level: "senior", minutes: 5),
            DrawQuestion(id: "memory/a", topic: "memory", level: "senior", minutes: 12),
            DrawQuestion(id: "memory/b", topic: "memory", level: "senior", minutes: 8),
        ]
        let exposure = ["async/a": 0, "async/b": 0, "async/c": 1, "async/d": 2, "memory/a": 0, "memory/b": 1]
        var request = DrawRequest(
            questions: bank, topics: [("async", 2), ("memory", 1)], topicsIntegral: true,
            count: 3, exposure: exposure, seed: 5
        )
        let free = try QuestionDrawer.draw(request)
        #expect(ids(free) == ["async/a", "async/b", "memory/a"])  // 47 minutes

        request.minutes = 40  // async/a (20) gives way to async/c (5, better ranked than d): 32
        #expect(try ids(QuestionDrawer.draw(request)) == ["async/b", "async/c", "memory/a"])

        request.minutes = 25  // then async/b -> async/d (22)
        #expect(try ids(QuestionDrawer.draw(request)) == ["async/c", "async/d", "memory/a"])

        request.minutes = 18  // then memory/a -> memory/b (18)
        #expect(try ids(QuestionDrawer.draw(request)) == ["async/c", "async/d", "memory/b"])

        request.minutes = 17
        #expect(throws: DrawError.overBudget(needed: 18, budget: 17)) { try QuestionDrawer.draw(request) }
    }

    @Test("a budget swap never brings in a near-duplicate of another pick")
    func budgetAvoidsNearDuplicates() throws {
        let bank = [
            DrawQuestion(id: "async/long", topic: "async", level: "senior", minutes: 30),
            DrawQuestion(id: "async/short", topic: "async", level: "senior", minutes: 5),
            DrawQuestion(id: "async/mid", topic: "async", level: "senior", minutes: 10),
            DrawQuestion(id: "memory/a", topic: "memory", level: "senior", minutes: 10),
        ]
        let request = DrawRequest(
            questions: bank, topics: [("async", 1), ("memory", 1)], topicsIntegral: true,
            count: 2, minutes: 25, exposure: ["async/short": 1, "async/mid": 1], seed: 1
        )
        let nearShort: (DrawQuestion, DrawQuestion) -> Bool = { a, b in
            Set([a.id, b.id]) == ["async/short", "memory/a"]
        }
        #expect(try ids(QuestionDrawer.draw(request)) == ["async/short", "memory/a"])
        #expect(try ids(QuestionDrawer.draw(request, isNearDuplicate: nearShort)) == ["async/mid", "memory/a"])
    }

    @Test("an impossible budget names the least the draw needs")
    func overBudgetMessage() {
        #expect(DrawError.overBudget(needed: 70, budget: 60).description
            == "the drawn questions need at least 70 minutes; the blueprint allows 60")
        let request = Self.oneTopic(["async/a", "async/b", "async/c"], count: 2, seed: 3, minutes: 19)
        #expect(throws: DrawError.overBudget(needed: 20, budget: 19)) { try QuestionDrawer.draw(request) }
    }

    // MARK: - Errors

    @Test("an empty bank and a count below 1 are refused")
    func invalidInput() {
        #expect(throws: DrawError.emptyBank) {
            try QuestionDrawer.draw(DrawRequest(questions: [], topics: [("async", 1)], topicsIntegral: true, count: 1, seed: 0))
        }
        #expect(throws: DrawError.invalidCount(0)) {
            try QuestionDrawer.draw(Self.oneTopic(["async/a"], count: 0, seed: 0))
        }
        #expect(DrawError.emptyBank.description == "the question bank is empty")
        #expect(DrawError.invalidCount(-2).description == "a draw needs at least 1 question, not -2")
        #expect(DrawError.noPositiveWeight("levels").description == "no levels have a weight above 0")
        #expect(DrawError.invalidWeight(id: "async", weight: -1).description
            == "the weight of 'async' is -1.0; weights must be numbers >= 0")
    }

    @Test("a blueprint the bank cannot meet names the topic")
    func impossibleBlueprint() {
        let request = DrawRequest(
            questions: Self.senior60Bank, topics: [("async", 60)], topicsIntegral: true, count: 60, minutes: 600, seed: 1
        )
        #expect(throws: DrawError.shortCells([ShortCell(topic: "async", level: nil, missing: 56)])) {
            try QuestionDrawer.draw(request)
        }
    }
}
