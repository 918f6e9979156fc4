import Foundation
import GRDB

extension SQLiteStore {
    public func record(_ events: [SessionEvent], session: Int64, question: String?, interviewer: String, at date: Date) throws(StoreError) {
        try write { db in
            let status = try Self.status(db, session: session)
            guard status == "open" else { throw StoreError.sessionFinished(session) }
            let interviewerID = try Self.join(db, session: session, interviewer: interviewer, at: date)
            guard let question else {
                for case .note(let text) in events {
                    try db.execute(
                        sql: "INSERT INTO note (session_id, session_question_id, interviewer_id, text, recorded_at) VALUES (?, NULL, ?, ?, ?)",
                        arguments: [session, interviewerID, text, date])
                }
                try Self.touch(db, session: session, at: date)
                return
            }
            let asked = try Self.askedQuestion(db, session: session, question: question)
            for event in events {
                try Self.apply(event, db: db, asked: asked, session: session, interviewerID: interviewerID, at: date)
            }
            try Self.touch(db, session: session, at: date)
        }
    }

    static func apply(_ event: SessionEvent, db: Database, asked: AskedRow, session: Int64, interviewerID: Int64, at date: Date) throws {
        switch event {
        case .score(let scores):
            let rubric = try SnapshotJSON.decode(Rubric.self, asked.rubricJSON)
            for (criterion, value) in scores.sorted(by: { $0.key < $1.key }) {
                guard let weight = rubric.criterion(criterion)?.weight else {
                    throw StoreError.unknownCriterion(criterion, allowed: rubric.criteria.map(\.id))
                }
                guard rubric.scale.contains(value) else {
                    throw StoreError.scoreOutOfRange(criterion: criterion, value: value, scale: rubric.scale)
                }
                try db.execute(
                    sql: """
                        INSERT INTO score (session_question_id, interviewer_id, criterion, value, weight, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO UPDATE SET value = excluded.value, recorded_at = excluded.recorded_at
                        """, arguments: [asked.id, interviewerID, criterion, value, weight, date])
            }
        case .cover(let points, let covered):
            for point in points {
                guard (0..<asked.points).contains(point) else { throw StoreError.noSuchItem(kind: "point", number: point + 1, count: asked.points) }
                if covered {
                    try db.execute(
                        sql: "INSERT INTO covered_point VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        arguments: [asked.id, interviewerID, point, date])
                } else {
                    try db.execute(
                        sql: "DELETE FROM covered_point WHERE session_question_id = ? AND interviewer_id = ? AND point = ?",
                        arguments: [asked.id, interviewerID, point])
                }
            }
        case .followUp(let id, let text):
            try db.execute(
                sql: "INSERT INTO follow_up_asked (session_question_id, interviewer_id, follow_up_id, text, recorded_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [asked.id, interviewerID, id, text, date])
        case .redFlag(let flags, let on):
            for flag in flags {
                guard (0..<asked.redFlags).contains(flag) else { throw StoreError.noSuchItem(kind: "red flag", number: flag + 1, count: asked.redFlags) }
                if on {
                    try db.execute(
                        sql: "INSERT INTO red_flag VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", arguments: [asked.id, interviewerID, flag, date])
                } else {
                    try db.execute(
                        sql: "DELETE FROM red_flag WHERE session_question_id = ? AND interviewer_id = ? AND flag = ?",
                        arguments: [asked.id, interviewerID, flag])
                }
            }
        case .note(let text):
            try db.execute(
                sql: "INSERT INTO note (session_id, session_question_id, interviewer_id, text, recorded_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [session, asked.id, interviewerID, text, date])
        case .skip(let reason):
            if let reason {
                try db.execute(
                    sql: """
                        INSERT INTO skip VALUES (?, ?, ?, ?)
                        ON CONFLICT DO UPDATE SET reason = excluded.reason, recorded_at = excluded.recorded_at
                        """, arguments: [asked.id, interviewerID, reason, date])
            } else {
                try db.execute(
                    sql: "DELETE FROM skip WHERE session_question_id = ? AND interviewer_id = ?", arguments: [asked.id, interviewerID])
            }
        }
    }

    public func move(session: Int64, to position: Int, leaving question: String?, seconds: Int, at date: Date) throws(StoreError) {
        try write { db in
            _ = try Self.status(db, session: session)
            if let question, seconds > 0 {
                let asked = try Self.askedQuestion(db, session: session, question: question)
                try db.execute(sql: "UPDATE session_question SET seconds_spent = seconds_spent + ? WHERE id = ?", arguments: [seconds, asked.id])
            }
            try db.execute(sql: "UPDATE session SET position = ?, last_activity_at = ? WHERE id = ?", arguments: [max(0, position), date, session])
        }
    }

    public func recommend(
        session: Int64, interviewer: String, recommendation: Recommendation, summary: String?, finish: Bool, at date: Date
    ) throws(StoreError) {
        try write { db in
            let status = try Self.status(db, session: session)
            let interviewerID = try Self.join(db, session: session, interviewer: interviewer, at: date)
            try db.execute(
                sql: """
                    INSERT INTO recommendation VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET value = excluded.value, summary = COALESCE(excluded.summary, recommendation.summary),
                      recorded_at = excluded.recorded_at
                    """, arguments: [session, interviewerID, recommendation.rawValue, summary, date])
            if finish, status == "open" {
                try db.execute(
                    sql: "UPDATE session SET status = 'finished', finished_at = ?, last_activity_at = ? WHERE id = ?",
                    arguments: [date, date, session])
            } else {
                try Self.touch(db, session: session, at: date)
            }
        }
    }

    // MARK: - Helpers

    static func status(_ db: Database, session: Int64) throws -> String {
        guard let status = try String.fetchOne(db, sql: "SELECT status FROM session WHERE id = ?", arguments: [session]) else {
            throw StoreError.unknownSession(String(session))
        }
        return status
    }

    /// Adds the interviewer to the session's panel (first record) and returns their id.
    static func join(_ db: Database, session: Int64, interviewer: String, at date: Date) throws -> Int64 {
        let id = try person(db, table: "interviewer", name: interviewer, at: date)
        try db.execute(
            sql: "INSERT INTO session_interviewer VALUES (?, ?, ?) ON CONFLICT DO NOTHING", arguments: [session, id, date])
        return id
    }

    static func askedQuestion(_ db: Database, session: Int64, question: String) throws -> AskedRow {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT id, rubric, json_array_length(points) AS points, json_array_length(red_flags) AS red_flags
                FROM session_question WHERE session_id = ? AND question_id = ?
                """, arguments: [session, question])
        guard let row else {
            let known = try String.fetchAll(
                db, sql: "SELECT question_id FROM session_question WHERE session_id = ? ORDER BY position", arguments: [session])
            throw StoreError.unknownQuestion(session: session, question: question, known: known)
        }
        return AskedRow(id: row["id"], rubricJSON: row["rubric"], points: row["points"], redFlags: row["red_flags"])
    }

    static func touch(_ db: Database, session: Int64, at date: Date) throws {
        try db.execute(sql: "UPDATE session SET last_activity_at = ? WHERE id = ?", arguments: [date, session])
    }
}
