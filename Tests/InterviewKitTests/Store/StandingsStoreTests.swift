import Foundation
import Testing

import InterviewBench
@testable import InterviewKit

/// `compare` over the whole database reads ``StandingsInputs`` (candidates by id, kept in the
/// result cache): named again, they must be the standings that the filtered reads give, to the
/// last bit of every question score, on both engines.
@Suite("Standings read by candidate id")
struct StandingsStoreTests {
    /// What the filtered reads give for the whole database (today's path for a blueprint or a date).
    func expected(_ store: any InterviewDatabase, _ filter: SessionFilter = SessionFilter()) throws -> [CandidateStanding] {
        var accumulator = StandingsAccumulator(leniency: nil, scale: .standard)
        try store.forEachQuestionScore(filter) { accumulator.add($0) }
        return accumulator.standings(recommendations: try store.recommendations(filter), participation: try store.participation(filter))
    }

    func expectSame(_ actual: [CandidateStanding], _ expected: [CandidateStanding]) {
        #expect(actual.map(\.candidate) == expected.map(\.candidate))
        #expect(!expected.isEmpty)
        for (a, e) in zip(actual, expected) {
            #expect(a == e, "\(a.candidate)")
            #expect(a.scores.map(\.bitPattern) == e.scores.map(\.bitPattern), "\(a.candidate)")
            #expect(a.interviewers == e.interviewers, "\(a.candidate)")
            #expect(ComparisonReport.counts(a.recommendations) == ComparisonReport.counts(e.recommendations), "\(a.candidate)")
        }
        let text = { (standings: [CandidateStanding]) in
            JSONText.encode(CandidateComparer().compare(standings, mode: .ranked, calibrated: false, leniency: nil, blindSeed: nil))
        }
        #expect(text(actual) == text(expected))
    }

    @Test("the same standings as the filtered reads, for every candidate or those named", arguments: Engine.all)
    func sameStandings(engine: Engine) throws {
        try QuestionScoreTests().withGenerated(engine) { store in
            let inputs = try store.standingsInputs()
            #expect(inputs.isConsistent)
            let names = try store.candidateNames()
            expectSame(inputs.standings(names: names, scale: .standard), try expected(store))
            let named = ["candidate 3", "candidate 17"]
            expectSame(
                inputs.standings(names: names, only: Set(named), scale: .standard), try expected(store, SessionFilter(candidates: named)))
        }
    }

    @Test("a panel of three on a weighted rubric: each question's mean of ratings to the last bit", arguments: Engine.all)
    func panelOfThree(engine: Engine) throws {
        try engine.withStore { store in
            let session = try store.createSession(SessionFixture.newSession())
            let values: [(String, [String: Int])] = [
                ("alice", ["correctness": 3, "depth": 2, "tradeoffs": 4, "communication": 1]),
                ("bob", ["correctness": 1, "depth": 3, "tradeoffs": 2, "communication": 4]),
                ("carol", ["correctness": 4, "depth": 4, "tradeoffs": 1, "communication": 2]),
                // Incomplete: never pooled.
                ("dan", ["correctness": 4]),
            ]
            for (interviewer, scores) in values {
                try store.record(.score(scores), session: session, question: "async/a", interviewer: interviewer, at: SessionFixture.start)
            }
            try store.finish(session: session, interviewer: "alice", recommendation: .yes, summary: nil, at: SessionFixture.start)
            let inputs = try store.standingsInputs()
            expectSame(inputs.standings(names: try store.candidateNames(), scale: .standard), try expected(store))
        }
    }

    @Test("kept as bytes, read back equal to the last bit; a damaged or foreign copy is refused")
    func roundTrip() throws {
        try QuestionScoreTests().withGenerated(.sqlite) { store in
            let inputs = try store.standingsInputs()
            let bytes = inputs.encoded()
            let decoded = try #require(StandingsInputs(encoded: bytes))
            #expect(decoded == inputs)
            #expect(decoded.candidates.flatMap(\.scores).map(\.bitPattern) == inputs.candidates.flatMap(\.scores).map(\.bitPattern))
            #expect(StandingsInputs(encoded: bytes.dropLast()) == nil)
            #expect(StandingsInputs(encoded: bytes + [0]) == nil)
            #expect(StandingsInputs(encoded: Data("{\"topics\": []}".utf8)) == nil)
            #expect(StandingsInputs(encoded: Data()) == nil)
            var damaged = inputs
            damaged.candidates[0].topics[0] = inputs.topics.count
            #expect(!damaged.isConsistent)
            #expect(StandingsInputs(encoded: damaged.encoded()) == nil)
            #expect(StandingsInputs(encoded: StandingsInputs().encoded()) == StandingsInputs())
        }
    }
}
