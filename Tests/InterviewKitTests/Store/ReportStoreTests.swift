import Foundation
import GRDB
import Testing

@testable import InterviewKit

@Suite("Reading sessions for reports")
struct ReportStoreTests {
    @Test("a candidate's sessions come back whole, open and finished, oldest first", arguments: Engine.all)
    func candidateSessions(engine: Engine) throws {
        try engine.withStore { store in
            let recorded = try ReportFixture.record(into: store)
            let sessions = try store.sessions(ofCandidate: ReportFixture.candidate)
            #expect(sessions.map(\.id) == [recorded.first, recorded.second, recorded.open])
            #expect(sessions.map(\.status) == [.finished, .finished, .open])
            #expect(sessions[0] == (try store.session(recorded.first)))
            #expect(try store.sessions(ofCandidate: "Bo").count == 1)
        }
    }

    @Test("both engines read back the same sessions, byte for byte in the reports' eyes")
    func enginesAgree() throws {
        let sqlite = try ReportFixture.record()
        let fromSQLite = try sqlite.store.sessions(ofCandidate: ReportFixture.candidate)
        try Engine.postgres.withStore { store in
            _ = try ReportFixture.record(into: store)
            #expect(try store.sessions(ofCandidate: ReportFixture.candidate) == fromSQLite)
            #expect(try store.ratings(SessionFilter()) == (try sqlite.store.ratings(SessionFilter())))
            #expect(try store.criterionValues() == (try sqlite.store.criterionValues()))
            #expect(try store.drawnQuestions() == (try sqlite.store.drawnQuestions()))
            #expect(try store.recommendations(SessionFilter()) == (try sqlite.store.recommendations(SessionFilter())))
            let filter = SessionFilter(candidates: ["Bo"], since: SessionFixture.start + 60)
            #expect(try store.ratings(filter) == (try sqlite.store.ratings(filter)))
            #expect(try store.participation(SessionFilter()).mapValues { "\($0.sessions) \($0.interviewers)" }
                == (try sqlite.store.participation(SessionFilter())).mapValues { "\($0.sessions) \($0.interviewers)" })
            #expect(try store.topicPerformance(candidate: ReportFixture.candidate)
                == (try sqlite.store.topicPerformance(candidate: ReportFixture.candidate)))
            #expect(try store.sessions(candidate: nil) == (try sqlite.store.sessions(candidate: nil)))
        }
    }

    @Test("an unknown candidate is a one-line error", arguments: Engine.all)
    func unknownCandidate(engine: Engine) throws {
        try engine.withStore { store in
            #expect(throws: StoreError.unknownCandidate("Nobody")) { try store.sessions(ofCandidate: "Nobody") }
            #expect(StoreError.unknownCandidate("Nobody").description == "unknown candidate 'Nobody'")
        }
    }

    @Test("both engines keep a date to the same millisecond")
    func datesAgree() throws {
        let times = [0.1237, 0.9996, 0.0004, 59.5005].map { SessionFixture.start + $0 }
        func notes(_ store: any SessionStore) throws -> [Date] {
            let id = try store.createSession(SessionFixture.newSession())
            for time in times { try store.record(.note("n"), session: id, question: nil, interviewer: "alice", at: time) }
            return try store.session(id).notes.map(\.at)
        }
        let sqlite = try Engine.sqlite.withStore { store in try notes(store) }
        #expect(sqlite.map { ($0.timeIntervalSince1970 * 1000).rounded() / 1000 } == sqlite.map(\.timeIntervalSince1970))
        let postgres = try Engine.postgres.withStore { store in try notes(store) }
        #expect(postgres == sqlite)
    }

    @Test("topics in use come from the newest sessions only", arguments: Engine.all)
    func topicsInUse(engine: Engine) throws {
        try engine.withStore { store in
            _ = try ReportFixture.record(into: store)
            #expect(try store.topicsInUse(recentSessions: 500) == ["async", "concurrency", "distributed", "memory"])
            #expect(try store.topicsInUse(recentSessions: 1) == ["distributed"])
            #expect(try store.topicsInUse(recentSessions: 0) == [])
        }
    }

    @Test("every report query is an index search, never a table scan", arguments: [
        (SQLiteStore.candidateIDSQL, ["SEARCH candidate USING COVERING INDEX"]),
        (
            SQLiteStore.topicsInUseSQL,
            ["SCAN session USING COVERING INDEX session_by_started", "SEARCH sq USING COVERING INDEX session_question_topics (session_id=?)"]
        ),
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

    @Test("the ten queries of a candidate's or a session's whole record find the sessions by index and scan no table")
    func recordQueriesIndexed() throws {
        let store = try ReportFixture.record().store
        var statements: [String] = []
        try store.reader.read { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { statements.append(statement.sql) }
            }
        }
        _ = try store.sessions(ofCandidate: ReportFixture.candidate)
        let candidateQueries = statements.filter { $0.contains("s.candidate_id = ?") }
        #expect(candidateQueries.count == 10, "\(statements)")
        _ = try store.session(1)
        let sessionQueries = statements.filter { $0.contains("s.id = ?") }
        #expect(sessionQueries.count == 10)
        for sql in candidateQueries + sessionQueries {
            let plan = try store.reader.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [1]).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.hasPrefix("SEARCH s USING") }, "\(sql)\n\(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(sql)\n\(plan)")
        }
    }
}
