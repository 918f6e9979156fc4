import Foundation
import GRDB

extension SQLiteStore {
    public func session(_ id: Int64) throws(StoreError) -> SessionRecord {
        try read { db in
            guard let record = try Self.sessions(db, .session, id).first else { throw StoreError.unknownSession(String(id)) }
            return record
        }
    }

    /// Which sessions a read takes: one by id, or all of a candidate's (by candidate id).
    enum SessionSelection: String {
        case session = "s.id = ?"
        case candidate = "s.candidate_id = ?"
    }

    /// The whole records of the selected sessions, oldest first, read on `db`. Each table is read
    /// once for all of them (a candidate's report makes eight queries, not eight per session);
    /// each query is prepared once per connection, names its columns and is read by position,
    /// row by row in place.
    static func sessions(_ db: Database, _ selection: SessionSelection, _ argument: Int64) throws -> [SessionRecord] {
        let filter = selection.rawValue
        func each(_ sql: String, _ body: (Row) throws -> Void) throws {
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [argument])
            while let row = try cursor.next() { try body(row) }
        }
        var records: [SessionRecord] = []
        var recordIndex: [Int64: Int] = [:]
        // A database not yet upgraded to v8 (opened read-only) has no adaptive sessions.
        let adaptive = try db.columns(in: "session").contains { $0.name == "adaptive_count" }
        try each(
            """
            SELECT s.id, c.name, s.blueprint_id, s.blueprint_title, s.minutes, s.seed, s.status, s.position, s.started_at,
            s.finished_at, s.last_activity_at, \(adaptive ? "s.adaptive_count" : "NULL") FROM session s
            JOIN candidate c ON c.id = s.candidate_id WHERE \(filter) ORDER BY s.started_at, s.id
            """
        ) { row in
            let seed: Int64 = row[5]
            let status: String = row[6]
            recordIndex[row[0]] = records.count
            records.append(
                SessionRecord(
                    id: row[0], candidate: row[1], blueprintID: row[2], blueprintTitle: row[3], minutes: row[4],
                    seed: UInt64(bitPattern: seed), status: SessionSummary.Status(rawValue: status) ?? .open, position: row[7],
                    startedAt: try row.decode(Date.self, atIndex: 8), finishedAt: try row.decode(Date?.self, atIndex: 9),
                    lastActivityAt: try row.decode(Date.self, atIndex: 10), interviewers: [], questions: [], notes: [], recommendations: [],
                    adaptiveCount: row[11]))
        }
        guard !records.isEmpty else { return [] }
        // A question's row id -> its session's place in `records` and its own place in that session.
        var questionIndex: [Int64: (record: Int, question: Int)] = [:]
        // A database not yet upgraded to v6 (opened read-only) has no crib column: its questions have none.
        let crib = try db.columns(in: "session_question").contains { $0.name == "crib" } ? "sq.crib" : "'{}'"
        try each(
            """
            SELECT sq.session_id, sq.id, sq.position, sq.question_id, sq.topic, sq.level, sq.minutes, sq.text, sq.variants, sq.points,
            sq.red_flags, sq.follow_ups, sq.rubric, sq.reused, sq.seconds_spent, \(crib), \(adaptive ? "sq.reason" : "NULL") FROM session_question sq
            JOIN session s ON s.id = sq.session_id WHERE \(filter) ORDER BY sq.session_id, sq.position
            """
        ) { q in
            guard let record = recordIndex[q[0]] else { return }
            let level: String = q[5]
            var asked = AskedQuestion(
                position: q[2],
                question: Question(
                    id: q[3], topic: q[4], level: Level(rawValue: level) ?? .senior, minutes: q[6], text: q[7],
                    variants: try SnapshotJSON.decode([String].self, q[8]), points: try SnapshotJSON.decode([String].self, q[9]),
                    redFlags: try SnapshotJSON.decode([String].self, q[10]), followUps: try SnapshotJSON.decode([FollowUp].self, q[11]),
                    crib: try SnapshotJSON.decode(CribSheet.self, q[15])),
                rubric: try SnapshotJSON.decode(Rubric.self, q[12]), reused: q[13])
            asked.level = level
            asked.reason = q[16]
            questionIndex[q[1]] = (record, records[record].questions.count)
            records[record].questions.append(QuestionRecord(asked: asked, secondsSpent: q[14]))
        }
        func update(_ questionRowID: Int64, _ interviewer: String, _ change: (inout QuestionMarks) -> Void) {
            guard let (record, question) = questionIndex[questionRowID] else { return }
            change(&records[record].questions[question].marks[interviewer, default: QuestionMarks()])
        }
        // Each mark query gives the question's row id, the interviewer's name, then its own columns.
        let scope = """
            JOIN session_question sq ON sq.id = x.session_question_id JOIN session s ON s.id = sq.session_id
            JOIN interviewer i ON i.id = x.interviewer_id WHERE \(filter)
            """
        try each("SELECT x.session_question_id, i.name, x.criterion, x.value FROM score x \(scope)") { r in
            update(r[0], r[1]) { $0.scores[r[2]] = r[3] }
        }
        try each("SELECT x.session_question_id, i.name, x.point FROM covered_point x \(scope)") { r in
            update(r[0], r[1]) { $0.covered.insert(r[2]) }
        }
        try each("SELECT x.session_question_id, i.name, x.follow_up_id, x.text, x.recorded_at FROM follow_up_asked x \(scope) ORDER BY x.id") { r in
            let date = try r.decode(Date.self, atIndex: 4)
            update(r[0], r[1]) { $0.followUps.append(AskedFollowUp(id: r[2], text: r[3], at: date)) }
        }
        try each("SELECT x.session_question_id, i.name, x.flag FROM red_flag x \(scope)") { r in
            update(r[0], r[1]) { $0.redFlags.insert(r[2]) }
        }
        try each("SELECT x.session_question_id, i.name, x.reason FROM skip x \(scope)") { r in
            update(r[0], r[1]) { $0.skipReason = r[2] }
        }
        try each(
            """
            SELECT n.session_id, n.session_question_id, i.name, n.text, n.recorded_at FROM note n JOIN session s ON s.id = n.session_id
            JOIN interviewer i ON i.id = n.interviewer_id WHERE \(filter) ORDER BY n.id
            """
        ) { r in
            let note = Note(interviewer: r[2], text: r[3], at: try r.decode(Date.self, atIndex: 4))
            if let questionRowID = r[1] as Int64? {
                update(questionRowID, r[2]) { $0.notes.append(note) }
            } else if let record = recordIndex[r[0]] {
                records[record].notes.append(note)
            }
        }
        try each(
            """
            SELECT r.session_id, i.name, r.value, r.summary, r.recorded_at FROM recommendation r JOIN session s ON s.id = r.session_id
            JOIN interviewer i ON i.id = r.interviewer_id WHERE \(filter) ORDER BY r.session_id, r.recorded_at, i.name
            """
        ) { r in
            guard let record = recordIndex[r[0]], let value = Recommendation(rawValue: r[2]) else { return }
            records[record].recommendations.append(
                RecommendationRecord(interviewer: r[1], recommendation: value, summary: r[3], at: try r.decode(Date.self, atIndex: 4)))
        }
        try each(
            """
            SELECT si.session_id, i.name FROM session_interviewer si JOIN session s ON s.id = si.session_id
            JOIN interviewer i ON i.id = si.interviewer_id WHERE \(filter) ORDER BY si.session_id, si.joined_at, i.name
            """
        ) { r in
            if let record = recordIndex[r[0]] { records[record].interviewers.append(r[1]) }
        }
        return records
    }
}
