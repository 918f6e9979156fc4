/// Each question of each session scored: the mean of its complete ratings (scoring.md §1, §3),
/// gathered from a pass over the scores (``AnalyticsStore/forEachScore(_:)``), in which the scores
/// of one question of a session come together.
struct SessionQuestionScores {
    /// Session -> question id -> score.
    private(set) var scores: [Int64: [String: Double]] = [:]
    /// The question being added: its row, session, id and number of criteria.
    private var question: (row: Int64, session: Int64, id: String, criteria: Int)?
    /// The current question's interviewers: number, name, criteria scored, Σ w·v, Σ w.
    private var raters: [(number: Int64, name: String, count: Int, weighted: Double, weights: Double)] = []

    mutating func add(_ row: ScoreRow) {
        if row.questionRow != question?.row { flush(next: row) }
        let value = Double(row.value) * row.weight
        if let at = raters.firstIndex(where: { $0.number == row.interviewerNumber }) {
            raters[at].count += 1
            raters[at].weighted += value
            raters[at].weights += row.weight
        } else {
            raters.append((row.interviewerNumber, row.interviewer, 1, value, row.weight))
        }
    }

    /// The scores of every question added.
    consuming func finish() -> [Int64: [String: Double]] {
        flush(next: nil)
        return scores
    }

    /// The current question's complete ratings (every criterion of its rubric scored), averaged
    /// in the order of their interviewers' names; then `next`'s question is the current one.
    private mutating func flush(next: ScoreRow?) {
        defer {
            question = next.map { ($0.questionRow, $0.session, $0.questionID, $0.criteria) }
            raters.removeAll(keepingCapacity: true)
        }
        guard let question else { return }
        raters.sort { $0.name < $1.name }
        var total = 0.0, complete = 0
        for rater in raters where rater.count == question.criteria && rater.weights > 0 {
            total += rater.weighted / rater.weights
            complete += 1
        }
        if complete > 0 { scores[question.session, default: [:]][question.id] = total / Double(complete) }
    }
}
