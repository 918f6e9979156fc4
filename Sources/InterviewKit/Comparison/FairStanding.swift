/// A candidate's fair score in a comparison (scoring.md §9): the expected score on an average
/// question from an average interviewer, with its 95% interval, and the ability behind it.
public struct FairStanding: Sendable, Hashable, Encodable {
    public var score: Double
    public var lower: Double
    public var upper: Double
    /// θ and its SE, in logits.
    public var ability: Double
    public var se: Double
    /// Every score at the bottom or the top: the estimate rests on the prior.
    public var extreme: Bool
    /// The connected subset (1 = the largest); candidates of different subsets compare only
    /// through the priors.
    public var subset: Int

    init?(_ fit: FacetFit, candidate: String) {
        guard let measure = fit.candidate(candidate), let fair = measure.fair else { return nil }
        score = fair.value
        lower = fair.lower
        upper = fair.upper
        ability = measure.measure
        se = measure.standardError
        extreme = measure.extreme
        subset = (fit.subset(of: candidate) ?? 0) + 1
    }

    /// "3.21 [2.95, 3.44]".
    public var text: String {
        "\(NumberText.fixed(score, places: 2)) [\(NumberText.fixed(lower, places: 2)), \(NumberText.fixed(upper, places: 2))]"
            + (extreme ? " (extreme)" : "")
    }
}
