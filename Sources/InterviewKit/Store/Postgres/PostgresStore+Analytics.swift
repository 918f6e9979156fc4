#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore: AnalyticsStore {
    /// The filter's values, bound as `$1` candidates, `$2` blueprint, `$3` since (each NULL when unset).
    static func bindings(_ filter: SessionFilter) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(filter.candidates)
        binds.append(filter.blueprint)
        binds.append(filter.since?.stamp)
        return binds
    }

    /// The `WHERE` clause for a filter over `s` (session) and `c` (candidate), on ``bindings(_:)``.
    static let conditions = """
        WHERE ($1::TEXT[] IS NULL OR c.name = ANY($1::TEXT[]))
          AND ($2::TEXT IS NULL OR s.blueprint_id = $2::TEXT)
          AND ($3::TIMESTAMPTZ IS NULL OR s.started_at >= $3::TIMESTAMPTZ)
        """

    public func sessionsRecommended(by interviewer: String) throws(StoreError) -> Set<Int64> {
        try read { db in
            Set(
                try db.values(
                    Int64.self,
                    "SELECT r.session_id FROM recommendation r JOIN interviewer i ON i.id = r.interviewer_id WHERE i.name = \(interviewer)"))
        }
    }

    /// Streams the ratings as the server sends them (a million rows for 100,000 sessions), with
    /// repeated names shared, as the SQLite store does.
    public func forEachRating(_ filter: SessionFilter, _ body: (RatingRow) -> Void) throws(StoreError) {
        try read { db in
            var strings = StringInterner()
            try db.forEach(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT s.id, c.name, s.blueprint_id, sq.question_id, sq.topic, i.name, r.score, s.status, s.started_at, sq.scale_lo, sq.scale_hi
                        FROM \(AnalyticsSQL.completeRatings)
                        JOIN session s ON s.id = sq.session_id
                        JOIN candidate c ON c.id = s.candidate_id
                        JOIN interviewer i ON i.id = r.interviewer_id
                        \(Self.conditions)
                        ORDER BY s.started_at, s.id, sq.position, i.name COLLATE "C"
                        """, binds: Self.bindings(filter))
            ) { row in
                let (session, candidate, blueprint, question, topic, interviewer, score, status, startedAt, lo, hi) = try row.decode(
                    (Int64, String, String, String, String, String, Double, String, Date, Int, Int).self)
                body(
                    RatingRow(
                        session: session, candidate: strings[candidate], blueprint: strings[blueprint], questionID: strings[question],
                        topic: strings[topic], interviewer: strings[interviewer], score: score, finished: status == "finished",
                        startedAt: startedAt.millisecondPrecision, scale: lo...max(hi, lo + 1)))
            }
        }
    }

    public func forEachQuestionScore(_ filter: SessionFilter, _ body: (QuestionScoreRow) -> Void) throws(StoreError) {
        try read { db in
            // The planner underestimates the complete ratings a thousandfold and hands the whole
            // score aggregation to every parallel worker again: one process does it once.
            try db.query("SET LOCAL max_parallel_workers_per_gather = 0")
            var strings = StringInterner()
            try db.forEach(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT c.name, sq.topic, AVG(r.score)
                        FROM \(AnalyticsSQL.completeRatings)
                        JOIN session s ON s.id = sq.session_id
                        JOIN candidate c ON c.id = s.candidate_id
                        \(Self.conditions) AND s.status = 'finished'
                        GROUP BY sq.id, c.name ORDER BY sq.id
                        """, binds: Self.bindings(filter))
            ) { row in
                let (candidate, topic, score) = try row.decode((String, String, Double).self)
                body(QuestionScoreRow(candidate: strings[candidate], topic: strings[topic], score: score))
            }
        }
    }

    public func forEachScore(_ body: (ScoreRow) -> Void) throws(StoreError) {
        try read { db in
            var questionCodes = TextCodes(), criterionCodes = TextCodes()
            try db.forEach(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT sq.id, sq.session_id, s.candidate_id, s.status = 'finished', sq.question_id, sq.criteria_count,
                          sq.scale_lo, sq.scale_hi, sc.interviewer_id, i.name, sc.criterion, sc.value, sc.weight
                        FROM session_question sq JOIN session s ON s.id = sq.session_id JOIN score sc ON sc.session_question_id = sq.id
                        JOIN interviewer i ON i.id = sc.interviewer_id
                        ORDER BY sq.id
                        """, binds: PostgresBindings())
            ) { row in
                let (questionRow, session, candidate, finished, question, criteria, lo, hi, interviewerID, interviewer, criterion, value, weight) =
                    try row.decode((Int64, Int64, Int64, Bool, String, Int, Int, Int, Int64, String, String, Int, Double).self)
                let (questionNumber, questionID) = questionCodes.code(question)
                let (criterionNumber, criterionName) = criterionCodes.code(criterion)
                body(ScoreRow(session: session, questionRow: questionRow, candidate: candidate, finished: finished,
                              questionID: questionID, questionNumber: questionNumber, interviewer: interviewer, interviewerNumber: interviewerID,
                              criterion: criterionName, criterionNumber: criterionNumber, value: value, weight: weight, criteria: criteria,
                              scale: ScoreScale(lo: lo, hi: hi)))
            }
        }
    }

    public func candidateNames() throws(StoreError) -> [Int64: String] {
        try read { db in
            var names: [Int64: String] = [:]
            for row in try db.query("SELECT id, name FROM candidate") {
                names[try row[0].decode(Int64.self)] = try row[1].decode(String.self)
            }
            return names
        }
    }

    public func dataVersion() throws(StoreError) -> DataVersion? { nil }

    public func drawnQuestions() throws(StoreError) -> [Int64: [String]] {
        try read { db in
            var result: [Int64: [String]] = [:]
            for row in try db.query("SELECT session_id, question_id FROM session_question ORDER BY session_id, position") {
                result[try row[0].decode(Int64.self), default: []].append(try row[1].decode(String.self))
            }
            return result
        }
    }

    public func recommendations(_ filter: SessionFilter) throws(StoreError) -> [String: [Recommendation]] {
        try read { db in
            var result: [String: [Recommendation]] = [:]
            for row in try db.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT c.name, r.value FROM recommendation r JOIN session s ON s.id = r.session_id
                        JOIN candidate c ON c.id = s.candidate_id \(Self.conditions) ORDER BY s.started_at, r.recorded_at
                        """, binds: Self.bindings(filter)))
            {
                if let value = Recommendation(rawValue: try row[1].decode(String.self)) {
                    result[try row[0].decode(String.self), default: []].append(value)
                }
            }
            return result
        }
    }

    public func participation(_ filter: SessionFilter) throws(StoreError) -> [String: (sessions: Int, interviewers: [String])] {
        try read { db in
            var result: [String: (sessions: Int, interviewers: [String])] = [:]
            for row in try db.query(
                PostgresQuery(
                    unsafeSQL: "SELECT c.name, COUNT(*) FROM session s JOIN candidate c ON c.id = s.candidate_id \(Self.conditions) GROUP BY c.name",
                    binds: Self.bindings(filter)))
            {
                result[try row[0].decode(String.self)] = (try row[1].decode(Int.self), [])
            }
            for row in try db.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT DISTINCT c.name COLLATE "C" AS candidate, i.name COLLATE "C" AS interviewer FROM session s
                        JOIN candidate c ON c.id = s.candidate_id
                        JOIN session_interviewer si ON si.session_id = s.id JOIN interviewer i ON i.id = si.interviewer_id
                        \(Self.conditions) ORDER BY 1, 2
                        """, binds: Self.bindings(filter)))
            {
                result[try row[0].decode(String.self), default: (0, [])].interviewers.append(try row[1].decode(String.self))
            }
            return result
        }
    }
}
#endif
