import Foundation
import GRDB

extension SQLiteStore: AnalyticsStore {
    /// `WHERE` conditions and arguments for a filter over `s` (session) and `c` (candidate).
    static func conditions(_ filter: SessionFilter) throws -> (sql: String, arguments: StatementArguments) {
        var parts: [String] = []
        var arguments: StatementArguments = []
        if let candidates = filter.candidates {
            parts.append("c.name IN (SELECT value FROM json_each(?))")
            arguments += [try SnapshotJSON.encode(candidates)]
        }
        if let blueprint = filter.blueprint {
            parts.append("s.blueprint_id = ?")
            arguments += [blueprint]
        }
        if let since = filter.since {
            parts.append("s.started_at >= ?")
            arguments += [since]
        }
        return (parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND "), arguments)
    }

    public func forEachRating(_ filter: SessionFilter, _ body: (RatingRow) -> Void) throws(StoreError) {
        try read { db in
            let (conditions, arguments) = try Self.conditions(filter)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.id AS session, c.name AS candidate, s.blueprint_id, sq.question_id, sq.topic, i.name AS interviewer,
                      r.score, s.status, s.started_at, sq.scale_lo, sq.scale_hi
                    FROM \(AnalyticsSQL.completeRatings)
                    JOIN session s ON s.id = sq.session_id
                    JOIN candidate c ON c.id = s.candidate_id
                    JOIN interviewer i ON i.id = r.interviewer_id
                    \(conditions)
                    ORDER BY s.started_at, s.id, sq.position, i.name
                    """, arguments: arguments)
            // A million ratings name a few thousand questions, topics and people: one string each
            // instead of one per row keeps `compare --all` on 100,000 sessions within its memory budget.
            var strings = StringInterner()
            while let row = try rows.next() {
                let lo: Int = row["scale_lo"], hi: Int = row["scale_hi"]
                body(
                    RatingRow(
                        session: row["session"], candidate: strings[row["candidate"]], blueprint: strings[row["blueprint_id"]],
                        questionID: strings[row["question_id"]], topic: strings[row["topic"]], interviewer: strings[row["interviewer"]],
                        score: row["score"], finished: row["status"] == "finished", startedAt: row["started_at"], scale: lo...max(hi, lo + 1)))
            }
        }
    }

    public func forEachQuestionScore(_ filter: SessionFilter, _ body: (QuestionScoreRow) -> Void) throws(StoreError) {
        try read { db in
            let (conditions, arguments) = try Self.conditions(filter)
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.name, sq.topic, AVG(r.score)
                    FROM \(AnalyticsSQL.completeRatings)
                    JOIN session s ON s.id = sq.session_id
                    JOIN candidate c ON c.id = s.candidate_id
                    \(conditions.isEmpty ? "WHERE" : conditions + " AND") s.status = 'finished'
                    GROUP BY sq.id ORDER BY sq.id
                    """, arguments: arguments)
            var strings = StringInterner()
            while let row = try rows.next() {
                body(QuestionScoreRow(candidate: strings[row[0]], topic: strings[row[1]], score: row[2]))
            }
        }
    }

    public func sessionsRecommended(by interviewer: String) throws(StoreError) -> Set<Int64> {
        try read { db in
            Set(
                try Int64.fetchAll(
                    db, sql: "SELECT r.session_id FROM recommendation r JOIN interviewer i ON i.id = r.interviewer_id WHERE i.name = ?",
                    arguments: [interviewer]))
        }
    }

    public func forEachScore(_ body: (ScoreRow) -> Void) throws(StoreError) {
        try read { db in
            var interviewers: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM interviewer") { interviewers[row[0]] = row[1] }
            // Every score: room for the caller to reserve (an index count).
            let expectedRows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM score") ?? 0
            // Two scans in the order of the question's row id, merged here instead of joined in
            // SQL: the questions (each question id read once, not once per score), and the scores
            // in their primary key's order. Joined, SQLite searched the scores once per question
            // and read the question's text per score.
            let questions = try SQLiteRawRows(
                db,
                sql: """
                    SELECT sq.id, sq.session_id, s.candidate_id, s.status = 'finished', sq.question_id, sq.criteria_count,
                      sq.scale_lo, sq.scale_hi
                    FROM session_question sq CROSS JOIN session s ON s.id = sq.session_id ORDER BY sq.id
                    """)
            let scores = try SQLiteRawRows(
                db, sql: "SELECT session_question_id, interviewer_id, criterion, value, weight FROM score ORDER BY session_question_id")
            var questionCodes = TextCodes(), criterionCodes = TextCodes()
            struct Question {
                let row: Int64, session: Int64, candidate: Int64, finished: Bool, questionID: String, number: Int64, criteria: Int
                let scale: ScoreScale
            }
            func nextQuestion() throws -> Question? {
                guard try questions.step() else { return nil }
                let (number, questionID) = questions.withText(4) { questionCodes.code(bytes: $0) }
                return Question(row: questions.int64(0), session: questions.int64(1), candidate: questions.int64(2), finished: questions.int(3) != 0,
                                questionID: questionID, number: number, criteria: questions.int(5),
                                scale: ScoreScale(lo: questions.int(6), hi: questions.int(7)))
            }
            var question = try nextQuestion()
            var interviewer: (id: Int64, name: String) = (-1, "")
            while try scores.step() {
                let questionRow = scores.int64(0)
                while let current = question, current.row < questionRow { question = try nextQuestion() }
                guard let question, question.row == questionRow else { continue }
                let interviewerID = scores.int64(1)
                if interviewerID != interviewer.id { interviewer = (interviewerID, interviewers[interviewerID] ?? "#\(interviewerID)") }
                let (criterionNumber, criterion) = scores.withText(2) { criterionCodes.code(bytes: $0) }
                body(ScoreRow(session: question.session, questionRow: question.row, candidate: question.candidate, finished: question.finished,
                              questionID: question.questionID, questionNumber: question.number,
                              interviewer: interviewer.name, interviewerNumber: interviewer.id,
                              criterion: criterion, criterionNumber: criterionNumber, value: scores.int(3), weight: scores.double(4),
                              criteria: question.criteria, scale: question.scale, expectedRows: expectedRows))
            }
        }
    }

    public func candidateNames() throws(StoreError) -> [Int64: String] {
        try read { db in
            var names: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM candidate")
            while let row = try rows.next() { names[row[0]] = row[1] }
            return names
        }
    }

    public func dataVersion() throws(StoreError) -> DataVersion? {
        try read { db in
            guard try db.tableExists("data_version"), let row = try Row.fetchOne(db, sql: "SELECT token, version FROM data_version WHERE id = 1")
            else { return nil }
            return DataVersion(token: row[0], version: row[1])
        }
    }

    public func drawnQuestions() throws(StoreError) -> [Int64: [String]] {
        try read { db in
            var result: [Int64: [String]] = [:]
            // A few hundred question ids over every session: each decoded once and shared.
            var ids = TextCodes()
            let rows = try SQLiteRawRows(db, sql: "SELECT session_id, question_id FROM session_question ORDER BY session_id, position")
            while try rows.step() {
                let id = rows.withText(1) { ids.code(bytes: $0).text }
                result[rows.int64(0), default: []].append(id)
            }
            return result
        }
    }

    public func recommendations(_ filter: SessionFilter) throws(StoreError) -> [String: [Recommendation]] {
        try read { db in
            let (conditions, arguments) = try Self.conditions(filter)
            var result: [String: [Recommendation]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT c.name, r.value FROM recommendation r JOIN session s ON s.id = r.session_id
                    JOIN candidate c ON c.id = s.candidate_id \(conditions) ORDER BY s.started_at, r.recorded_at
                    """, arguments: arguments)
            {
                if let value = Recommendation(rawValue: row[1]) { result[row[0], default: []].append(value) }
            }
            return result
        }
    }

    public func participation(_ filter: SessionFilter) throws(StoreError) -> [String: (sessions: Int, interviewers: [String])] {
        try read { db in
            let (conditions, arguments) = try Self.conditions(filter)
            var result: [String: (sessions: Int, interviewers: [String])] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT c.name, COUNT(*) FROM session s JOIN candidate c ON c.id = s.candidate_id \(conditions) GROUP BY c.name",
                arguments: arguments)
            {
                result[row[0]] = (row[1], [])
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT c.name, i.name FROM session s JOIN candidate c ON c.id = s.candidate_id
                    JOIN session_interviewer si ON si.session_id = s.id JOIN interviewer i ON i.id = si.interviewer_id
                    \(conditions) ORDER BY c.name, i.name
                    """, arguments: arguments)
            {
                result[row[0], default: (0, [])].interviewers.append(row[1])
            }
            return result
        }
    }
}
