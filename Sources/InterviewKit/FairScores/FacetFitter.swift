import Foundation

/// The penalised joint estimate of the many-facet rating-scale model (scoring.md §9): Newton's
/// method on F with analytic derivatives and a backtracking line search, the ability block
/// eliminated at each step (`FacetNewtonSystem`), until every |∂F/∂p| < `tolerance`.
///
/// Pure: ratings in, estimates out. F is strictly convex, so the optimum does not depend on the
/// start.
public struct FacetFitter: Sendable {
    public var priors: FacetPriors
    public var tolerance: Double
    public var maxIterations: Int

    public init(priors: FacetPriors = .standard, tolerance: Double = 1e-6, maxIterations: Int = 100) {
        self.priors = priors
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// The ratings are consumed: their rows are released as the design takes them in, so that a
    /// fit holds a database's millions of rows once.
    public func fit(_ ratings: consuming FacetRatings) throws -> FacetFit {
        for (name, value) in [("ability", priors.ability), ("difficulty", priors.difficulty), ("severity", priors.severity)]
        where !(value.isFinite && value > 0) {
            throw FacetFitError.badPrior(name: name, value: value)
        }
        let design = try FacetDesign(taking: &ratings)
        var ability = Self.startingAbilities(design)
        var other = Self.startingOther(design, ability: ability)
        for (t, tau) in Self.startingThresholds(design).enumerated() {
            other[design.head + design.criteria + t] = tau
        }
        var system = FacetNewtonSystem(design: design, priors: priors, ability: ability, other: other)
        var iterations = 0
        while system.largestGradient >= tolerance {
            guard iterations < maxIterations, let step = system.newtonStep() else {
                throw FacetFitError.notConverged(iterations: iterations, gradient: system.largestGradient)
            }
            iterations += 1
            let slope = zip(system.abilityGradient, step.ability).reduce(0) { $0 + $1.0 * $1.1 }
                + zip(system.gradient, step.other).reduce(0) { $0 + $1.0 * $1.1 }
            // Rounding in F: near the optimum a full step's decrease is below what F can show.
            let noise = 1e-12 * max(1, abs(system.objective))
            // The full step is nearly always taken: it is evaluated with its derivatives, and then it
            // is the next system already. A shorter one (rare) is tried on F alone, then evaluated.
            var length = 1.0
            var accepted: FacetNewtonSystem?
            for _ in 0..<50 {
                let trialAbility = zip(ability, step.ability).map { $0 + length * $1 }
                let trialOther = zip(other, step.other).map { $0 + length * $1 }
                let trial = FacetNewtonSystem(design: design, priors: priors, ability: trialAbility, other: trialOther, objectiveOnly: length < 1)
                if trial.objective.isFinite, trial.objective <= system.objective + 1e-4 * length * slope + noise {
                    (ability, other) = (trialAbility, trialOther)
                    accepted = length < 1 ? FacetNewtonSystem(design: design, priors: priors, ability: ability, other: other) : trial
                    break
                }
                length /= 2
            }
            guard let accepted else {
                throw FacetFitError.notConverged(iterations: iterations, gradient: system.largestGradient)
            }
            system = accepted
        }
        return FacetFit(ratings: ratings, design: design, system: system, ability: ability, other: other, iterations: iterations)
    }

    /// The logit of the share of the scale a (mean) category m of K reaches: log((m + ½) / (K − m + ½)).
    private static func logitOfShare(_ category: Double, _ design: FacetDesign) -> Double {
        log((category + 0.5) / (Double(design.thresholds) - category + 0.5))
    }

    /// Each candidate's θ from the logit of the share of the scale their mean category reaches: a
    /// start near the answer.
    private static func startingAbilities(_ design: FacetDesign) -> [Double] {
        (0..<design.candidates).map { n in
            let rows = design.rowOffsets[n]..<design.rowOffsets[n + 1]
            guard !rows.isEmpty else { return 0 }
            return logitOfShare(rows.reduce(0.0) { $0 + Double(design.category[$1]) } / Double(rows.count), design)
        }
    }

    /// Each question's δ and each interviewer's λ from their rows: the mean over them of θ minus
    /// the logit of the share of the scale reached, θ being the candidate's start; criteria at 0.
    private static func startingOther(_ design: FacetDesign, ability: [Double]) -> [Double] {
        let logit = (0...design.thresholds).map { logitOfShare(Double($0), design) }
        var sums = [Double](repeating: 0, count: design.head), counts = [Double](repeating: 0, count: design.head)
        for n in 0..<design.candidates {
            for row in design.rowOffsets[n]..<design.rowOffsets[n + 1] {
                let gap = ability[n] - logit[Int(design.category[row])]
                let q = Int(design.question[row]), j = design.questions + Int(design.interviewer[row])
                sums[q] += gap
                counts[q] += 1
                sums[j] += gap
                counts[j] += 1
            }
        }
        var other = [Double](repeating: 0, count: design.size)
        for slot in 0..<design.head where counts[slot] > 0 { other[slot] = sums[slot] / counts[slot] }
        // Each group centred, as its prior centres it (θ takes up the common shift).
        for range in [0..<design.questions, design.questions..<design.head] where !range.isEmpty {
            let mean = range.reduce(0.0) { $0 + other[$1] } / Double(range.count)
            for slot in range { other[slot] -= mean }
        }
        return other
    }

    /// τ_k from the category counts, log(n_{k−1} / n_k), centred: a start near the answer.
    private static func startingThresholds(_ design: FacetDesign) -> [Double] {
        var counts = [Double](repeating: 0, count: design.thresholds + 1)
        for category in design.category { counts[Int(category)] += 1 }
        let raw = (1..<counts.count).map { log(counts[$0 - 1] / counts[$0]) }
        let mean = raw.reduce(0, +) / Double(max(raw.count, 1))
        return raw.map { $0 - mean }
    }
}
