#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore {
    func recording<T>(_ body: (any RecordingTransaction) throws -> T) throws(StoreError) -> T {
        try write { db in try body(PostgresRecording(db: db)) }
    }
}

/// Recording's rows in PostgreSQL (the logic is ``Recorder``'s). Times are kept to the
/// millisecond, as SQLite keeps them.
struct PostgresRecording: RecordingTransaction {
    let db: PostgresTransaction

    /// Locks the session's row until the transaction ends: writers of one session take turns, as
    /// SQLite's write lock makes them.
    func status(of session: Int64) throws -> String? {
        try db.value(String.self, "SELECT status FROM session WHERE id = \(session) FOR UPDATE")
    }

    func join(session: Int64, interviewer: String, at date: Date) throws -> Int64 {
        let id = try PostgresStore.interviewer(db, name: interviewer, at: date)
        try db.query("INSERT INTO session_interviewer VALUES (\(session), \(id), \(date.stamp)) ON CONFLICT DO NOTHING")
        return id
    }

    func askedQuestion(session: Int64, question: String) throws -> AskedRow? {
        try db.query(
            """
            SELECT id, rubric, json_array_length(points::json) + COALESCE(json_array_length((crib::json)->'bonus'), 0) AS points, json_array_length(red_flags::json) AS red_flags
            FROM session_question WHERE session_id = \(session) AND question_id = \(question)
            """
        ).first.map { row in
            AskedRow(id: try row.get("id"), rubricJSON: try row.get("rubric"), points: try row.get("points"), redFlags: try row.get("red_flags"))
        }
    }

    func questionIDs(session: Int64) throws -> [String] {
        try db.values(String.self, "SELECT question_id FROM session_question WHERE session_id = \(session) ORDER BY position")
    }

    func apply(_ change: RecordingChange, session: Int64, question: Int64?, interviewer: Int64, at date: Date) throws {
        let date = date.stamp
        switch change {
        case .score(let criterion, let value, let weight):
            try db.query(
                """
                INSERT INTO score (session_question_id, interviewer_id, criterion, value, weight, recorded_at)
                VALUES (\(question), \(interviewer), \(criterion), \(value), \(weight), \(date))
                ON CONFLICT (session_question_id, interviewer_id, criterion)
                DO UPDATE SET value = excluded.value, recorded_at = excluded.recorded_at
                """)
        case .cover(let point, covered: true):
            try db.query("INSERT INTO covered_point VALUES (\(question), \(interviewer), \(point), \(date)) ON CONFLICT DO NOTHING")
        case .cover(let point, covered: false):
            try db.query(
                "DELETE FROM covered_point WHERE session_question_id = \(question) AND interviewer_id = \(interviewer) AND point = \(point)")
        case .redFlag(let flag, on: true):
            try db.query("INSERT INTO red_flag VALUES (\(question), \(interviewer), \(flag), \(date)) ON CONFLICT DO NOTHING")
        case .redFlag(let flag, on: false):
            try db.query("DELETE FROM red_flag WHERE session_question_id = \(question) AND interviewer_id = \(interviewer) AND flag = \(flag)")
        case .followUp(let id, let text):
            try db.query(
                """
                INSERT INTO follow_up_asked (session_question_id, interviewer_id, follow_up_id, text, recorded_at)
                VALUES (\(question), \(interviewer), \(id), \(text), \(date))
                """)
        case .note(let text):
            try db.query(
                """
                INSERT INTO note (session_id, session_question_id, interviewer_id, text, recorded_at)
                VALUES (\(session), \(question), \(interviewer), \(text), \(date))
                """)
        case .skip(let reason?):
            try db.query(
                """
                INSERT INTO skip VALUES (\(question), \(interviewer), \(reason), \(date))
                ON CONFLICT (session_question_id, interviewer_id) DO UPDATE SET reason = excluded.reason, recorded_at = excluded.recorded_at
                """)
        case .skip(nil):
            try db.query("DELETE FROM skip WHERE session_question_id = \(question) AND interviewer_id = \(interviewer)")
        }
    }

    func addSeconds(_ seconds: Int, question: Int64) throws {
        try db.query("UPDATE session_question SET seconds_spent = seconds_spent + \(seconds) WHERE id = \(question)")
    }

    func setPosition(_ position: Int, session: Int64, at date: Date) throws {
        try db.query("UPDATE session SET position = \(position), last_activity_at = \(date.stamp) WHERE id = \(session)")
    }

    func recommend(_ recommendation: Recommendation, summary: String?, session: Int64, interviewer: Int64, at date: Date) throws {
        try db.query(
            """
            INSERT INTO recommendation VALUES (\(session), \(interviewer), \(recommendation.rawValue), \(summary), \(date.stamp))
            ON CONFLICT (session_id, interviewer_id) DO UPDATE SET value = excluded.value,
              summary = COALESCE(excluded.summary, recommendation.summary), recorded_at = excluded.recorded_at
            """)
    }

    func markFinished(session: Int64, at date: Date) throws {
        try db.query(
            "UPDATE session SET status = 'finished', finished_at = \(date.stamp), last_activity_at = \(date.stamp) WHERE id = \(session)")
    }

    func touch(session: Int64, at date: Date) throws {
        try db.query("UPDATE session SET last_activity_at = \(date.stamp) WHERE id = \(session)")
    }
}
#endif
