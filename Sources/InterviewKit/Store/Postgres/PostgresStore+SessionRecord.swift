#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore {
    public func session(_ id: Int64) throws(StoreError) -> SessionRecord {
        try read { db in try Self.session(db, id: id, store: name) }
    }

    /// The whole record of one session, as the row-level security of the login role lets it see.
    static func session(_ db: PostgresTransaction, id: Int64, store name: String) throws -> SessionRecord {
        guard
            let row = try db.query(
                "SELECT s.*, c.name AS candidate FROM session s JOIN candidate c ON c.id = s.candidate_id WHERE s.id = \(id)"
            ).first
        else { throw StoreError.unknownSession(String(id)) }
        var questions: [QuestionRecord] = []
        var index: [Int64: Int] = [:]
        for q in try db.query("SELECT * FROM session_question WHERE session_id = \(id) ORDER BY position") {
            var asked = AskedQuestion(
                position: try q.get("position"),
                question: Question(
                    id: try q.get("question_id"), topic: try q.get("topic"), level: Level(rawValue: try q.get("level")) ?? .senior,
                    minutes: try q.get("minutes"), text: try q.get("text"),
                    variants: try SnapshotJSON.decode([String].self, try q.get("variants")),
                    points: try SnapshotJSON.decode([String].self, try q.get("points")),
                    redFlags: try SnapshotJSON.decode([String].self, try q.get("red_flags")),
                    followUps: try SnapshotJSON.decode([FollowUp].self, try q.get("follow_ups")),
                    crib: try SnapshotJSON.decode(CribSheet.self, try q.get("crib"))),
                rubric: try SnapshotJSON.decode(Rubric.self, try q.get("rubric")), reused: try q.get("reused"))
            asked.level = try q.get("level")
            asked.reason = try q.get("reason", as: String?.self)
            index[try q.get("id")] = questions.count
            questions.append(QuestionRecord(asked: asked, secondsSpent: try q.get("seconds_spent")))
        }
        func update(_ row: PostgresRandomAccessRow, _ change: (inout QuestionMarks) throws -> Void) throws {
            guard let i = index[try row.get("session_question_id")] else { return }
            try change(&questions[i].marks[try row.get("name", as: String.self), default: QuestionMarks()])
        }
        let scope = "JOIN session_question sq ON sq.id = x.session_question_id JOIN interviewer i ON i.id = x.interviewer_id WHERE sq.session_id = $1"
        func marks(_ table: String, order: String = "") throws -> [PostgresRandomAccessRow] {
            var binds = PostgresBindings()
            binds.append(id)
            return try db.query(PostgresQuery(unsafeSQL: "SELECT x.*, i.name FROM \(table) x \(scope) \(order)", binds: binds))
        }
        for r in try marks("score") { try update(r) { $0.scores[try r.get("criterion")] = try r.get("value") } }
        for r in try marks("covered_point") { try update(r) { $0.covered.insert(try r.get("point")) } }
        for r in try marks("follow_up_asked", order: "ORDER BY x.id") {
            try update(r) { $0.followUps.append(AskedFollowUp(id: try r.get("follow_up_id"), text: try r.get("text"), at: try r.date("recorded_at"))) }
        }
        for r in try marks("red_flag") { try update(r) { $0.redFlags.insert(try r.get("flag")) } }
        for r in try marks("skip") { try update(r) { $0.skipReason = try r.get("reason") } }
        var sessionNotes: [Note] = []
        for r in try db.query(
            "SELECT n.*, i.name FROM note n JOIN interviewer i ON i.id = n.interviewer_id WHERE n.session_id = \(id) ORDER BY n.id")
        {
            let note = Note(interviewer: try r.get("name"), text: try r.get("text"), at: try r.date("recorded_at"))
            if try r.get("session_question_id", as: Int64?.self) != nil {
                try update(r) { $0.notes.append(note) }
            } else {
                sessionNotes.append(note)
            }
        }
        let recommendations = try db.query(
            """
            SELECT r.*, i.name FROM recommendation r JOIN interviewer i ON i.id = r.interviewer_id
            WHERE r.session_id = \(id) ORDER BY r.recorded_at, i.name COLLATE "C"
            """
        ).compactMap { r -> RecommendationRecord? in
            guard let value = Recommendation(rawValue: try r.get("value")) else { return nil }
            return RecommendationRecord(interviewer: try r.get("name"), recommendation: value, summary: try r.get("summary"), at: try r.date("recorded_at"))
        }
        let seed = try row.get("seed", as: Int64.self)
        return SessionRecord(
            id: id, candidate: try row.get("candidate"), blueprintID: try row.get("blueprint_id"), blueprintTitle: try row.get("blueprint_title"),
            minutes: try row.get("minutes"), seed: UInt64(bitPattern: seed),
            status: SessionSummary.Status(rawValue: try row.get("status")) ?? .open, position: try row.get("position"),
            startedAt: try row.date("started_at"), finishedAt: try row.optionalDate("finished_at"),
            lastActivityAt: try row.date("last_activity_at"),
            interviewers: try interviewers(db, sessions: [id])[id] ?? [], questions: questions, notes: sessionNotes,
            recommendations: recommendations, adaptiveCount: try row.get("adaptive_count", as: Int?.self))
    }
}
#endif
