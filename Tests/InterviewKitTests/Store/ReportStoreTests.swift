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
            let byUnit: (CriterionValueRow, CriterionValueRow) -> Bool = {
                ($0.session, $0.questionID, $0.criterion, $0.interviewer) < ($1.session, $1.questionID, $1.criterion, $1.interviewer)
            }
            #expect(try store.criterionValues().sorted(by: byUnit) == (try sqlite.store.criterionValues()).sorted(by: byUnit))
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
        (SQLiteStore.recentSessionsSQL, ["SCAN session USING COVERING INDEX session_by_started"]),
        (SQLiteStore.firstTopicSQL, ["SCAN session_question USING COVERING INDEX session_question_by_topic"]),
        (SQLiteStore.nextTopicSQL, ["SEARCH session_question USING COVERING INDEX session_question_by_topic (topic>?)"]),
        (SQLiteStore.topicSessionsSQL, ["SEARCH session_question USING COVERING INDEX session_question_by_topic (topic=? AND session_id>?)"]),
    ])
    func indexed(sql: String, expected: [String]) throws {
        let store = try SQLiteStore.inMemory()
        let plan = try store.reader.read { db in
            let arguments = StatementArguments(Array(repeating: 1, count: sql.filter { $0 == "?" }.count))
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        for fragment in expected {
            #expect(plan.contains { $0.hasPrefix(fragment) }, "\(plan)")
        }
        #expect(!plan.contains { $0.hasPrefix("SCAN") && !$0.contains("INDEX") }, "\(plan)")
    }

    @Test("topics in use read through the topic index are those of the plain query, whatever the order of ids and times")
    func topicWalkAgrees() throws {
        var random = SplitMix64(seed: 11)
        for round in 0..<40 {
            let store = try SQLiteStore.inMemory()
            let topics = ["async", "memory", "safety", "zeta", "Ärger", "a b"].shuffled(using: &random).prefix(Int(random.next() % 6) + 1)
            let sessions = Int(random.next() % 30)
            try store.write { db in
                try db.execute(sql: "INSERT INTO candidate (id, name, created_at) VALUES (1, 'Ada', '2026-01-01 00:00:00.000')")
                for session in 0..<sessions {
                    // In half the rounds ids follow time; in the others they are out of step with it.
                    let minute = round.isMultiple(of: 2) ? session : Int(random.next() % 50)
                    let time = "2026-01-01 00:\(minute < 10 ? "0" : "")\(minute):00.000"
                    try db.execute(
                        sql: """
                            INSERT INTO session (id, candidate_id, blueprint_id, blueprint_title, minutes, seed, started_at, last_activity_at)
                            VALUES (?, 1, 'b', 'B', 60, 0, ?, ?)
                            """, arguments: [session + 1, time, time])
                    for position in 0..<Int(random.next() % 4) {
                        try db.execute(
                            sql: """
                                INSERT INTO session_question (session_id, position, question_id, topic, level, minutes, text, variants, points,
                                red_flags, follow_ups, rubric_id, rubric, scale_lo, scale_hi, criteria_count)
                                VALUES (?, ?, ?, ?, 'senior', 5, 't', '[]', '[]', '[]', '[]', 'r', '{}', 0, 4, 1)
                                """, arguments: [session + 1, position, "q\(position)", topics.randomElement(using: &random)])
                    }
                }
            }
            for limit in [0, 1, 3, 10, 500] {
                let (walked, plain) = try store.reader.read { db in
                    (
                        try SQLiteStore.topicsInUse(db, recent: Int64.fetchAll(db, sql: SQLiteStore.recentSessionsSQL, arguments: [limit])),
                        try String.fetchAll(db, sql: SQLiteStore.topicsInUseSQL, arguments: [limit])
                    )
                }
                #expect(walked == plain, "round \(round), limit \(limit)")
            }
        }
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
