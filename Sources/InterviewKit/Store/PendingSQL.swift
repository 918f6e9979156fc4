/// SQL that both backends run for `interview pending`; `parameter` is the backend's first
/// placeholder (`?` or `$1`), bound to the date before which an open session counts as paused.
enum PendingSQL {
    static func paused(parameter: String) -> String {
        """
        SELECT s.id, c.name AS candidate, s.last_activity_at AS since,
          (SELECT i.name FROM session_interviewer si JOIN interviewer i ON i.id = si.interviewer_id
           WHERE si.session_id = s.id ORDER BY si.joined_at, i.name LIMIT 1) AS interviewer
        FROM session s JOIN candidate c ON c.id = s.candidate_id
        WHERE s.status = 'open' AND s.last_activity_at < \(parameter)
        ORDER BY s.last_activity_at, s.id
        """
    }

    /// Every panel member of a finished session whose recommendation or summary is missing, with
    /// the time of their last score and the number of recommendations the session has.
    static let scorecards = """
        SELECT s.id, c.name AS candidate, s.finished_at AS since, i.name AS interviewer,
          (SELECT MAX(sc.recorded_at) FROM session_question sq JOIN score sc ON sc.session_question_id = sq.id
           WHERE sq.session_id = s.id AND sc.interviewer_id = si.interviewer_id) AS scored_at,
          r.value AS recommendation, r.summary, r.recorded_at AS recommended_at,
          (SELECT COUNT(*) FROM recommendation r2 WHERE r2.session_id = s.id) AS recommendations
        FROM session s JOIN candidate c ON c.id = s.candidate_id
        JOIN session_interviewer si ON si.session_id = s.id
        JOIN interviewer i ON i.id = si.interviewer_id
        LEFT JOIN recommendation r ON r.session_id = s.id AND r.interviewer_id = si.interviewer_id
        WHERE s.status = 'finished' AND (r.value IS NULL OR r.summary IS NULL OR TRIM(r.summary) = '')
        ORDER BY s.finished_at, s.id, si.joined_at, i.name
        """
}
