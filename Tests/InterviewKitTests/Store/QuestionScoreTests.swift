import Foundation
import Testing

import InterviewBench
@testable import InterviewKit

/// `compare` without leniency or a panel member's view pools each question in the database: the
/// standings must be those that pooling the ratings one by one gives, on both engines.
@Suite("Question scores pooled by the database")
struct QuestionScoreTests {
    /// 300 generated sessions (some unfinished, panels of 1-3, incomplete ratings) on `engine`.
    func withGenerated(_ engine: Engine, _ body: (any InterviewDatabase) throws -> Void) throws {
        let folder = TemporaryFolder()
        let local = try SQLiteStore.open(DatabaseLocation(path: folder.url("local.sqlite")))
        let data = SyntheticData(sessions: 300, candidates: 30, interviewers: 6, seed: 11, start: Date(timeIntervalSince1970: 1_767_225_600))
        try local.bulkRecord(data.batch(0..<300, bank: SyntheticData.questions(count: 120, seed: 11)))
        switch engine {
        case .sqlite:
            try body(local)
        case .postgres:
            #if PostgreSQL
                try Engine.withPostgres { address in
                    let server = try PostgresStore.open(address, environment: Engine.environment)
                    defer { server.close() }
                    _ = try server.importRows(from: local)
                    try body(server)
                }
            #else
                try Engine.withPostgres { _ in }
            #endif
        }
    }

    func standings(_ store: any InterviewDatabase, _ filter: SessionFilter, pooledByStore: Bool) throws -> [CandidateStanding] {
        var accumulator = StandingsAccumulator(leniency: nil, scale: .standard)
        if pooledByStore {
            try store.forEachQuestionScore(filter) { accumulator.add($0) }
        } else {
            try store.forEachRating(filter) { accumulator.add($0) }
        }
        return accumulator.standings(recommendations: try store.recommendations(filter), participation: try store.participation(filter))
    }

    @Test(
        "the same candidates, question counts, means and intervals as pooling the ratings, and the same comparison text",
        arguments: Engine.all)
    func sameStandings(engine: Engine) throws {
        try withGenerated(engine) { store in
            let filters = [
                SessionFilter(), SessionFilter(candidates: ["candidate 3", "candidate 17", "nobody"]),
                SessionFilter(since: Date(timeIntervalSince1970: 1_767_225_600 + 600 * 150)),
            ]
            for filter in filters {
                let expected = try standings(store, filter, pooledByStore: false)
                let actual = try standings(store, filter, pooledByStore: true)
                #expect(actual.map(\.candidate) == expected.map(\.candidate))
                #expect(!expected.isEmpty)
                for (a, e) in zip(actual, expected) {
                    #expect(a.overall.n == e.overall.n, "\(a.candidate)")
                    #expect(abs((a.overall.mean ?? -1) - (e.overall.mean ?? -1)) < 1e-9, "\(a.candidate)")
                    #expect(abs((a.overall.sd ?? -1) - (e.overall.sd ?? -1)) < 1e-9, "\(a.candidate)")
                    #expect(a.questions.map(\.topic).sorted() == e.questions.map(\.topic).sorted())
                    #expect(a.topics.map(\.topic) == e.topics.map(\.topic))
                    #expect(a.topics.map(\.summary.n) == e.topics.map(\.summary.n))
                }
                let compare = { (standings: [CandidateStanding]) in
                    CandidateComparer().compare(standings, mode: .ranked, calibrated: false, leniency: nil, blindSeed: nil).markdown()
                }
                #expect(compare(actual) == compare(expected))
            }
        }
    }
}
