import Foundation
import PostgresNIO

extension PostgresStore {
    public func record(_ events: [SessionEvent], session: Int64, question: String?, interviewer: String, at date: Date) throws(StoreError) {
        try write { db in
            let status = try Self.lockSession(db, session: session)
            guard status == "open" else { throw StoreError.sessionFinished(session) }
            let interviewerID = try Self.join(db, session: session, interviewer: interviewer, at: date)
            guard let question else {
                for case .note(let text) in events {
                    try db.query(
                        """
                        INSERT INTO note (session_id, session_question_id, interviewer_id, text, recorded_at)
                        VALUES (\(session), NULL, \(interviewerID), \(text), \(date.stamp))
                        """)
                }
                try Self.touch(db, session: session, at: date)
                return
            }
            let asked = try Self.askedQuestion(db, session: session, question: question)
            for event in events {
                try Self.apply(event, db: db, asked: asked, session: session, interviewerID: interviewerID, at: date.stamp)
            }
            try Self.touch(db, session: session, at: date)
        }
    }

    static func apply(_ event: SessionEvent, db: PostgresTransaction, asked: AskedRow, session: Int64, interviewerID: Int64, at date: Date) throws {
        let question = asked.id
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
                try db.query(
                    """
                    INSERT INTO score (session_question_id, interviewer_id, criterion, value, weight, recorded_at)
                    VALUES (\(question), \(interviewerID), \(criterion), \(value), \(weight), \(date))
                    ON CONFLICT (session_question_id, interviewer_id, criterion)
                    DO UPDATE SET value = excluded.value, recorded_at = excluded.recorded_at
                    """)
            }
        case .cover(let points, let covered):
            for point in points {
                guard (0..<asked.points).contains(point) else { throw StoreError.noSuchItem(kind: "point", number: point + 1, count: asked.points) }
                if covered {
                    try db.query(
                        "INSERT INTO covered_point VALUES (\(question), \(interviewerID), \(point), \(date)) ON CONFLICT DO NOTHING")
                } else {
                    try db.query(
                        """
                        DELETE FROM covered_point WHERE session_question_id = \(question) AND interviewer_id = \(interviewerID)
                          AND point = \(point)
                        """)
                }
            }
        case .followUp(let id, let text):
            try db.query(
                """
                INSERT INTO follow_up_asked (session_question_id, interviewer_id, follow_up_id, text, recorded_at)
                VALUES (\(question), \(interviewerID), \(id), \(text), \(date))
                """)
        case .redFlag(let flags, let on):
            for flag in flags {
                guard (0..<asked.redFlags).contains(flag) else {
                    throw StoreError.noSuchItem(kind: "red flag", number: flag + 1, count: asked.redFlags)
                }
                if on {
                    try db.query("INSERT INTO red_flag VALUES (\(question), \(interviewerID), \(flag), \(date)) ON CONFLICT DO NOTHING")
                } else {
                    try db.query(
                        "DELETE FROM red_flag WHERE session_question_id = \(question) AND interviewer_id = \(interviewerID) AND flag = \(flag)")
                }
            }
        case .note(let text):
            try db.query(
                """
                INSERT INTO note (session_id, session_question_id, interviewer_id, text, recorded_at)
                VALUES (\(session), \(question), \(interviewerID), \(text), \(date))
                """)
        case .skip(let reason):
            if let reason {
                try db.query(
                    """
                    INSERT INTO skip VALUES (\(question), \(interviewerID), \(reason), \(date))
                    ON CONFLICT (session_question_id, interviewer_id) DO UPDATE SET reason = excluded.reason, recorded_at = excluded.recorded_at
                    """)
            } else {
                try db.query("DELETE FROM skip WHERE session_question_id = \(question) AND interviewer_id = \(interviewerID)")
            }
        }
    }

    public func move(session: Int64, to position: Int, leaving question: String?, seconds: Int, at date: Date) throws(StoreError) {
        try write { db in
            _ = try Self.lockSession(db, session: session)
            if let question, seconds > 0 {
                let asked = try Self.askedQuestion(db, session: session, question: question)
                try db.query("UPDATE session_question SET seconds_spent = seconds_spent + \(seconds) WHERE id = \(asked.id)")
            }
            try db.query("UPDATE session SET position = \(max(0, position)), last_activity_at = \(date.stamp) WHERE id = \(session)")
        }
    }

    public func recommend(
        session: Int64, interviewer: String, recommendation: Recommendation, summary: String?, finish: Bool, at date: Date
    ) throws(StoreError) {
        try write { db in
            let status = try Self.lockSession(db, session: session)
            let interviewerID = try Self.join(db, session: session, interviewer: interviewer, at: date)
            try db.query(
                """
                INSERT INTO recommendation VALUES (\(session), \(interviewerID), \(recommendation.rawValue), \(summary), \(date.stamp))
                ON CONFLICT (session_id, interviewer_id) DO UPDATE SET value = excluded.value,
                  summary = COALESCE(excluded.summary, recommendation.summary), recorded_at = excluded.recorded_at
                """)
            if finish, status == "open" {
                try db.query(
                    """
                    UPDATE session SET status = 'finished', finished_at = \(date.stamp), last_activity_at = \(date.stamp)
                    WHERE id = \(session)
                    """)
            } else {
                try Self.touch(db, session: session, at: date)
            }
        }
    }

    // MARK: - Helpers

    /// The session's status, its row locked until the transaction ends: writers of one session
    /// take turns, as SQLite's write lock makes them.
    static func lockSession(_ db: PostgresTransaction, session: Int64) throws -> String {
        guard let status = try db.value(String.self, "SELECT status FROM session WHERE id = \(session) FOR UPDATE") else {
            throw StoreError.unknownSession(String(session))
        }
        return status
    }

    /// Adds the interviewer to the session's panel (first record) and returns their id.
    static func join(_ db: PostgresTransaction, session: Int64, interviewer: String, at date: Date) throws -> Int64 {
        let id = try Self.interviewer(db, name: interviewer, at: date)
        try db.query("INSERT INTO session_interviewer VALUES (\(session), \(id), \(date.stamp)) ON CONFLICT DO NOTHING")
        return id
    }

    static func askedQuestion(_ db: PostgresTransaction, session: Int64, question: String) throws -> AskedRow {
        let row = try db.query(
            """
            SELECT id, rubric, json_array_length(points::json) AS points, json_array_length(red_flags::json) AS red_flags
            FROM session_question WHERE session_id = \(session) AND question_id = \(question)
            """
        ).first
        guard let row else {
            let known = try db.values(
                String.self, "SELECT question_id FROM session_question WHERE session_id = \(session) ORDER BY position")
            throw StoreError.unknownQuestion(session: session, question: question, known: known)
        }
        return AskedRow(
            id: try row.get("id"), rubricJSON: try row.get("rubric"), points: try row.get("points"), redFlags: try row.get("red_flags"))
    }

    static func touch(_ db: PostgresTransaction, session: Int64, at date: Date) throws {
        try db.query("UPDATE session SET last_activity_at = \(date.stamp) WHERE id = \(session)")
    }
}
