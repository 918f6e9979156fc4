/// Why a fair-score fit could not be made, or could not be trusted.
public enum FacetFitError: InterviewError, Equatable {
    /// No ratings at all.
    case noRatings
    /// A score outside the scale.
    case scoreOutOfScale(score: Int, lo: Int, hi: Int)
    /// Fewer than two score categories were used: nothing separates anyone.
    case tooFewCategories(observed: [Int])
    /// A category between the lowest and highest score used never occurs, so its threshold has no
    /// finite estimate.
    case unusedCategory(score: Int, lowest: Int, highest: Int)
    /// A prior's standard deviation that is not a positive number.
    case badPrior(name: String, value: Double)
    /// A criterion weight that is not a positive number.
    case badWeight(criterion: String, value: Double)
    /// The Newton iterations stopped before every gradient was below the tolerance.
    case notConverged(iterations: Int, gradient: Double)

    public var description: String {
        switch self {
        case .noRatings:
            return "no ratings to fit"
        case let .scoreOutOfScale(score, lo, hi):
            return "score \(score) is outside the scale \(lo)-\(hi)"
        case let .tooFewCategories(observed):
            let used = observed.map(String.init).joined(separator: ", ")
            return "every rating has the same score (\(used)): the model needs at least two score categories"
        case let .unusedCategory(score, lowest, highest):
            return "score \(score) is never used between \(lowest) and \(highest): the model needs every category in that range"
        case let .badPrior(name, value):
            return "the prior \(name) must be a positive number of logits, not \(value)"
        case let .badWeight(criterion, value):
            return "criterion \(criterion): weight must be a positive number, not \(value)"
        case let .notConverged(iterations, gradient):
            return "the fit did not converge after \(iterations) iterations (largest gradient \(gradient), needs < 1e-6); no estimates shown"
        }
    }
}
