#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore {
    public func exposure() throws(StoreError) -> [String: Int] {
        try read { db in
            let rows = try db.query("SELECT question_id, COUNT(*) AS n FROM session_question GROUP BY question_id")
            return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.get("question_id", as: String.self), try $0.get("n", as: Int.self)) })
        }
    }

    public func history(candidate: String) throws(StoreError) -> [String: Int] {
        try read { db in
            let rows = try db.query(
                """
                SELECT sq.question_id, MAX(s.started_at) AS last, MAX(s.id) AS session
                FROM session_question sq
                JOIN session s ON s.id = sq.session_id
                JOIN candidate c ON c.id = s.candidate_id
                WHERE c.name = \(candidate)
                GROUP BY sq.question_id
                ORDER BY last, session, sq.question_id COLLATE "C"
                """)
            var ranks: [String: Int] = [:]
            for (index, row) in rows.enumerated() { ranks[try row.get("question_id", as: String.self)] = index + 1 }
            return ranks
        }
    }

    public func topicPerformance(candidate: String) throws(StoreError) -> [String: TopicPerformance] {
        try read { db in
            let rows = try db.query(
                """
                SELECT sq.topic, COUNT(DISTINCT sq.id) AS asked, AVG(sc.value)::DOUBLE PRECISION AS mean
                FROM session_question sq
                JOIN session s ON s.id = sq.session_id
                JOIN candidate c ON c.id = s.candidate_id
                LEFT JOIN score sc ON sc.session_question_id = sq.id
                WHERE c.name = \(candidate)
                GROUP BY sq.topic
                """)
            return Dictionary(
                uniqueKeysWithValues: try rows.map { row in
                    (
                        try row.get("topic", as: String.self),
                        TopicPerformance(meanScore: try row.get("mean", as: Double?.self), asked: try row.get("asked", as: Int.self))
                    )
                })
        }
    }

    public func createSession(_ session: NewSession) throws(StoreError) -> Int64 {
        try write { db in
            let candidateID = try Self.candidate(db, name: session.candidate, at: session.startedAt)
            let interviewerID = try Self.interviewer(db, name: session.interviewer, at: session.startedAt)
            let started = session.startedAt.stamp
            guard
                let sessionID = try db.value(
                    Int64.self,
                    """
                    INSERT INTO session (candidate_id, blueprint_id, blueprint_title, minutes, seed, started_at, last_activity_at, adaptive_count)
                    VALUES (\(candidateID), \(session.blueprintID), \(session.blueprintTitle), \(session.minutes),
                      \(Int64(bitPattern: session.seed)), \(started), \(started), \(session.adaptiveCount))
                    RETURNING id
                    """)
            else { throw StoreError.database(path: name, message: "cannot record the session") }
            try db.query(
                "INSERT INTO session_interviewer (session_id, interviewer_id, joined_at) VALUES (\(sessionID), \(interviewerID), \(started))")
            for question in session.questions { try Self.insert(question, session: sessionID, db) }
            return sessionID
        }
    }

    public func appendQuestion(_ question: AskedQuestion, session: Int64, at date: Date) throws(StoreError) {
        try write { db in
            guard let row = try db.query("SELECT status, adaptive_count FROM session WHERE id = \(session) FOR UPDATE").first else {
                throw StoreError.unknownSession(String(session))
            }
            guard try row.get("status", as: String.self) == "open" else { throw StoreError.sessionFinished(session) }
            let count = try db.value(Int64.self, "SELECT COUNT(*) FROM session_question WHERE session_id = \(session)") ?? 0
            guard let planned = try row.get("adaptive_count", as: Int?.self), count < planned else {
                throw StoreError.database(path: name, message: "session \(session) is not adaptive or already has all its questions")
            }
            var next = question
            next.position = Int(count)
            try Self.insert(next, session: session, db)
            try db.query("UPDATE session SET last_activity_at = \(date.stamp) WHERE id = \(session)")
        }
    }

    /// Records one drawn question with its snapshot.
    static func insert(_ question: AskedQuestion, session sessionID: Int64, _ db: PostgresTransaction) throws {
        let variants = try SnapshotJSON.encode(question.variants), points = try SnapshotJSON.encode(question.points)
        let redFlags = try SnapshotJSON.encode(question.redFlags), followUps = try SnapshotJSON.encode(question.followUps)
        let rubric = try SnapshotJSON.encode(question.rubric), crib = try SnapshotJSON.encode(question.crib)
        try db.query(
            """
            INSERT INTO session_question (session_id, position, question_id, topic, level, minutes, text, variants,
              points, red_flags, follow_ups, rubric_id, rubric, scale_lo, scale_hi, criteria_count, reused, crib, reason)
            VALUES (\(sessionID), \(question.position), \(question.questionID), \(question.topic), \(question.level),
              \(question.minutes), \(question.text), \(variants), \(points), \(redFlags), \(followUps), \(question.rubric.id),
              \(rubric), \(question.rubric.scale.lowerBound), \(question.rubric.scale.upperBound),
              \(question.rubric.criteria.count), \(question.reused), \(crib), \(question.reason))
            """)
    }

    public func sessions(candidate: String?, status: SessionSummary.Status?) throws(StoreError) -> [SessionSummary] {
        try read { db in
            let rows = try db.query(
                """
                \(unescaped: SessionSQL.summaries())
                WHERE (\(candidate)::TEXT IS NULL OR c.name = \(candidate))
                  AND (\(status?.rawValue)::TEXT IS NULL OR s.status = \(status?.rawValue))
                ORDER BY s.started_at, s.id
                """)
            let ids = try rows.map { try $0.get("id", as: Int64.self) }
            let panel = try Self.interviewers(db, sessions: ids)
            return try rows.map { row in
                let id = try row.get("id", as: Int64.self)
                return SessionSummary(
                    id: id, candidate: try row.get("candidate"), blueprint: try row.get("blueprint_id"),
                    status: SessionSummary.Status(rawValue: try row.get("status")) ?? .open,
                    startedAt: try row.date("started_at"), finishedAt: try row.optionalDate("finished_at"),
                    interviewers: panel[id] ?? [], questions: max(try row.get("questions", as: Int.self), try row.get("planned", as: Int?.self) ?? 0), scored: try row.get("scored"))
            }
        }
    }

    // MARK: - Helpers

    /// The id of a candidate by name, created on first use.
    static func candidate(_ db: PostgresTransaction, name: String, at date: Date) throws -> Int64 {
        try db.query("INSERT INTO candidate (name, created_at) VALUES (\(name), \(date.stamp)) ON CONFLICT (name) DO NOTHING")
        guard let id = try db.value(Int64.self, "SELECT id FROM candidate WHERE name = \(name)") else {
            throw StoreError.database(path: "", message: "cannot record candidate '\(name)'")
        }
        return id
    }

    /// The id of an interviewer by name, created on first use and claimed by the login role that
    /// first records as it (row-level security then lets only that role write as it).
    static func interviewer(_ db: PostgresTransaction, name: String, at date: Date) throws -> Int64 {
        try db.query(
            """
            INSERT INTO interviewer (name, created_at, login) VALUES (\(name), \(date.stamp), current_user)
            ON CONFLICT (name) DO NOTHING
            """)
        guard let row = try db.query("SELECT id, login FROM interviewer WHERE name = \(name)").first else {
            throw StoreError.database(path: "", message: "cannot record interviewer '\(name)'")
        }
        let id = try row.get("id", as: Int64.self)
        if try row.get("login", as: String?.self) == nil {
            try db.query("UPDATE interviewer SET login = current_user WHERE id = \(id) AND login IS NULL")
        }
        return id
    }

    /// Interviewer names per session, in the order they joined.
    static func interviewers(_ db: PostgresTransaction, sessions: [Int64]) throws -> [Int64: [String]] {
        guard !sessions.isEmpty else { return [:] }
        var result: [Int64: [String]] = [:]
        let rows = try db.query(
            """
            SELECT si.session_id, i.name FROM session_interviewer si JOIN interviewer i ON i.id = si.interviewer_id
            WHERE si.session_id = ANY(\(sessions)) ORDER BY si.session_id, si.joined_at, i.name COLLATE "C"
            """)
        for row in rows { result[try row.get("session_id", as: Int64.self), default: []].append(try row.get("name", as: String.self)) }
        return result
    }
}
#endif
