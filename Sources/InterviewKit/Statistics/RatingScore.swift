/// One interviewer's rating of one question (scoring.md §1): x = Σ w_c v_c / Σ w_c.
///
/// A rating is complete when every criterion of the rubric has a score; an incomplete rating has
/// no `value` (it still counts for inter-rater agreement, §4). Scores for criteria that are not
/// in the rubric are ignored.
public struct RatingScore: Sendable, Hashable {
    /// The recorded criterion scores, by criterion id.
    public let values: [String: Int]
    /// Rubric criteria without a score, in rubric order.
    public let missing: [String]
    /// The rating score, nil when the rating is incomplete.
    public let value: Double?

    public var isComplete: Bool { value != nil }

    public init(values: [String: Int], weights: [CriterionWeight]) {
        self.values = values
        self.missing = weights.map(\.criterion).filter { values[$0] == nil }
        self.value = missing.isEmpty ? Self.weightedMean(values, weights) : nil
    }

    /// The score of `values` under `weights`, or nil when a criterion is missing.
    public static func value(of values: [String: Int], weights: [CriterionWeight]) -> Double? {
        RatingScore(values: values, weights: weights).value
    }

    private static func weightedMean(_ values: [String: Int], _ weights: [CriterionWeight]) -> Double? {
        var sum = 0.0, total = 0.0
        for w in weights {
            guard let v = values[w.criterion] else { return nil }
            sum += w.weight * Double(v)
            total += w.weight
        }
        return total > 0 ? sum / total : nil
    }
}
