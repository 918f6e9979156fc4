import Foundation
import GRDB

extension SQLiteStore {
    public func session(_ id: Int64) throws(StoreError) -> SessionRecord {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.*, c.name AS candidate FROM session s JOIN candidate c ON c.id = s.candidate_id WHERE s.id = ?
                        """, arguments: [id])
            else { throw StoreError.unknownSession(String(id)) }
            var questions: [QuestionRecord] = []
            var index: [Int64: Int] = [:]
            // Most questions of a bank share a rubric: each distinct snapshot is decoded once.
            var rubrics: [String: Rubric] = [:]
            func rubric(_ text: String) throws -> Rubric {
                if let known = rubrics[text] { return known }
                let decoded = try SnapshotJSON.decode(Rubric.self, text)
                rubrics[text] = decoded
                return decoded
            }
            for q in try Row.fetchAll(db, sql: "SELECT * FROM session_question WHERE session_id = ? ORDER BY position", arguments: [id]) {
                var asked = AskedQuestion(
                    position: q["position"],
                    question: Question(
                        id: q["question_id"], topic: q["topic"], level: Level(rawValue: q["level"]) ?? .senior, minutes: q["minutes"],
                        text: q["text"], variants: try SnapshotJSON.strings(q["variants"]),
                        points: try SnapshotJSON.strings(q["points"]), redFlags: try SnapshotJSON.strings(q["red_flags"]),
                        followUps: try SnapshotJSON.followUps(q["follow_ups"])),
                    rubric: try rubric(q["rubric"]), reused: q["reused"])
                asked.level = q["level"]
                index[q["id"]] = questions.count
                questions.append(QuestionRecord(asked: asked, secondsSpent: q["seconds_spent"]))
            }
            func update(_ questionRowID: Int64, _ interviewer: String, _ change: (inout QuestionMarks) -> Void) {
                guard let i = index[questionRowID] else { return }
                change(&questions[i].marks[interviewer, default: QuestionMarks()])
            }
            let scope = "JOIN session_question sq ON sq.id = x.session_question_id JOIN interviewer i ON i.id = x.interviewer_id WHERE sq.session_id = ?"
            for r in try Row.fetchAll(db, sql: "SELECT x.*, i.name FROM score x \(scope)", arguments: [id]) {
                update(r["session_question_id"], r["name"]) { $0.scores[r["criterion"]] = r["value"] }
            }
            for r in try Row.fetchAll(db, sql: "SELECT x.*, i.name FROM covered_point x \(scope)", arguments: [id]) {
                update(r["session_question_id"], r["name"]) { $0.covered.insert(r["point"]) }
            }
            for r in try Row.fetchAll(db, sql: "SELECT x.*, i.name FROM follow_up_asked x \(scope) ORDER BY x.id", arguments: [id]) {
                update(r["session_question_id"], r["name"]) { $0.followUps.append(AskedFollowUp(id: r["follow_up_id"], text: r["text"], at: r["recorded_at"])) }
            }
            for r in try Row.fetchAll(db, sql: "SELECT x.*, i.name FROM red_flag x \(scope)", arguments: [id]) {
                update(r["session_question_id"], r["name"]) { $0.redFlags.insert(r["flag"]) }
            }
            for r in try Row.fetchAll(db, sql: "SELECT x.*, i.name FROM skip x \(scope)", arguments: [id]) {
                update(r["session_question_id"], r["name"]) { $0.skipReason = r["reason"] }
            }
            var sessionNotes: [Note] = []
            for r in try Row.fetchAll(
                db, sql: "SELECT n.*, i.name FROM note n JOIN interviewer i ON i.id = n.interviewer_id WHERE n.session_id = ? ORDER BY n.id",
                arguments: [id])
            {
                let note = Note(interviewer: r["name"], text: r["text"], at: r["recorded_at"])
                if let questionRowID = r["session_question_id"] as Int64? {
                    update(questionRowID, r["name"]) { $0.notes.append(note) }
                } else {
                    sessionNotes.append(note)
                }
            }
            let recommendations = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.*, i.name FROM recommendation r JOIN interviewer i ON i.id = r.interviewer_id
                    WHERE r.session_id = ? ORDER BY r.recorded_at, i.name
                    """, arguments: [id]
            ).compactMap { r -> RecommendationRecord? in
                guard let value = Recommendation(rawValue: r["value"]) else { return nil }
                return RecommendationRecord(interviewer: r["name"], recommendation: value, summary: r["summary"], at: r["recorded_at"])
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
