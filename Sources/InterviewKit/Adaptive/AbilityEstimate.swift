/// One candidate's ability θ with every other facet held fixed (scoring.md §9): the posterior
/// mode under a N(0, σ_θ²) prior, i.e. the maximum of log L(θ) − θ²/(2σ_θ²), with
/// SE = 1/√(I(θ̂) + 1/σ_θ²), I the Fisher information Σ Var(x | η).
///
/// Found by Newton's method on θ alone, from θ = 0, each step at most one logit and halved until
/// the objective does not fall; it stops when |gradient| < 1e-8. The objective is strictly
/// concave, so the optimum is unique and the estimate finite even when every score is at the top
/// or the bottom. Without observations θ̂ = 0 (the prior mode) and SE = σ_θ.
public struct AbilityEstimate: Sendable, Hashable {
    /// One criterion score with what it was measured against: η = θ − `offset`, the offset being
    /// δ_q + λ_j + γ_c.
    public struct Observation: Sendable, Hashable {
        /// On the scale, lo...hi.
        public var score: Int
        public var offset: Double

        public init(score: Int, offset: Double) {
            self.score = score
            self.offset = offset
        }
    }

    /// σ_θ = 2 logits, as the fit's default prior (``FacetPriors/standard``).
    public static let defaultPrior = FacetPriors.standard.ability
    /// The largest |gradient| at the estimate.
    public static let tolerance = 1e-8

    /// θ̂, logits.
    public let ability: Double
    public let standardError: Double
    /// Σ Var(x | η) at θ̂, the prior left out.
    public let information: Double
    public let observations: Int
    public let iterations: Int

    /// The prior alone: θ = 0, SE = σ_θ.
    public init(prior: Double = defaultPrior) {
        ability = 0
        standardError = prior
        information = 0
        observations = 0
        iterations = 0
    }

    /// - Parameters:
    ///   - observations: criterion scores on `scale`.
    ///   - scale: lo...hi; `thresholds` must hold hi − lo values.
    ///   - thresholds: τ_1..τ_K.
    ///   - prior: σ_θ, logits (> 0).
    /// - Throws: ``AdaptiveError`` for a score off the scale or thresholds that do not fit it.
    public init(observations: [Observation], scale: ClosedRange<Int>, thresholds: [Double], prior: Double = defaultPrior) throws(AdaptiveError) {
        guard thresholds.count == scale.count - 1 else {
            throw AdaptiveError.thresholdsDoNotFitScale(thresholds: thresholds.count, scale: scale)
        }
        guard prior > 0, prior.isFinite else { throw AdaptiveError.invalidPrior(prior) }
        for observation in observations where !scale.contains(observation.score) {
            throw AdaptiveError.scoreOutOfScale(question: nil, criterion: nil, score: observation.score, scale: scale)
        }
        guard !observations.isEmpty else {
            self.init(prior: prior)
            return
        }
        self.init(checked: observations, lowest: scale.lowerBound, model: RatingScaleModel(thresholds: thresholds), prior: prior)
    }

    private init(checked observations: [Observation], lowest: Int, model: RatingScaleModel, prior: Double) {
        let precision = 1 / (prior * prior)
        let categories = observations.map { $0.score - lowest }
        let observed = categories.reduce(0) { $0 + Double($1) }
        /// The penalised log-likelihood, its gradient and Σ Var at θ.
        func evaluate(_ theta: Double) -> (value: Double, gradient: Double, information: Double) {
            withUnsafeTemporaryAllocation(of: Double.self, capacity: model.categories) { p in
                var value = -0.5 * precision * theta * theta, expected = 0.0, information = 0.0
                for (observation, category) in zip(observations, categories) {
                    let eta = theta - observation.offset
                    let moments = model.moments(eta, p)
                    value += Double(category) * eta - model.cumulative[category] - moments.logZ
                    expected += moments.mean
                    information += moments.variance
                }
                return (value, observed - expected - precision * theta, information)
            }
        }

        var theta = 0.0
        var current = evaluate(theta)
        var iterations = 0
        while abs(current.gradient) >= Self.tolerance, iterations < 100 {
            iterations += 1
            var step = current.gradient / (current.information + precision)
            step = min(max(step, -1), 1)
            var trial = evaluate(theta + step)
            var halvings = 0
            while trial.value < current.value, halvings < 40 {
                step /= 2
                trial = evaluate(theta + step)
                halvings += 1
            }
            theta += step
            current = trial
        }
        ability = theta
        information = current.information
        standardError = 1 / (current.information + precision).squareRoot()
        self.observations = observations.count
        self.iterations = iterations
    }
}
