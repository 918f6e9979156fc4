#if PostgreSQL
import Foundation
import Testing

import InterviewBench
@testable import InterviewKit

/// `db migrate`: a SQLite database moved into PostgreSQL reads back the same, byte for byte.
@Suite("Moving a SQLite database into PostgreSQL")
struct DatabaseMigrationTests {
    private func generated(sessions: Int, candidates: Int, in folder: TemporaryFolder) throws -> SQLiteStore {
        let store = try SQLiteStore.open(DatabaseLocation(path: folder.url("local.sqlite")))
        let data = SyntheticData(sessions: sessions, candidates: candidates, interviewers: 6, seed: 5)
        let bank = SyntheticData.questions(count: 120, seed: 5)
        try store.bulkRecord(data.batch(0..<sessions, bank: bank))
        return store
    }

    private func reports(_ store: any InterviewDatabase, candidates: [String]) throws -> [String] {
        let builder = ReportBuilder(settings: ReportSettings(generatedAt: Date(timeIntervalSince1970: 0), blindSeed: nil))
        var texts: [String] = []
        for candidate in candidates {
            let document = try builder.candidate(
                candidate, records: try store.sessions(ofCandidate: candidate), topicsInUse: try store.topicsInUse(recentSessions: 500))
            texts.append(ReportFormat.md.render(document))
        }
        let first = try store.sessions(candidate: nil).first?.id ?? 0
        texts.append(ReportFormat.md.render(builder.session(try store.session(first))))
        var accumulator = StandingsAccumulator(leniency: nil, scale: .standard)
        try store.forEachRating(SessionFilter()) { accumulator.add($0) }
        let comparison = CandidateComparer().compare(
            accumulator.standings(recommendations: try store.recommendations(SessionFilter()), participation: try store.participation(SessionFilter())),
            mode: .ranked, calibrated: false, leniency: nil, blindSeed: nil)
        texts.append(comparison.markdown())
        return texts
    }

    @Test func aThousandSessionsReadBackTheSameAndASecondRunAddsNothing() throws {
        let folder = TemporaryFolder()
        let local = try generated(sessions: 1000, candidates: 100, in: folder)
        try Engine.withPostgres { address in
            let server = try PostgresStore.open(address, environment: Engine.environment)
            defer { server.close() }
            let first = try server.importRows(from: local)
            #expect(first.added > 24_000)
            #expect(first.tables.allSatisfy { $0.present == 0 })
            let again = try server.importRows(from: local)
            #expect(again.added == 0)
            #expect(again.tables.map(\.present) == first.tables.map(\.added))
            let sample = (0..<100).filter { $0 % 9 == 0 }.map { "candidate \($0)" }
            let expected = try reports(local, candidates: sample)
            let actual = try reports(server, candidates: sample)
            #expect(actual.count == expected.count)
            for (a, b) in zip(actual, expected) { #expect(a == b) }
            // New rows get ids after the copied ones.
            let id = try server.createSession(
                NewSession(
                    candidate: "new person", interviewer: "ann", blueprintID: "b", blueprintTitle: "B", minutes: 30, seed: 1,
                    questions: try local.session(1).questions.map(\.asked), startedAt: Date()))
            #expect(id == 1001)
        }
    }

    @Test func aServerHoldingOtherDataUnderTheSameIdsIsLeftUntouched() throws {
        let folder = TemporaryFolder()
        let local = try generated(sessions: 5, candidates: 2, in: folder)
        try Engine.withPostgres { address in
            let server = try PostgresStore.open(address, environment: Engine.environment)
            defer { server.close() }
            let other = TemporaryFolder()
            let elsewhere = try SQLiteStore.open(DatabaseLocation(path: other.url("other.sqlite")))
            _ = try elsewhere.createSession(
                NewSession(
                    candidate: "someone else", interviewer: "zed", blueprintID: "b", blueprintTitle: "B", minutes: 30, seed: 1,
                    questions: try local.session(1).questions.map(\.asked), startedAt: Date()))
            _ = try server.importRows(from: elsewhere)
            #expect(throws: StoreError.self) { try server.importRows(from: local) }
            #expect(try server.sessions(candidate: nil).map(\.candidate) == ["someone else"])
        }
    }
}
#endif
