/// The ratings of one question as its criterion values arrive one by one (scoring.md §1): per
/// interviewer, the criteria scored, Σ w·v and Σ w, summed in the order the values come (a
/// store's key order, as SQL sums them). A rating is complete when it scores every criterion of
/// the rubric; its score is Σ w·v / Σ w.
struct RatingSums<Rater: Equatable> {
    private var sums: [(rater: Rater, count: Int, weighted: Double, weights: Double)] = []

    mutating func add(_ rater: Rater, value: Int, weight: Double) {
        if let at = sums.firstIndex(where: { $0.rater == rater }) {
            sums[at].count += 1
            sums[at].weighted += Double(value) * weight
            sums[at].weights += weight
        } else {
            sums.append((rater, 1, Double(value) * weight, weight))
        }
    }

    /// Each complete rating of a rubric of `criteria` criteria, in the order `by` sorts raters.
    mutating func forEachComplete(criteria: Int, by order: (Rater, Rater) -> Bool, _ body: (_ rater: Rater, _ score: Double) -> Void) {
        sums.sort { order($0.rater, $1.rater) }
        for sum in sums where sum.count == criteria && sum.weights > 0 { body(sum.rater, sum.weighted / sum.weights) }
    }

    mutating func removeAll() { sums.removeAll(keepingCapacity: true) }
}
