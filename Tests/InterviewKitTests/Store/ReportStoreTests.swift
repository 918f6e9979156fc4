import Foundation
import GRDB
import Testing

@testable import InterviewKit

@Suite("Reading sessions for reports")
struct ReportStoreTests {
    @Test("a candidate's sessions come back whole, open and finished, oldest first")
    func candidateSessions() throws {
        let recorded = try ReportFixture.record()
        let sessions = try recorded.store.sessions(ofCandidate: ReportFixture.candidate)
        #expect(sessions.map(\.id) == [recorded.first, recorded.second, recorded.open])
        #expect(sessions.map(\.status) == [.finished, .finished, .open])
        #expect(sessions[0] == (try recorded.store.session(recorded.first)))
        #expect(try recorded.store.sessions(ofCandidate: "Bo").count == 1)
    }

    @Test("an unknown candidate is a one-line error")
    func unknownCandidate() throws {
        let store = try SQLiteStore.inMemory()
        #expect(throws: StoreError.unknownCandidate("Nobody")) { try store.sessions(ofCandidate: "Nobody") }
        #expect(StoreError.unknownCandidate("Nobody").description == "unknown candidate 'Nobody'")
    }

    @Test("topics in use come from the newest sessions only")
    func topicsInUse() throws {
        let recorded = try ReportFixture.record()
        #expect(try recorded.store.topicsInUse(recentSessions: 500) == ["async", "concurrency", "distributed", "memory"])
        #expect(try recorded.store.topicsInUse(recentSessions: 1) == ["distributed"])
        #expect(try recorded.store.topicsInUse(recentSessions: 0) == [])
    }

    @Test("every report query is an index search, never a table scan", arguments: [
        (SQLiteStore.candidateIDSQL, ["SEARCH candidate USING COVERING INDEX"]),
        (SQLiteStore.candidateSessionsSQL, ["SEARCH session USING COVERING INDEX session_by_candidate (candidate_id=?)"]),
        (SQLiteStore.topicsInUseSQL, ["SCAN session USING COVERING INDEX session_by_started", "SEARCH sq USING INDEX"]),
    ])
    func indexed(sql: String, expected: [String]) throws {
        let store = try SQLiteStore.inMemory()
        let plan = try store.reader.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [1]).map { $0["detail"] as String }
        }
        for fragment in expected {
            #expect(plan.contains { $0.hasPrefix(fragment) }, "\(plan)")
        }
        // Only the materialized list of the newest sessions (at most `limit` rows) is scanned without an index.
        #expect(!plan.contains { $0.hasPrefix("SCAN") && !$0.contains("INDEX") && $0 != "SCAN recent" }, "\(plan)")
    }
}
