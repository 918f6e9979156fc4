/// Each question of each session scored: the mean of its complete ratings (scoring.md §1, §3),
/// gathered from a pass over the scores (``AnalyticsStore/forEachScore(_:)``), in which the scores
/// of one question of a session come together.
struct SessionQuestionScores {
    /// Session -> question id -> score.
    private(set) var scores: [Int64: [String: Double]] = [:]
    private var current: ScoreRow?
    /// The current question's interviewers: number, name, criteria scored, Σ w·v, Σ w.
    private var raters: [(number: Int64, name: String, count: Int, weighted: Double, weights: Double)] = []

    mutating func add(_ row: ScoreRow) {
        if row.questionRow != current?.questionRow { flush() }
        if current == nil { current = row }
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
        flush()
        return scores
    }

    /// The question's complete ratings (every criterion of its rubric scored), averaged in the
    /// order of their interviewers' names.
    private mutating func flush() {
        defer {
            current = nil
            raters.removeAll(keepingCapacity: true)
        }
        guard let question = current else { return }
        let complete = raters.filter { $0.count == question.criteria && $0.weights > 0 }.sorted { $0.name < $1.name }
        guard !complete.isEmpty else { return }
        let total = complete.reduce(0) { $0 + $1.weighted / $1.weights }
        scores[question.session, default: [:]][question.questionID] = total / Double(complete.count)
    }
}
