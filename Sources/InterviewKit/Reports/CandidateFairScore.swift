/// A candidate's fair score in their report (scoring.md §9), beside the raw mean, and what moved
/// one from the other: how hard their questions and how strict their interviewers were.
public struct CandidateFairScore: Sendable, Hashable {
    public let fair: FairScore
    public let ability: Double
    public let standardError: Double
    public let extreme: Bool
    /// Score points the fair score adds for questions harder than average (negative: easier).
    public let questionEffect: Double
    /// Score points the fair score adds for interviewers stricter than average (negative: more
    /// lenient).
    public let interviewerEffect: Double
    /// The candidate shares no question or interviewer with the largest group of candidates.
    public let disconnected: Bool
    /// The raw mean the report shows beside it, so that the explanation can say how much of the
    /// gap the draw does not account for; nil when there is none.
    public var rawMean: Double?

    /// Nil when the fit does not know the candidate (no finished scores).
    public init?(_ fit: FacetFit, candidate: String) {
        guard let measure = fit.candidate(candidate), let fair = measure.fair, let faced = measure.faced else { return nil }
        self.init(
            fairScore: fit.fairScore, fair: fair, ability: measure.measure, standardError: measure.standardError, extreme: measure.extreme,
            faced: faced, disconnected: (fit.subset(of: candidate) ?? 0) > 0)
    }

    /// A candidate estimated against a ``FacetAnchor``: the fair score and its interval at θ ± 1.96 SE.
    init(anchor: FacetAnchor, ability: Double, standardError: Double, extreme: Bool, faced: FacetMeasure.Faced, disconnected: Bool) {
        let fair = FairScore(
            value: anchor.fairScore(ability: ability), lower: anchor.fairScore(ability: ability - 1.96 * standardError),
            upper: anchor.fairScore(ability: ability + 1.96 * standardError))
        self.init(
            fairScore: anchor.fairScore, fair: fair, ability: ability, standardError: standardError, extreme: extreme, faced: faced,
            disconnected: disconnected)
    }

    private init(
        fairScore: (Double) -> Double, fair: FairScore, ability: Double, standardError: Double, extreme: Bool, faced: FacetMeasure.Faced,
        disconnected: Bool
    ) {
        self.fair = fair
        self.ability = ability
        self.standardError = standardError
        self.extreme = extreme
        let atFair = fairScore(ability)
        questionEffect = atFair - fairScore(ability - faced.difficulty)
        interviewerEffect = atFair - fairScore(ability - faced.severity)
        self.disconnected = disconnected
    }

    /// One sentence on what separates the fair score from the raw mean: the questions drawn, the
    /// interviewers met, and (with ``rawMean``) the rest when it is 0.05 points or more.
    public var explanation: String {
        func part(_ effect: Double, harder: String, easier: String, even: String) -> String {
            guard abs(effect) >= 0.05 else { return even }
            return "\(effect > 0 ? harder : easier) (\(NumberText.fixed(effect, places: 2, plus: true)))"
        }
        var text = part(questionEffect, harder: "drew harder questions than average", easier: "drew easier questions than average",
                        even: "questions of about average difficulty")
            + ", " + part(interviewerEffect, harder: "interviewers stricter than average", easier: "interviewers more lenient than average",
                          even: "interviewers of about average severity")
        // What the draw does not explain: the model's own reading of the same scores (every
        // criterion score counts, the prior, the curve of the scale), not who asked what.
        if let rawMean {
            let rest = fair.value - rawMean - questionEffect - interviewerEffect
            if abs(rest) >= 0.05 {
                text += "; the remaining \(NumberText.fixed(rest, places: 2, plus: true)) comes from how the model reads the same scores"
                    + " (every criterion score counts, the prior, the curve of the scale), not from the draw"
            }
        }
        if extreme { text += "; every score at one end of the scale, so the estimate leans on the prior" }
        if disconnected { text += "; shares no question or interviewer with most candidates, so comparisons with them rest on the priors" }
        return text + "."
    }

    /// "3.21 [2.95, 3.44]".
    public var text: String {
        "\(NumberText.fixed(fair.value, places: 2)) [\(NumberText.fixed(fair.lower, places: 2)), \(NumberText.fixed(fair.upper, places: 2))]"
    }
}
