/// Each question of each session scored: the mean of its complete ratings (scoring.md §1, §3),
/// gathered from a pass over the scores (``AnalyticsStore/forEachScore(_:)``), in which the scores
/// of one question of a session come together.
struct SessionQuestionScores {
    /// Session -> question id -> score.
    private var scores: [Int64: [String: Double]] = [:]
    /// The question being added: its row, session, id and number of criteria.
    private var question: (row: Int64, session: Int64, id: String, criteria: Int)?
    /// The current question's ratings, by interviewer name.
    private var ratings = RatingSums<String>()

    mutating func add(_ row: ScoreRow) {
        if row.questionRow != question?.row { flush(next: row) }
        ratings.add(row.interviewer, value: row.value, weight: row.weight)
    }

    /// The scores of every question added.
    consuming func finish() -> [Int64: [String: Double]] {
        flush(next: nil)
        return scores
    }

    /// The current question's complete ratings averaged in the order of their interviewers'
    /// names; then `next`'s question is the current one.
    private mutating func flush(next: ScoreRow?) {
        defer {
            question = next.map { ($0.questionRow, $0.session, $0.questionID, $0.criteria) }
            ratings.removeAll()
        }
        guard let question else { return }
        var total = 0.0, complete = 0
        ratings.forEachComplete(criteria: question.criteria, by: <) { _, score in
            total += score
            complete += 1
        }
        if complete > 0 { scores[question.session, default: [:]][question.id] = total / Double(complete) }
    }
}
