import Foundation
import GRDB

extension SQLiteStore {
    public func session(_ id: Int64) throws(StoreError) -> SessionRecord {
        try read { db in try Self.session(db, id: id) }
    }

    /// The whole record of session `id`, read on `db`. A report reads many sessions in one
    /// transaction: each query is prepared once per connection, its columns are named in the query
    /// and read by position, and its rows are read in place rather than copied.
    static func session(_ db: Database, id: Int64) throws -> SessionRecord {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT c.name, s.blueprint_id, s.blueprint_title, s.minutes, s.seed, s.status, s.position, s.started_at,
                        s.finished_at, s.last_activity_at FROM session s JOIN candidate c ON c.id = s.candidate_id WHERE s.id = ?
                        """),
                arguments: [id])
        else { throw StoreError.unknownSession(String(id)) }
        var questions: [QuestionRecord] = []
        var index: [Int64: Int] = [:]
        func each(_ sql: String, _ body: (Row) throws -> Void) throws {
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [id])
            while let row = try cursor.next() { try body(row) }
        }
        try each(
            """
            SELECT id, position, question_id, topic, level, minutes, text, variants, points, red_flags, follow_ups, rubric, reused,
            seconds_spent FROM session_question WHERE session_id = ? ORDER BY position
            """
        ) { q in
            let level: String = q[4]
            var asked = AskedQuestion(
                position: q[1],
                question: Question(
                    id: q[2], topic: q[3], level: Level(rawValue: level) ?? .senior, minutes: q[5], text: q[6],
                    variants: try SnapshotJSON.strings(q[7]), points: try SnapshotJSON.strings(q[8]),
                    redFlags: try SnapshotJSON.strings(q[9]), followUps: try SnapshotJSON.followUps(q[10])),
                rubric: try SnapshotJSON.rubric(q[11]), reused: q[12])
            asked.level = level
            index[q[0]] = questions.count
            questions.append(QuestionRecord(asked: asked, secondsSpent: q[13]))
        }
        func update(_ questionRowID: Int64, _ interviewer: String, _ change: (inout QuestionMarks) -> Void) {
            guard let i = index[questionRowID] else { return }
            change(&questions[i].marks[interviewer, default: QuestionMarks()])
        }
        // Each mark query gives the question's row id, the interviewer's name, then its own columns.
        let scope = "JOIN session_question sq ON sq.id = x.session_question_id JOIN interviewer i ON i.id = x.interviewer_id WHERE sq.session_id = ?"
        try each("SELECT x.session_question_id, i.name, x.criterion, x.value FROM score x \(scope)") { r in
            update(r[0], r[1]) { $0.scores[r[2]] = r[3] }
        }
        try each("SELECT x.session_question_id, i.name, x.point FROM covered_point x \(scope)") { r in
            update(r[0], r[1]) { $0.covered.insert(r[2]) }
        }
        try each("SELECT x.session_question_id, i.name, x.follow_up_id, x.text, x.recorded_at FROM follow_up_asked x \(scope) ORDER BY x.id") { r in
            let date = try StoredDate.required(r, 4)
            update(r[0], r[1]) { $0.followUps.append(AskedFollowUp(id: r[2], text: r[3], at: date)) }
        }
        try each("SELECT x.session_question_id, i.name, x.flag FROM red_flag x \(scope)") { r in
            update(r[0], r[1]) { $0.redFlags.insert(r[2]) }
        }
        try each("SELECT x.session_question_id, i.name, x.reason FROM skip x \(scope)") { r in
            update(r[0], r[1]) { $0.skipReason = r[2] }
        }
        var sessionNotes: [Note] = []
        try each(
            """
            SELECT n.session_question_id, i.name, n.text, n.recorded_at FROM note n JOIN interviewer i ON i.id = n.interviewer_id
            WHERE n.session_id = ? ORDER BY n.id
            """
        ) { r in
            let note = Note(interviewer: r[1], text: r[2], at: try StoredDate.required(r, 3))
            if let questionRowID = r[0] as Int64? {
                update(questionRowID, r[1]) { $0.notes.append(note) }
            } else {
                sessionNotes.append(note)
            }
        }
        var recommendations: [RecommendationRecord] = []
        try each(
            """
            SELECT i.name, r.value, r.summary, r.recorded_at FROM recommendation r JOIN interviewer i ON i.id = r.interviewer_id
            WHERE r.session_id = ? ORDER BY r.recorded_at, i.name
            """
        ) { r in
            guard let value = Recommendation(rawValue: r[1]) else { return }
            recommendations.append(
                RecommendationRecord(interviewer: r[0], recommendation: value, summary: r[2], at: try StoredDate.required(r, 3)))
        }
        var interviewers: [String] = []
        try each(
            """
            SELECT i.name FROM session_interviewer si JOIN interviewer i ON i.id = si.interviewer_id WHERE si.session_id = ?
            ORDER BY si.joined_at, i.name
            """
        ) { r in interviewers.append(r[0]) }
        let seed: Int64 = row[4]
        let status: String = row[5]
        return SessionRecord(
            id: id, candidate: row[0], blueprintID: row[1], blueprintTitle: row[2], minutes: row[3], seed: UInt64(bitPattern: seed),
            status: SessionSummary.Status(rawValue: status) ?? .open, position: row[6],
            startedAt: try StoredDate.required(row, 7), finishedAt: StoredDate.read(row, 8),
            lastActivityAt: try StoredDate.required(row, 9),
            interviewers: interviewers, questions: questions, notes: sessionNotes,
            recommendations: recommendations)
    }
}
