import Foundation
import GRDB

extension SQLiteStore {
    public func session(_ id: Int64) throws(StoreError) -> SessionRecord {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT s.*, c.name AS candidate FROM session s JOIN candidate c ON c.id = s.candidate_id WHERE s.id = ?"),
                    arguments: [id])
            else { throw StoreError.unknownSession(String(id)) }
            var questions: [QuestionRecord] = []
            var index: [Int64: Int] = [:]
            // A report reads many sessions on one connection: each query is prepared once, and its
            // rows are read in place rather than copied.
            func each(_ sql: String, _ body: (Row) throws -> Void) throws {
                let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [id])
                while let row = try cursor.next() { try body(row) }
            }
            try each("SELECT * FROM session_question WHERE session_id = ? ORDER BY position") { q in
                var asked = AskedQuestion(
                    position: q["position"],
                    question: Question(
                        id: q["question_id"], topic: q["topic"], level: Level(rawValue: q["level"]) ?? .senior, minutes: q["minutes"],
                        text: q["text"], variants: try SnapshotJSON.strings(q["variants"]),
                        points: try SnapshotJSON.strings(q["points"]), redFlags: try SnapshotJSON.strings(q["red_flags"]),
                        followUps: try SnapshotJSON.followUps(q["follow_ups"])),
                    rubric: try SnapshotJSON.rubric(q["rubric"]), reused: q["reused"])
                asked.level = q["level"]
                index[q["id"]] = questions.count
                questions.append(QuestionRecord(asked: asked, secondsSpent: q["seconds_spent"]))
            }
            func update(_ questionRowID: Int64, _ interviewer: String, _ change: (inout QuestionMarks) -> Void) {
                guard let i = index[questionRowID] else { return }
                change(&questions[i].marks[interviewer, default: QuestionMarks()])
            }
            let scope = "JOIN session_question sq ON sq.id = x.session_question_id JOIN interviewer i ON i.id = x.interviewer_id WHERE sq.session_id = ?"
            try each("SELECT x.*, i.name FROM score x \(scope)") { r in
                update(r["session_question_id"], r["name"]) { $0.scores[r["criterion"]] = r["value"] }
            }
            try each("SELECT x.*, i.name FROM covered_point x \(scope)") { r in
                update(r["session_question_id"], r["name"]) { $0.covered.insert(r["point"]) }
            }
            try each("SELECT x.*, i.name FROM follow_up_asked x \(scope) ORDER BY x.id") { r in
                update(r["session_question_id"], r["name"]) { $0.followUps.append(AskedFollowUp(id: r["follow_up_id"], text: r["text"], at: r["recorded_at"])) }
            }
            try each("SELECT x.*, i.name FROM red_flag x \(scope)") { r in
                update(r["session_question_id"], r["name"]) { $0.redFlags.insert(r["flag"]) }
            }
            try each("SELECT x.*, i.name FROM skip x \(scope)") { r in
                update(r["session_question_id"], r["name"]) { $0.skipReason = r["reason"] }
            }
            var sessionNotes: [Note] = []
            try each("SELECT n.*, i.name FROM note n JOIN interviewer i ON i.id = n.interviewer_id WHERE n.session_id = ? ORDER BY n.id") { r in
                let note = Note(interviewer: r["name"], text: r["text"], at: r["recorded_at"])
                if let questionRowID = r["session_question_id"] as Int64? {
                    update(questionRowID, r["name"]) { $0.notes.append(note) }
                } else {
                    sessionNotes.append(note)
                }
            }
            var recommendations: [RecommendationRecord] = []
            try each(
                """
                SELECT r.*, i.name FROM recommendation r JOIN interviewer i ON i.id = r.interviewer_id
                WHERE r.session_id = ? ORDER BY r.recorded_at, i.name
                """
            ) { r in
                guard let value = Recommendation(rawValue: r["value"]) else { return }
                recommendations.append(RecommendationRecord(interviewer: r["name"], recommendation: value, summary: r["summary"], at: r["recorded_at"]))
            }
            let seed: Int64 = row["seed"]
            return SessionRecord(
                id: id, candidate: row["candidate"], blueprintID: row["blueprint_id"], blueprintTitle: row["blueprint_title"],
                minutes: row["minutes"], seed: UInt64(bitPattern: seed),
                status: SessionSummary.Status(rawValue: row["status"]) ?? .open, position: row["position"],
                startedAt: row["started_at"], finishedAt: row["finished_at"], lastActivityAt: row["last_activity_at"],
                interviewers: try Self.interviewers(db, sessions: [id])[id] ?? [], questions: questions, notes: sessionNotes,
                recommendations: recommendations)
        }
    }
}
