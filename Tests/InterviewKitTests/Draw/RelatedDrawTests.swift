import Foundation
import Testing

@testable import InterviewKit

/// formats.md: `related` is symmetric, and a draw never puts two related questions together
/// unless the blueprint cannot be met otherwise; then it names each pair it had to allow.
@Suite("Related questions in a draw")
struct RelatedDrawTests {
    private static func question(_ id: String, _ level: String = "senior", minutes: Int = 10) -> DrawQuestion {
        DrawQuestion(id: id, topic: String(id.prefix { $0 != "/" }), level: level, minutes: minutes)
    }

    private static func request(
        _ ids: [String], topics: [(id: String, weight: Double)], related: [String: [String]], seed: UInt64,
        minutes: Int? = nil, durations: [String: Int] = [:]
    ) -> DrawRequest {
        DrawRequest(
            questions: ids.map { question($0, minutes: durations[$0] ?? 10) }, topics: topics, topicsIntegral: true,
            count: Int(topics.reduce(0) { $0 + $1.weight }), minutes: minutes, seed: seed, related: related)
    }

    private func ids(_ result: DrawResult) -> [String] {
        result.questions.map(\.id)
    }

    /// Every unordered pair of `ids` that `related` links in either direction, as "a b" with a < b.
    private static func relatedPairs(_ ids: [String], related: [String: [String]]) -> Set<String> {
        var found: Set<String> = []
        for (index, a) in ids.enumerated() {
            for b in ids[(index + 1)...] where related[a, default: []].contains(b) || related[b, default: []].contains(a) {
                found.insert(a < b ? "\(a) \(b)" : "\(b) \(a)")
            }
        }
        return found
    }

    private static func counts(_ values: [String]) -> [String: Int] {
        values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    // MARK: - The shipped bank

    @Test("every shipped blueprint, 200 seeds: no two related questions, quotas exact, within budget")
    func shippedBlueprints() throws {
        let workspace = try ShippedBank.workspace()
        let bank = workspace.bank
        let related = BankDrawSource.relatedIDs(bank.questions)
        #expect(!related.isEmpty, "the shipped bank links no questions: this test checks nothing")
        #expect(!workspace.blueprints.isEmpty)
        let scale = bank.rubric("default")?.scale ?? 1...4
        for blueprint in workspace.blueprints {
            var topics = blueprint.topics.pairs
            var integral = blueprint.topics.integral
            if blueprint.focus == .weakest {
                topics = PracticeFocus.weights(topics, performance: [:], scale: scale)
                integral = false
            }
            let wantTopics = Apportionment.largestRemainder(topics, total: blueprint.questions, integral: integral).filter { $0.value > 0 }
            let wantLevels = blueprint.levels.flatMap { levels in
                levels.pairs.isEmpty
                    ? nil
                    : Apportionment.largestRemainder(levels.pairs, total: blueprint.questions, integral: levels.integral).filter { $0.value > 0 }
            }
            for seed in UInt64(1)...200 {
                let plan = try SessionPlanner.plan(bank: bank, blueprint: blueprint, seed: seed, isNearDuplicate: workspace.similarity.isSameQuestion)
                let drawn = plan.questions.map(\.questionID)
                let place = "\(blueprint.id) seed \(seed)"
                #expect(Self.relatedPairs(drawn, related: related).isEmpty, "\(place): \(drawn)")
                #expect(plan.relatedAllowed.isEmpty, "\(place): \(plan.notes)")
                #expect(drawn.count == blueprint.questions, "\(place)")
                #expect(Set(drawn).count == drawn.count, "\(place)")
                #expect(Self.counts(plan.questions.map(\.topic)) == wantTopics, "\(place)")
                if let wantLevels {
                    #expect(Self.counts(plan.questions.map(\.level)) == wantLevels, "\(place)")
                }
                #expect(plan.questions.reduce(0) { $0 + $1.minutes } <= blueprint.minutes, "\(place)")
            }
        }
    }

    @Test("shipped blueprints: a draw that holds no related pair anyway is exactly the draw without links")
    func unchangedWithoutPairs() throws {
        let workspace = try ShippedBank.workspace()
        let questions = BankDrawSource(bank: workspace.bank, isNearDuplicate: workspace.similarity.isSameQuestion).drawQuestions
        let related = BankDrawSource.relatedIDs(workspace.bank.questions)
        var unchanged = 0, changed = 0
        for blueprint in workspace.blueprints where blueprint.focus == .fixed {
            for seed in UInt64(1)...200 {
                var request = DrawRequest(
                    questions: questions, topics: blueprint.topics.pairs, topicsIntegral: blueprint.topics.integral,
                    levels: blueprint.levels?.pairs, levelsIntegral: blueprint.levels?.integral ?? false,
                    count: blueprint.questions, minutes: blueprint.minutes, seed: seed)
                let plain = try QuestionDrawer.draw(request)
                request.related = related
                let avoiding = try QuestionDrawer.draw(request)
                if Self.relatedPairs(ids(plain), related: related).isEmpty {
                    #expect(avoiding == plain, "\(blueprint.id) seed \(seed)")
                    unchanged += 1
                } else {
                    #expect(Set(ids(avoiding)) != Set(ids(plain)), "\(blueprint.id) seed \(seed)")
                    changed += 1
                }
            }
        }
        #expect(unchanged > 0 && changed > 0, "unchanged \(unchanged), changed \(changed)")
    }

    @Test("300 recorded draws of senior-rust-60: exposures stay even, and every related pair left is named")
    func recordedDraws() throws {
        let workspace = try ShippedBank.workspace()
        let blueprint = try workspace.blueprint("senior-rust-60", linter: .standard())
        let related = BankDrawSource.relatedIDs(workspace.bank.questions)
        var exposure: [String: Int] = [:]
        var withPairs = 0
        for seed in UInt64(1)...300 {
            let plan = try SessionPlanner.plan(
                bank: workspace.bank, blueprint: blueprint, seed: seed, exposure: exposure, isNearDuplicate: workspace.similarity.isSameQuestion)
            let drawn = plan.questions.map(\.questionID)
            let named = Set(plan.relatedAllowed.map { "\($0.first) \($0.second)" })
            #expect(Self.relatedPairs(drawn, related: related) == named, "seed \(seed)")
            #expect(plan.relatedAllowed.allSatisfy { $0.reason != .quota }, "seed \(seed): \(plan.notes)")
            if !named.isEmpty { withPairs += 1 }
            for id in drawn { exposure[id, default: 0] += 1 }
            for question in plan.questions {
                let cell = workspace.bank.questions.filter { $0.topic == question.topic && $0.level.rawValue == question.level }
                let seen = cell.map { exposure[$0.id] ?? 0 }
                #expect((seen.max() ?? 0) - (seen.min() ?? 0) <= 1, "seed \(seed), \(question.topic)/\(question.level)")
            }
        }
        // Even exposure leaves little choice in a cell's last few questions: a few draws must keep a pair.
        #expect(withPairs < 60, "\(withPairs) of 300 draws kept a related pair")
    }

    @Test("the bank cache carries the same links as the parsed bank")
    func cacheCarriesLinks() throws {
        let copy = try BankCacheTests.Copy()
        let workspace = try BankWorkspace.load(bank: copy.bank, sessions: copy.sessions, linter: .standard())
        _ = try copy.source("senior-rust-60")
        let cached = try copy.source("senior-rust-60")
        #expect(cached.source is BankCache)
        #expect(cached.source.relatedIDs == BankDrawSource.relatedIDs(workspace.bank.questions))
        #expect(!cached.source.relatedIDs.isEmpty)
    }

    // MARK: - Constructed banks

    @Test("a quota that needs a related pair: the draw succeeds and names the pair")
    func unavoidablePair() throws {
        // async needs 2 and holds only a and b, which are related.
        for seed in UInt64(0)..<20 {
            let request = Self.request(
                ["async/a", "async/b", "memory/m1", "memory/m2"], topics: [("async", 2), ("memory", 1)],
                related: ["async/a": ["async/b"]], seed: seed)
            let result = try QuestionDrawer.draw(request)
            #expect(Set(ids(result)).isSuperset(of: ["async/a", "async/b"]))
            #expect(result.relatedAllowed == [RelatedPair("async/a", "async/b", reason: .quota)])
        }
        #expect(RelatedPair("b", "a", reason: .quota).description == "a and b")
    }

    @Test("only the fewest pairs are allowed: two pairs are avoidable, one is not")
    func fewestPairs() throws {
        // async 2 of a, b, c and memory/m: {a, b} or {a, c} with m hold two pairs, {b, c} with m one.
        let related = ["async/a": ["async/b", "memory/m"], "memory/m": ["async/c"]]
        for seed in UInt64(0)..<30 {
            let request = Self.request(
                ["async/a", "async/b", "async/c", "memory/m"], topics: [("async", 2), ("memory", 1)], related: related, seed: seed)
            let result = try QuestionDrawer.draw(request)
            #expect(Set(ids(result)) == ["async/b", "async/c", "memory/m"], "seed \(seed)")
            #expect(result.relatedAllowed == [RelatedPair("async/c", "memory/m", reason: .quota)], "seed \(seed)")
        }
    }

    @Test("an earlier pick is given up when a later cell could only be filled with a related question")
    func looksAhead() throws {
        // memory holds only m, related to async/a1: the draw must take a2 whatever the shuffle.
        var sawConflict = false
        for seed in UInt64(0)..<30 {
            var request = Self.request(
                ["async/a1", "async/a2", "memory/m"], topics: [("async", 1), ("memory", 1)], related: [:], seed: seed)
            if try ids(QuestionDrawer.draw(request)).contains("async/a1") { sawConflict = true }
            request.related = ["memory/m": ["async/a1"]]
            let result = try QuestionDrawer.draw(request)
            #expect(ids(result) == ["async/a2", "memory/m"], "seed \(seed)")
            #expect(result.relatedAllowed.isEmpty)
        }
        #expect(sawConflict)
    }

    @Test("a pair allowed only for the time budget says so")
    func budgetPair() throws {
        // async/long with m is unrelated but 40 minutes; async/short with m fits 20 but is related.
        let ids = ["async/long", "async/short", "memory/m"]
        let durations = ["async/long": 30, "async/short": 5, "memory/m": 10]
        let related = ["async/short": ["memory/m"]]
        for seed in UInt64(0)..<10 {
            let roomy = try QuestionDrawer.draw(Self.request(
                ids, topics: [("async", 1), ("memory", 1)], related: related, seed: seed, minutes: 40, durations: durations))
            #expect(self.ids(roomy) == ["async/long", "memory/m"])
            #expect(roomy.relatedAllowed.isEmpty)

            let tight = try QuestionDrawer.draw(Self.request(
                ids, topics: [("async", 1), ("memory", 1)], related: related, seed: seed, minutes: 20, durations: durations))
            #expect(self.ids(tight) == ["async/short", "memory/m"])
            #expect(tight.relatedAllowed == [RelatedPair("async/short", "memory/m", reason: .budget)])
        }
        // Still impossible is still the same error.
        #expect(throws: DrawError.overBudget(needed: 15, budget: 14)) {
            try QuestionDrawer.draw(Self.request(
                ids, topics: [("async", 1), ("memory", 1)], related: related, seed: 1, minutes: 14, durations: durations))
        }
    }

    @Test("even exposure comes first: a pair is kept rather than a question drawn more often than its cell")
    func exposureBeforeLinks() throws {
        // a1 and m1 are the least drawn of their cells and related; a2 and m2 were drawn once more.
        let ids = ["async/a1", "async/a2", "memory/m1", "memory/m2"]
        let related = ["async/a1": ["memory/m1"]]
        for seed in UInt64(0)..<20 {
            var request = Self.request(ids, topics: [("async", 1), ("memory", 1)], related: related, seed: seed)
            request.exposure = ["async/a1": 3, "async/a2": 4, "memory/m1": 3, "memory/m2": 4]
            let kept = try QuestionDrawer.draw(request)
            #expect(self.ids(kept) == ["async/a1", "memory/m1"])
            #expect(kept.relatedAllowed == [RelatedPair("async/a1", "memory/m1", reason: .exposure)])

            // With a tie in one cell, the draw takes the other of the tie.
            request.exposure["async/a2"] = 3
            let avoided = try QuestionDrawer.draw(request)
            #expect(self.ids(avoided) == ["async/a2", "memory/m1"])
            #expect(avoided.relatedAllowed.isEmpty)
        }
    }

    @Test("a link written in one direction only is avoided both ways", arguments: [
        ["memory/m1": ["async/a1"]],
        ["async/a1": ["memory/m1"]],
    ])
    func oneDirection(_ related: [String: [String]]) throws {
        var together = 0
        for seed in UInt64(0)..<60 {
            var request = Self.request(
                ["async/a1", "async/a2", "memory/m1", "memory/m2"], topics: [("async", 1), ("memory", 1)], related: [:], seed: seed)
            if try Set(ids(QuestionDrawer.draw(request))) == ["async/a1", "memory/m1"] { together += 1 }
            request.related = related
            let result = try QuestionDrawer.draw(request)
            #expect(Set(ids(result)) != ["async/a1", "memory/m1"], "seed \(seed)")
            #expect(result.relatedAllowed.isEmpty)
        }
        #expect(together > 0, "no seed drew the pair without links: the test checks nothing")
    }

    @Test("within one cell too, and across levels of one topic")
    func sameTopic() throws {
        let bank = [Self.question("async/s1"), Self.question("async/s2"), Self.question("async/i1", "intermediate"),
                    Self.question("async/i2", "intermediate")]
        let related = ["async/s1": ["async/s2", "async/i1"]]
        for seed in UInt64(0)..<40 {
            let request = DrawRequest(
                questions: bank, topics: [("async", 3)], topicsIntegral: true, levels: [("senior", 2), ("intermediate", 1)],
                levelsIntegral: true, count: 3, seed: seed, related: related)
            let result = try QuestionDrawer.draw(request)
            // senior needs both s1 and s2 (one pair); the intermediate pick then avoids i1.
            #expect(ids(result) == ["async/i2", "async/s1", "async/s2"] || ids(result) == ["async/i2", "async/s2", "async/s1"])
            #expect(result.relatedAllowed == [RelatedPair("async/s1", "async/s2", reason: .quota)])
        }
    }

    @Test("a search too large to finish keeps the draw as it was and names its pairs")
    func searchGivesUp() throws {
        // memory/m is related to all 200 async questions and comes last: every draw holds 6 pairs,
        // which only a search through all 6-of-200 async choices could prove.
        let ids = (0..<200).map { "async/a\($0)" } + ["memory/m"]
        let request = Self.request(ids, topics: [("async", 6), ("memory", 1)], related: ["memory/m": Array(ids.dropLast())], seed: 9)
        var plain = request
        plain.related = [:]
        let result = try QuestionDrawer.draw(request)
        #expect(result.questions == (try QuestionDrawer.draw(plain)).questions)
        #expect(result.relatedAllowed.count == 6)
        #expect(result.relatedAllowed.allSatisfy { $0.second == "memory/m" && $0.reason == .quota })
    }

    @Test("the same request gives the same draw and the same pairs; seeds still vary the draw")
    func reproducible() throws {
        let ids = (1...6).map { "async/a\($0)" } + (1...6).map { "memory/m\($0)" }
        let related = ["async/a1": ["memory/m1", "memory/m2"], "async/a2": ["async/a3"], "memory/m3": ["async/a4", "memory/m4"]]
        var draws: Set<[String]> = []
        for seed in UInt64(0)..<40 {
            let request = Self.request(ids, topics: [("async", 3), ("memory", 3)], related: related, seed: seed)
            let first = try QuestionDrawer.draw(request)
            #expect(try QuestionDrawer.draw(request) == first)
            #expect(Self.relatedPairs(self.ids(first), related: related).isEmpty)
            draws.insert(self.ids(first))
        }
        #expect(draws.count > 10)

        let tight = Self.request(
            ["async/a", "async/b", "memory/m"], topics: [("async", 2), ("memory", 1)],
            related: ["memory/m": ["async/a", "async/b"]], seed: 5)
        let once = try QuestionDrawer.draw(tight)
        #expect(once.relatedAllowed == [RelatedPair("async/a", "memory/m", reason: .quota), RelatedPair("async/b", "memory/m", reason: .quota)])
        #expect(try QuestionDrawer.draw(tight) == once)
    }

    @Test("links outside the blueprint, or among questions never drawn together, change nothing")
    func irrelevantLinks() throws {
        let ids = ["async/a", "async/b", "async/c", "memory/m", "memory/n", "safety/s"]
        for seed in UInt64(0)..<30 {
            var request = Self.request(ids, topics: [("async", 2), ("memory", 1)], related: [:], seed: seed)
            let plain = try QuestionDrawer.draw(request)
            request.related = ["safety/s": ["async/a", "async/b", "memory/m"], "async/x": ["memory/n"]]
            #expect(try QuestionDrawer.draw(request) == plain)
        }
    }

    // MARK: - What plan and start print

    @Test("a plan names each allowed pair in its table and JSON, and adds nothing otherwise")
    func planOutput() throws {
        let rubric = Rubric(id: "default", criteria: [Criterion(id: "correctness", weight: 1, anchors: [1: "a", 2: "b", 3: "c", 4: "d"])])
        func question(_ id: String, related: [String] = []) -> Question {
            Question(
                id: id, topic: String(id.prefix { $0 != "/" }), level: .senior, minutes: 10, text: "Why \(id)?",
                points: ["one", "two", "three"], followUps: [], related: related)
        }
        let bank = Bank(
            topics: [
                Topic(id: "async", title: "Async", questions: [question("async/a", related: ["async/b"]), question("async/b")]),
                Topic(id: "memory", title: "Memory", questions: [question("memory/m"), question("memory/n")]),
            ],
            rubrics: [rubric])
        func blueprint(async: Double) -> Blueprint {
            Blueprint(
                id: "b", title: "B", minutes: 60, questions: Int(async) + 1,
                topics: WeightTable(entries: [.init(id: "async", weight: async), .init(id: "memory", weight: 1)], integral: true))
        }
        let forced = try SessionPlanner.plan(bank: bank, blueprint: blueprint(async: 2), seed: 3, isNearDuplicate: { _, _ in false })
        #expect(forced.relatedAllowed == [RelatedPair("async/a", "async/b", reason: .quota)])
        #expect(forced.notes == ["note: could not avoid asking related questions async/a and async/b together (topic quota)"])
        #expect(forced.table().hasSuffix("\nnote: could not avoid asking related questions async/a and async/b together (topic quota)"))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(forced)) as? [String: Any]
        #expect(json?["related_allowed"] as? [[String]] == [["async/a", "async/b"]])

        let free = try SessionPlanner.plan(bank: bank, blueprint: blueprint(async: 1), seed: 3, isNearDuplicate: { _, _ in false })
        #expect(free.relatedAllowed.isEmpty && free.notes.isEmpty)
        #expect(!free.table().contains("note:"))
        let freeJSON = try JSONSerialization.jsonObject(with: JSONEncoder().encode(free)) as? [String: Any]
        #expect(freeJSON?["related_allowed"] == nil)
        #expect(Set(freeJSON?.keys.map { $0 } ?? []) == ["blueprint", "seed", "questions", "reused", "minutes"])
    }
}
