import Foundation
import GRDB

extension SQLiteStore {
    func recording<T>(_ body: (any RecordingTransaction) throws -> T) throws(StoreError) -> T {
        try write { db in try body(SQLiteRecording(db: db)) }
    }
}

/// Recording's rows in SQLite (the logic is ``Recorder``'s). SQLite's single writer keeps
/// other writers of the session waiting for the transaction.
struct SQLiteRecording: RecordingTransaction {
    let db: Database

    func status(of session: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT status FROM session WHERE id = ?", arguments: [session])
    }

    func join(session: Int64, interviewer: String, at date: Date) throws -> Int64 {
        let id = try SQLiteStore.person(db, table: "interviewer", name: interviewer, at: date)
        try db.execute(
            sql: "INSERT INTO session_interviewer VALUES (?, ?, ?) ON CONFLICT DO NOTHING", arguments: [session, id, date])
        return id
    }

    func askedQuestion(session: Int64, question: String) throws -> AskedRow? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT id, rubric, json_array_length(points) + COALESCE(json_array_length(crib, '$.bonus'), 0) AS points, json_array_length(red_flags) AS red_flags
                FROM session_question WHERE session_id = ? AND question_id = ?
                """, arguments: [session, question]
        ).map { row in AskedRow(id: row["id"], rubricJSON: row["rubric"], points: row["points"], redFlags: row["red_flags"]) }
    }

    func questionIDs(session: Int64) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT question_id FROM session_question WHERE session_id = ? ORDER BY position", arguments: [session])
    }

    func apply(_ change: RecordingChange, session: Int64, question: Int64?, interviewer: Int64, at date: Date) throws {
        switch change {
        case .score(let criterion, let value, let weight):
            try db.execute(
                sql: """
                    INSERT INTO score (session_question_id, interviewer_id, criterion, value, weight, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET value = excluded.value, recorded_at = excluded.recorded_at
                    """, arguments: [question, interviewer, criterion, value, weight, date])
        case .cover(let point, covered: true):
            try db.execute(sql: "INSERT INTO covered_point VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", arguments: [question, interviewer, point, date])
        case .cover(let point, covered: false):
            try db.execute(
                sql: "DELETE FROM covered_point WHERE session_question_id = ? AND interviewer_id = ? AND point = ?",
                arguments: [question, interviewer, point])
        case .redFlag(let flag, on: true):
            try db.execute(sql: "INSERT INTO red_flag VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", arguments: [question, interviewer, flag, date])
        case .redFlag(let flag, on: false):
            try db.execute(
                sql: "DELETE FROM red_flag WHERE session_question_id = ? AND interviewer_id = ? AND flag = ?",
                arguments: [question, interviewer, flag])
        case .followUp(let id, let text):
            try db.execute(
                sql: "INSERT INTO follow_up_asked (session_question_id, interviewer_id, follow_up_id, text, recorded_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [question, interviewer, id, text, date])
        case .note(let text):
            try db.execute(
                sql: "INSERT INTO note (session_id, session_question_id, interviewer_id, text, recorded_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [session, question, interviewer, text, date])
        case .skip(let reason?):
            try db.execute(
                sql: """
                    INSERT INTO skip VALUES (?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET reason = excluded.reason, recorded_at = excluded.recorded_at
                    """, arguments: [question, interviewer, reason, date])
        case .skip(nil):
            try db.execute(sql: "DELETE FROM skip WHERE session_question_id = ? AND interviewer_id = ?", arguments: [question, interviewer])
        }
    }

    func addSeconds(_ seconds: Int, question: Int64) throws {
        try db.execute(sql: "UPDATE session_question SET seconds_spent = seconds_spent + ? WHERE id = ?", arguments: [seconds, question])
    }

    func setPosition(_ position: Int, session: Int64, at date: Date) throws {
        try db.execute(sql: "UPDATE session SET position = ?, last_activity_at = ? WHERE id = ?", arguments: [position, date, session])
    }

    func recommend(_ recommendation: Recommendation, summary: String?, session: Int64, interviewer: Int64, at date: Date) throws {
        try db.execute(
            sql: """
                INSERT INTO recommendation VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET value = excluded.value, summary = COALESCE(excluded.summary, recommendation.summary),
                  recorded_at = excluded.recorded_at
                """, arguments: [session, interviewer, recommendation.rawValue, summary, date])
    }

    func markFinished(session: Int64, at date: Date) throws {
        try db.execute(
            sql: "UPDATE session SET status = 'finished', finished_at = ?, last_activity_at = ? WHERE id = ?", arguments: [date, date, session])
    }

    func touch(session: Int64, at date: Date) throws {
        try db.execute(sql: "UPDATE session SET last_activity_at = ? WHERE id = ?", arguments: [date, session])
    }
}
