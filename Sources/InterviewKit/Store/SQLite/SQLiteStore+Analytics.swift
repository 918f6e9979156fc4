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

    public func forEachCriterionValue(_ body: (CriterionValueRow) -> Void) throws(StoreError) {
        try read { db in
            // CROSS JOIN keeps SQLite from reading the scores by interviewer and sorting them all:
            // the questions come in the order of their (session, question) index, which also holds
            // the criteria count (v5), and each one's scores by its primary key, with no sort.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT sq.session_id, sq.question_id, sc.criterion, i.name, sc.value, sc.weight, sq.criteria_count
                    FROM session_question sq CROSS JOIN score sc ON sc.session_question_id = sq.id JOIN interviewer i ON i.id = sc.interviewer_id
                    ORDER BY sq.session_id, sq.question_id
                    """)
            // Each row is handed over and dropped: nothing is kept to share strings with.
            while let row = try rows.next() {
                body(CriterionValueRow(session: row[0], questionID: row[1], criterion: row[2], interviewer: row[3], value: row[4], weight: row[5], criteria: row[6]))
            }
        }
    }

    public func forEachFacetScore(_ body: (FacetScoreRow) -> Void) throws(StoreError) {
        try read { db in
            var interviewers: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM interviewer") { interviewers[row[0]] = row[1] }
            // Every score, some of unfinished sessions: room for the caller to reserve (an index count).
            let expectedRows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM score") ?? 0
            // Two scans in the order of the question's row id, merged here instead of joined in
            // SQL: the finished sessions' questions (each question id read once, not once per
            // score), and the scores in their primary key's order. Joined, SQLite searched the
            // scores once per question and read the question's text per score.
            let questions = try Row.fetchCursor(
                db,
                sql: """
                    SELECT sq.id, s.candidate_id, sq.question_id, sq.scale_lo, sq.scale_hi
                    FROM session_question sq CROSS JOIN session s ON s.id = sq.session_id
                    WHERE s.status = 'finished' ORDER BY sq.id
                    """)
            let scores = try Row.fetchCursor(
                db, sql: "SELECT session_question_id, interviewer_id, criterion, value, weight FROM score ORDER BY session_question_id")
            var questionCodes = FacetScoreCodes(), criterionCodes = FacetScoreCodes()
            struct Question {
                let id: Int64, candidate: Int64, questionID: String, number: Int64, scale: ScoreScale
            }
            func nextQuestion() throws -> Question? {
                guard let row = try questions.next() else { return nil }
                let lo: Int = row[3], hi: Int = row[4]
                let (number, questionID) = questionCodes.code(row[2])
                return Question(id: row[0], candidate: row[1], questionID: questionID, number: number, scale: ScoreScale(lo: lo, hi: hi))
            }
            var question = try nextQuestion()
            var interviewer: (id: Int64, name: String) = (-1, "")
            while let row = try scores.next() {
                let questionRow: Int64 = row[0]
                while let current = question, current.id < questionRow { question = try nextQuestion() }
                guard let question, question.id == questionRow else { continue }  // an unfinished session's
                let interviewerID: Int64 = row[1]
                if interviewerID != interviewer.id { interviewer = (interviewerID, interviewers[interviewerID] ?? "#\(interviewerID)") }
                let (criterionNumber, criterion) = criterionCodes.code(row[2])
                body(FacetScoreRow(candidate: question.candidate, questionID: question.questionID, questionNumber: question.number,
                                   interviewer: interviewer.name, interviewerNumber: interviewer.id,
                                   criterion: criterion, criterionNumber: criterionNumber, value: row[3], weight: row[4],
                                   scale: question.scale, expectedRows: expectedRows))
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
            let rows = try Row.fetchCursor(db, sql: "SELECT session_id, question_id FROM session_question ORDER BY session_id, position")
            while let row = try rows.next() { result[row[0], default: []].append(row[1]) }
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
