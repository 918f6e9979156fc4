/// SQL that both backends run for the list of sessions.
enum SessionSQL {
    /// One row per session with its candidate, status, times, number of questions and of questions
    /// with a complete rating: the columns of ``SessionSummary``; the caller adds the conditions.
    static let summaries = select(scored: """
        (SELECT COUNT(*) FROM session_question sq WHERE sq.session_id = s.id AND EXISTS (
           SELECT 1 FROM score sc WHERE sc.session_question_id = sq.id
           GROUP BY sc.interviewer_id HAVING COUNT(*) = sq.criteria_count))
        """)

    /// The same rows from the scored mark that SQLite's triggers keep on each drawn question
    /// (migration v7), read from an index: `summaries` counts every score of the database.
    static let markedSummaries = select(scored: "(SELECT COUNT(*) FROM session_question sq WHERE sq.session_id = s.id AND sq.scored = 1)")

    private static func select(scored: String) -> String {
        """
        SELECT s.id, c.name AS candidate, s.blueprint_id, s.status, s.started_at, s.finished_at,
          (SELECT COUNT(*) FROM session_question sq WHERE sq.session_id = s.id) AS questions,
          \(scored) AS scored
        FROM session s JOIN candidate c ON c.id = s.candidate_id
        """
    }
}
