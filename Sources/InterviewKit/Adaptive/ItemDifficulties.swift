/// Everything adaptive selection needs of the rating-scale model (scoring.md §9), with the
/// candidate's ability left free: each question's difficulty δ, the criteria's difficulties γ and
/// weights, the thresholds τ and the interviewers' severities λ.
///
/// A question's δ comes from a ``FacetFit`` when the fit measured it to within
/// `maximumStandardError` (0.5 logits by default); otherwise from a prior by level
/// (``levelPriors``): junior −1, intermediate −0.5, senior 0, staff +0.5 logits, and 0 for a
/// level it does not name. τ and γ come from the fit when its categories span the rubric's scale;
/// without a fit τ = (−1.4, 0.1, 1.3) on a four-point scale (FacetSimulator's truth) and every
/// γ = 0, with the rubric's weights. λ is the fit's severity, 0 for an interviewer it does not
/// know.
public struct ItemDifficulties: Sendable {
    /// A rubric criterion: its difficulty γ (logits) and its weight (the weights sum to 1).
    public struct Criterion: Sendable, Hashable {
        public var id: String
        public var difficulty: Double
        public var weight: Double

        public init(id: String, difficulty: Double = 0, weight: Double) {
            self.id = id
            self.difficulty = difficulty
            self.weight = weight
        }
    }

    /// Where a question's difficulty comes from.
    public enum Source: Sendable, Hashable {
        /// The fit's measure, with its standard error.
        case fit(standardError: Double)
        /// The prior of the question's level.
        case level
    }

    /// Prior difficulty by level id, logits: a step of half a logit per level, senior at 0.
    public static let levelPriors: [String: Double] = ["junior": -1, "intermediate": -0.5, "senior": 0, "staff": 0.5]
    /// A fitted difficulty with a larger standard error gives way to the level prior.
    public static let defaultMaximumStandardError = 0.5

    /// The rubric's scale, lo...hi.
    public let scale: ClosedRange<Int>
    /// τ_1..τ_K, K = hi − lo (sum zero).
    public let thresholds: [Double]
    /// In rubric order.
    public let criteria: [Criterion]
    /// The mean severity of the panel that asks the next question (0 for an empty panel).
    public let panelSeverity: Double

    private let fitted: [String: (measure: Double, standardError: Double)]
    private let severities: [String: Double]
    private let criterionIndex: [String: Int]
    let model: RatingScaleModel

    /// The difficulties of a fit, falling back to the level priors and default thresholds.
    /// - Parameters:
    ///   - fit: the database's fair-score fit, or `nil` for none (every question at its level's
    ///     prior, default τ, γ = 0).
    ///   - rubric: the session's rubric: its scale, criteria and weights.
    ///   - panel: the interviewers of the session, whose mean severity applies to the next question.
    ///   - maximumStandardError: the largest SE of a fitted difficulty that is used.
    public init(fit: FacetFit?, rubric: Rubric, panel: [String] = [], maximumStandardError: Double = defaultMaximumStandardError) {
        let total = rubric.criteria.reduce(0) { $0 + max($1.weight, 0) }
        let fittedCriteria = Dictionary((fit?.criteria ?? []).map { ($0.id, $0.difficulty) }, uniquingKeysWith: { first, _ in first })
        let criteria = rubric.criteria.map { criterion in
            Criterion(id: criterion.id, difficulty: fittedCriteria[criterion.id] ?? 0,
                      weight: total > 0 ? max(criterion.weight, 0) / total : 1 / Double(rubric.criteria.count))
        }
        var difficulties: [String: (measure: Double, standardError: Double)] = [:]
        for question in fit?.questions ?? [] where question.standardError <= maximumStandardError {
            difficulties[question.id] = (question.measure, question.standardError)
        }
        let thresholds = fit.flatMap { $0.categories == rubric.scale ? $0.thresholds : nil } ?? Self.defaultThresholds(for: rubric.scale)
        self.init(scale: rubric.scale, thresholds: thresholds, criteria: criteria, fitted: difficulties,
                  severities: Dictionary((fit?.interviewers ?? []).map { ($0.id, $0.measure) }, uniquingKeysWith: { first, _ in first }),
                  panel: panel)
    }

    /// Difficulties given outright (simulations, tests): `difficulties` are taken as measured
    /// exactly; any other question gets its level prior.
    /// - Parameters:
    ///   - thresholds: τ_1..τ_K with K = hi − lo, or `nil` for the defaults.
    public init(scale: ClosedRange<Int> = 1...4, thresholds: [Double]? = nil, criteria: [Criterion], difficulties: [String: Double] = [:],
                severities: [String: Double] = [:], panel: [String] = []) {
        self.init(scale: scale, thresholds: thresholds ?? Self.defaultThresholds(for: scale), criteria: criteria,
                  fitted: difficulties.mapValues { ($0, 0) }, severities: severities, panel: panel)
    }

    private init(scale: ClosedRange<Int>, thresholds: [Double], criteria: [Criterion], fitted: [String: (measure: Double, standardError: Double)],
                 severities: [String: Double], panel: [String]) {
        self.scale = scale
        self.thresholds = thresholds
        self.criteria = criteria
        self.fitted = fitted
        self.severities = severities
        panelSeverity = panel.isEmpty ? 0 : panel.reduce(0) { $0 + (severities[$1] ?? 0) } / Double(panel.count)
        criterionIndex = Dictionary(criteria.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        model = RatingScaleModel(thresholds: thresholds)
    }

    /// τ = (−1.4, 0.1, 1.3) on a four-point scale; on another, K thresholds evenly spaced from
    /// −1.4 to +1.4 (one threshold: 0).
    public static func defaultThresholds(for scale: ClosedRange<Int>) -> [Double] {
        let k = scale.count - 1
        switch k {
        case ..<1: return []
        case 1: return [0]
        case 3: return [-1.4, 0.1, 1.3]
        default: return (0..<k).map { -1.4 + 2.8 * Double($0) / Double(k - 1) }
        }
    }

    // MARK: - Facets

    /// δ of `question`, logits (higher = harder).
    public func difficulty(of question: AdaptiveQuestion) -> Double {
        fitted[question.id]?.measure ?? Self.levelPriors[question.level] ?? 0
    }

    public func source(of question: AdaptiveQuestion) -> Source {
        fitted[question.id].map { .fit(standardError: $0.standardError) } ?? .level
    }

    /// λ of `interviewer`, 0 when unknown or `nil`.
    public func severity(of interviewer: String?) -> Double {
        interviewer.flatMap { severities[$0] } ?? 0
    }

    /// γ of a criterion id, 0 when the rubric does not name it.
    public func criterionDifficulty(_ id: String) -> Double {
        criterionIndex[id].map { criteria[$0].difficulty } ?? 0
    }

    // MARK: - Information

    /// The Fisher information about θ of asking a question of difficulty δ of the panel: one
    /// observation per criterion, each with information Var(x | η), η = θ − δ − λ − γ_c.
    public func information(ability: Double, difficulty: Double) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: model.categories) { p in
            criteria.reduce(0) { $0 + model.moments(ability - difficulty - panelSeverity - $1.difficulty, p).variance }
        }
    }

    /// The answers' criterion scores as observations of θ: the offset δ_q + λ_j + γ_c of each.
    /// - Throws: ``AdaptiveError/scoreOutOfScale(question:criterion:score:scale:)``.
    public func observations(_ answers: [AdaptiveAnswer]) throws(AdaptiveError) -> [AbilityEstimate.Observation] {
        var observations: [AbilityEstimate.Observation] = []
        for answer in answers {
            let delta = difficulty(of: answer.question)
            for score in answer.scores {
                guard scale.contains(score.score) else {
                    throw AdaptiveError.scoreOutOfScale(question: answer.question.id, criterion: score.criterion, score: score.score, scale: scale)
                }
                observations.append(AbilityEstimate.Observation(
                    score: score.score, offset: delta + severity(of: score.interviewer) + criterionDifficulty(score.criterion)))
            }
        }
        return observations
    }

    /// The penalised estimate of θ from `answers` (``AbilityEstimate``).
    public func ability(from answers: [AdaptiveAnswer], prior: Double = AbilityEstimate.defaultPrior) throws(AdaptiveError) -> AbilityEstimate {
        try AbilityEstimate(observations: observations(answers), scale: scale, thresholds: thresholds, prior: prior)
    }
}
