/// SQL that both backends run for the list of sessions.
enum SessionSQL {
    /// One row per session with its candidate, status, times, number of questions and of questions
    /// with a complete rating, and an adaptive session's planned count (`planned`: the column, or
    /// NULL where the schema has none): the columns of ``SessionSummary``; the caller adds the conditions.
    static func summaries(planned: String = "s.adaptive_count") -> String {
        select(scored: """
        (SELECT COUNT(*) FROM session_question sq WHERE sq.session_id = s.id AND EXISTS (
           SELECT 1 FROM score sc WHERE sc.session_question_id = sq.id
           GROUP BY sc.interviewer_id HAVING COUNT(*) = sq.criteria_count))
        """, planned: planned)
    }

    /// The same rows from the scored mark that SQLite's triggers keep on each drawn question
    /// (migration v7), read from an index: `summaries` counts every score of the database.
    static func markedSummaries(planned: String) -> String {
        select(scored: "(SELECT COUNT(*) FROM session_question sq WHERE sq.session_id = s.id AND sq.scored = 1)", planned: planned)
    }

    private static func select(scored: String, planned: String) -> String {
        """
        SELECT s.id, c.name AS candidate, s.blueprint_id, s.status, s.started_at, s.finished_at,
          (SELECT COUNT(*) FROM session_question sq WHERE sq.session_id = s.id) AS questions,
          \(scored) AS scored, \(planned) AS planned
        FROM session s JOIN candidate c ON c.id = s.candidate_id
        """
    }
}
