import Foundation
import Testing

@testable import InterviewKit

/// The one pass over every score that agreement, bank statistics and the fit share
/// (``AnalyticsStore/forEachScore(_:)``), on both engines.
@Suite("One pass over the scores")
struct ScorePassTests {
    /// Each question's score as bank stats takes it from the pass.
    static func passScores(_ store: any AnalyticsStore) throws -> [Int64: [String: Double]] {
        var scores = SessionQuestionScores()
        try store.forEachScore { scores.add($0) }
        return scores.finish()
    }

    @Test("every score once, with its session's state, a question's scores together, one number per id", arguments: Engine.all)
    func everyScore(engine: Engine) throws {
        try engine.withStore { store in
            let recorded = try ReportFixture.record(into: store)
            var rows: [ScoreRow] = []
            try store.forEachScore { rows.append($0) }
            // Every recorded criterion value, incomplete ratings and the open session's included.
            #expect(rows.count == (try store.criterionValues()).count)
            #expect(rows.count == 4 + 4 + 4 + 1 + 4 + 4 + 4 + 4 + 1)  // ReportFixture's scores, bob's incomplete one alone
            let sessions = try store.sessions(ofCandidate: ReportFixture.candidate) + store.sessions(ofCandidate: "Bo")
            let open = Set(sessions.filter { $0.status == .open }.map(\.id))
            #expect(open.contains(recorded.open) && !open.contains(recorded.first))
            #expect(Set(rows.filter { !$0.finished }.map(\.session)) == open.intersection(rows.map(\.session)))
            #expect(Set(rows.filter(\.finished).map(\.session)) == Set(rows.map(\.session)).subtracting(open))
            // The scores of one question of a session come together, and only its own.
            var seen: Set<Int64> = []
            for (index, row) in rows.enumerated() where index == 0 || rows[index - 1].questionRow != row.questionRow {
                #expect(seen.insert(row.questionRow).inserted, "question row \(row.questionRow) comes back later")
            }
            let perQuestion = Dictionary(grouping: rows, by: \.questionRow)
            for group in perQuestion.values {
                #expect(Set(group.map { "\($0.session) \($0.questionID) \($0.candidate) \($0.criteria)" }).count == 1)
                #expect(group.allSatisfy { $0.scale == .standard && $0.criteria == 4 })
            }
            // One number per id and one id per number, for questions, interviewers and criteria.
            for (ids, numbers) in [(rows.map(\.questionID), rows.map(\.questionNumber)), (rows.map(\.interviewer), rows.map(\.interviewerNumber)),
                                   (rows.map(\.criterion), rows.map(\.criterionNumber))] {
                let pairs = Set(zip(ids, numbers).map { "\($0) \($1)" })
                #expect(pairs.count == Set(ids).count && pairs.count == Set(numbers).count)
            }
        }
    }

    @Test("each question's score from the pass is the mean of its complete ratings, as SQL computes them", arguments: Engine.all)
    func questionScores(engine: Engine) throws {
        try engine.withStore { store in
            _ = try ReportFixture.record(into: store)
            let fromPass = try Self.passScores(store)
            var expected: [Int64: [String: [Double]]] = [:]
            for rating in try store.ratings(SessionFilter()) {
                expected[rating.session, default: [:]][rating.questionID, default: []].append(rating.score)
            }
            #expect(fromPass.keys.sorted() == expected.keys.sorted())
            for (session, questions) in expected {
                #expect(fromPass[session]?.keys.sorted() == questions.keys.sorted())
                for (question, values) in questions {
                    let mean = values.reduce(0, +) / Double(values.count)
                    #expect(abs((fromPass[session]?[question] ?? .nan) - mean) < 1e-12, "session \(session) \(question)")
                }
            }
            // Bob's lone criterion of async/b is no rating: the question is alice's alone.
            #expect(fromPass.values.contains { $0["async/b"] == (2 * 0.35 + 1 * 0.25 + 2 * 0.25 + 3 * 0.15) })
        }
    }

    @Test("bank stats over the store equal bank stats over the SQL ratings", arguments: Engine.all)
    func bankStats(engine: Engine) throws {
        try engine.withStore { store in
            _ = try ReportFixture.record(into: store)
            let ids = ["async/a", "async/b", "memory/a", "memory/b", "concurrency/a", "distributed/a", "never/asked"]
            let fromPass = BankStatsReport(drawn: try store.drawnQuestions(), scores: try Self.passScores(store), bankIDs: ids)
            let fromRatings = BankStatsReport(drawn: try store.drawnQuestions(), ratings: try store.ratings(SessionFilter()), bankIDs: ids)
            #expect(fromPass.questions.map(\.id) == fromRatings.questions.map(\.id))
            #expect(fromPass.questions.map { "\($0.drawn) \($0.scored) \($0.flags)" } == fromRatings.questions.map { "\($0.drawn) \($0.scored) \($0.flags)" })
            for (a, b) in zip(fromPass.questions, fromRatings.questions) {
                #expect(abs((a.difficulty ?? -1) - (b.difficulty ?? -1)) < 1e-12)
                #expect(abs((a.discrimination ?? -9) - (b.discrimination ?? -9)) < 1e-12)
            }
            #expect(fromPass.neverAsked == ["never/asked"])
        }
    }
}
