/// One element's estimate on the logit scale (scoring.md §9): a candidate's ability, a question's
/// difficulty or an interviewer's severity, with its model standard error and fit.
public struct FacetMeasure: Sendable, Hashable, Codable {
    public let id: String
    /// Logits: ability (higher = stronger), difficulty (higher = harder) or severity (higher =
    /// stricter).
    public let measure: Double
    /// 1 / √(∂²F/∂p²), the prior included.
    public let standardError: Double
    /// Σ(x − E)² / ΣV: 1 as the model expects, > 1.5 noisy, < 0.5 too predictable.
    public let infit: Double
    /// Mean of (x − E)² / V.
    public let outfit: Double
    /// Observations (criterion scores).
    public let count: Int
    /// Every score at the lowest score used, or every one at the highest: the estimate rests on
    /// the prior.
    public let extreme: Bool
    /// Candidates only: the expected score on an average question from an average interviewer.
    public let fair: FairScore?
    /// Candidates only: what they met, averaged over their scores.
    public let faced: Faced?

    /// The mean difficulty of the questions and severity of the interviewers a candidate met, in
    /// logits, over their scores (0 = the average question or interviewer of the fair score).
    public struct Faced: Sendable, Hashable, Codable {
        public let difficulty: Double
        public let severity: Double
    }

    init(id: String, measure: Double, standardError: Double, infit: Double, outfit: Double, count: Int, extreme: Bool,
         fair: FairScore? = nil, faced: Faced? = nil) {
        self.id = id
        self.measure = measure
        self.standardError = standardError
        self.infit = infit
        self.outfit = outfit
        self.count = count
        self.extreme = extreme
        self.fair = fair
        self.faced = faced
    }

    func renamed(_ name: String) -> FacetMeasure {
        FacetMeasure(id: name, measure: measure, standardError: standardError, infit: infit, outfit: outfit, count: count,
                     extreme: extreme, fair: fair, faced: faced)
    }
}

/// A fair score (scoring.md §9) on the rubric's scale with its 95% interval, the fair score at
/// θ ± 1.96 SE.
public struct FairScore: Sendable, Hashable, Codable {
    public let value: Double
    public let lower: Double
    public let upper: Double
}

/// A criterion's difficulty (logits, sum zero) and its weight in the fair score.
public struct CriterionMeasure: Sendable, Hashable, Codable {
    public let id: String
    public let difficulty: Double
    public let weight: Double
}
