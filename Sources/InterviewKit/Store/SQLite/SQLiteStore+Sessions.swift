import Foundation
import GRDB

extension SQLiteStore {
    public func exposure() throws(StoreError) -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT question_id, COUNT(*) AS n FROM session_question GROUP BY question_id")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["question_id"] as String, $0["n"] as Int) })
        }
    }

    public func history(candidate: String) throws(StoreError) -> [String: Int] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT sq.question_id, MAX(s.started_at) AS last, MAX(s.id) AS session
                    FROM session_question sq
                    JOIN session s ON s.id = sq.session_id
                    JOIN candidate c ON c.id = s.candidate_id
                    WHERE c.name = ?
                    GROUP BY sq.question_id
                    ORDER BY last, session, sq.question_id
                    """, arguments: [candidate])
            var ranks: [String: Int] = [:]
            for (index, row) in rows.enumerated() { ranks[row["question_id"]] = index + 1 }
            return ranks
        }
    }

    public func topicPerformance(candidate: String) throws(StoreError) -> [String: TopicPerformance] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT sq.topic, COUNT(DISTINCT sq.id) AS asked, AVG(sc.value) AS mean
                    FROM session_question sq
                    JOIN session s ON s.id = sq.session_id
                    JOIN candidate c ON c.id = s.candidate_id
                    LEFT JOIN score sc ON sc.session_question_id = sq.id
                    WHERE c.name = ?
                    GROUP BY sq.topic
                    """, arguments: [candidate])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["topic"], TopicPerformance(meanScore: $0["mean"], asked: $0["asked"])) })
        }
    }

    public func createSession(_ session: NewSession) throws(StoreError) -> Int64 {
        try write { db in
            let candidateID = try Self.person(db, table: "candidate", name: session.candidate, at: session.startedAt)
            let interviewerID = try Self.person(db, table: "interviewer", name: session.interviewer, at: session.startedAt)
            try db.execute(
                sql: """
                    INSERT INTO session (candidate_id, blueprint_id, blueprint_title, minutes, seed, started_at, last_activity_at, adaptive_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    candidateID, session.blueprintID, session.blueprintTitle, session.minutes, Int64(bitPattern: session.seed),
                    session.startedAt, session.startedAt, session.adaptiveCount,
                ])
            let sessionID = db.lastInsertedRowID
            try db.execute(
                sql: "INSERT INTO session_interviewer (session_id, interviewer_id, joined_at) VALUES (?, ?, ?)",
                arguments: [sessionID, interviewerID, session.startedAt])
            for question in session.questions { try Self.insert(question, session: sessionID, db) }
            return sessionID
        }
    }

    public func appendQuestion(_ question: AskedQuestion, session: Int64, at date: Date) throws(StoreError) {
        try write { db in
            let row = try Row.fetchOne(db, sql: "SELECT status, adaptive_count FROM session WHERE id = ?", arguments: [session])
            guard let row else { throw StoreError.unknownSession(String(session)) }
            guard (row["status"] as String) == "open" else { throw StoreError.sessionFinished(session) }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session_question WHERE session_id = ?", arguments: [session]) ?? 0
            guard let planned = row["adaptive_count"] as Int?, count < planned else {
                throw StoreError.database(path: path, message: "session \(session) is not adaptive or already has all its questions")
            }
            var next = question
            next.position = count
            try Self.insert(next, session: session, db)
            try db.execute(sql: "UPDATE session SET last_activity_at = ? WHERE id = ?", arguments: [date, session])
        }
    }

    /// Records one drawn question with its snapshot.
    static func insert(_ question: AskedQuestion, session sessionID: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO session_question (session_id, position, question_id, topic, level, minutes, text, variants,
                  points, red_flags, follow_ups, rubric_id, rubric, scale_lo, scale_hi, criteria_count, reused, crib, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                sessionID, question.position, question.questionID, question.topic, question.level, question.minutes,
                question.text, try SnapshotJSON.encode(question.variants), try SnapshotJSON.encode(question.points),
                try SnapshotJSON.encode(question.redFlags), try SnapshotJSON.encode(question.followUps), question.rubric.id,
                try SnapshotJSON.encode(question.rubric), question.rubric.scale.lowerBound, question.rubric.scale.upperBound,
                question.rubric.criteria.count, question.reused, try SnapshotJSON.encode(question.crib), question.reason,
            ])
    }

    public func sessions(candidate: String?, status: SessionSummary.Status?) throws(StoreError) -> [SessionSummary] {
        try read { db in
            // A database not yet upgraded to v7 (opened read-only) has no scored mark: count the scores.
            let marked = try db.columns(in: "session_question").contains { $0.name == "scored" }
            // Nor, before v8, adaptive sessions.
            let planned = try db.columns(in: "session").contains { $0.name == "adaptive_count" } ? "s.adaptive_count" : "NULL"
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let candidate {
                conditions.append("c.name = ?")
                arguments += [candidate]
            }
            if let status {
                conditions.append("s.status = ?")
                arguments += [status.rawValue]
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            // The panels of the same sessions, in one read beside the sessions' own (a whole
            // database has 100,000): each session's interviewers in the order they joined.
            var panels: [Int64: [String]] = [:]
            var names = StringInterner()
            let panelRows = try SQLiteRawRows(
                db,
                sql: """
                    SELECT si.session_id, i.name FROM session_interviewer si JOIN interviewer i ON i.id = si.interviewer_id
                    JOIN session s ON s.id = si.session_id JOIN candidate c ON c.id = s.candidate_id\(filter)
                    ORDER BY si.session_id, si.joined_at, i.name
                    """, arguments: arguments)
            while try panelRows.step() { panels[panelRows.int64(0), default: []].append(names[panelRows.text(1)]) }
            var blueprints = StringInterner()
            let rows = try SQLiteRawRows(
                db, sql: (marked ? SessionSQL.markedSummaries(planned: planned) : SessionSQL.summaries(planned: planned)) + filter + " ORDER BY s.started_at, s.id",
                arguments: arguments)
            var sessions: [SessionSummary] = []
            // By position, in the order of `SessionSQL`'s columns.
            while try rows.step() {
                let id = rows.int64(0)
                sessions.append(SessionSummary(
                    id: id, candidate: rows.text(1), blueprint: blueprints[rows.text(2)],
                    status: SessionSummary.Status(rawValue: rows.text(3)) ?? .open, startedAt: try rows.date(4), finishedAt: try rows.optionalDate(5),
                    interviewers: panels[id] ?? [], questions: max(rows.int(6), rows.int(8)), scored: rows.int(7)))
            }
            return sessions
        }
    }

    // MARK: - Helpers

    /// The id of a candidate or interviewer by name, created on first use.
    static func person(_ db: Database, table: String, name: String, at date: Date) throws -> Int64 {
        // Only two literal table names reach this function; the values are always bound.
        let table = table == "candidate" ? "candidate" : "interviewer"
        try db.execute(sql: "INSERT INTO \(table) (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING", arguments: [name, date])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM \(table) WHERE name = ?", arguments: [name]) else {
            throw StoreError.database(path: "", message: "cannot record \(table) '\(name)'")
        }
        return id
    }
}
