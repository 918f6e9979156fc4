import Foundation

/// The facets of a fit other than the candidates (question difficulties, interviewer severities,
/// criteria, thresholds), against which one candidate's ability is estimated from their own
/// scores alone: the candidate's part of F (scoring.md §9) with everything else held fixed.
///
/// At the fit's optimum each θ_n already solves its own equation with the others fixed, so for
/// the data the fit saw this gives the fit's θ, SE and fair score (to the tolerance); for scores
/// recorded since, it is the estimate against the last fit's facets, a question or interviewer
/// the fit has not seen counting at the prior mean, 0. A candidate report uses it, so that it
/// neither waits for a whole-database fit after each new score nor decodes every candidate's.
public struct FacetAnchor: Sendable, Codable {
    public let scale: ScoreScale
    /// The scores the thresholds span.
    public let categories: ClosedRange<Int>
    public let priors: FacetPriors
    public let difficulty: [String: Double]
    public let severity: [String: Double]
    public let criteria: [CriterionMeasure]
    public let thresholds: [Double]
    /// Candidates outside the largest connected subset.
    public private(set) var outside: Set<String>

    public init(_ fit: FacetFit) {
        scale = fit.scale
        categories = fit.categories
        priors = fit.priors
        difficulty = Dictionary(fit.questions.map { ($0.id, $0.measure) }, uniquingKeysWith: { first, _ in first })
        severity = Dictionary(fit.interviewers.map { ($0.id, $0.measure) }, uniquingKeysWith: { first, _ in first })
        criteria = fit.criteria
        thresholds = fit.thresholds
        outside = Set(fit.subsets.dropFirst().joined())
    }

    /// The same anchor with the candidates outside the largest subset renamed.
    func renamingOutside(_ name: (String) -> String) -> FacetAnchor {
        var anchor = self
        anchor.outside = Set(outside.map(name))
        return anchor
    }

    /// One candidate's estimate from their rows (their id in `candidate`), or nil when a score is
    /// outside the categories the thresholds span or a criterion is unknown (a new rubric): then
    /// only a new fit can place them.
    public func estimate(candidate: String, rows: [FacetRating], tolerance: Double = 1e-9) -> CandidateFairScore? {
        guard !rows.isEmpty else { return nil }
        let criterion = Dictionary(criteria.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var offsets: [Double] = [], codes: [Int] = []  // codes: the score's category, 0 at the lowest
        var faced = (difficulty: 0.0, severity: 0.0)
        var known = false
        for row in rows {
            guard categories.contains(row.score), let c = criterion[row.criterion] else { return nil }
            let delta = difficulty[row.question], lambda = severity[row.interviewer]
            known = known || delta != nil || lambda != nil
            offsets.append((delta ?? 0) + (lambda ?? 0) + criteria[c].difficulty)
            codes.append(row.score - categories.lowerBound)
            faced.difficulty += delta ?? 0
            faced.severity += lambda ?? 0
        }
        let model = RatingScaleModel(thresholds: thresholds)
        let prior = 1 / (priors.ability * priors.ability)
        // Newton on the candidate's F(θ), strictly convex, with a backtracking line search.
        let (theta, curvature) = withUnsafeTemporaryAllocation(of: Double.self, capacity: thresholds.count + 1) { p in
            func evaluate(_ theta: Double) -> (f: Double, gradient: Double, curvature: Double) {
                var f = theta * theta * prior / 2, gradient = theta * prior, curvature = prior
                for (offset, x) in zip(offsets, codes) {
                    let eta = theta - offset
                    let moments = model.moments(eta, p)
                    f -= Double(x) * eta - model.cumulative[x] - moments.logZ
                    gradient += moments.mean - Double(x)
                    curvature += moments.variance
                }
                return (f, gradient, curvature)
            }
            var theta = 0.0
            var current = evaluate(theta)
            for _ in 0..<100 where abs(current.gradient) >= tolerance {
                let step = -current.gradient / current.curvature
                var length = 1.0
                var next = evaluate(theta + step)
                while next.f > current.f + 1e-4 * length * step * current.gradient, length > 1e-6 {
                    length /= 2
                    next = evaluate(theta + length * step)
                }
                theta += length * step
                current = next
            }
            return (theta, current.curvature)
        }
        let n = Double(rows.count)
        let extreme = codes.allSatisfy { $0 == 0 } || codes.allSatisfy { $0 == thresholds.count }
        return CandidateFairScore(
            anchor: self, ability: theta, standardError: 1 / curvature.squareRoot(), extreme: extreme,
            faced: FacetMeasure.Faced(difficulty: faced.difficulty / n, severity: faced.severity / n),
            disconnected: outside.contains(candidate) || !known)
    }

    /// The expected score at ability θ on an average question from an average interviewer, as
    /// ``FacetFit/fairScore(ability:)`` computes it.
    public func fairScore(ability: Double) -> Double {
        FacetFit.fairScore(ability: ability, lowest: categories.lowerBound, criteria: criteria, model: RatingScaleModel(thresholds: thresholds))
    }
}
