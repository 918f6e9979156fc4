import InterviewKit

/// How well a fit recovered a `FacetSimulation`'s truth (scoring.md §9): how the fair score and
/// the raw mean track true ability, and how close interviewer severities come.
///
/// The raw mean is the mean of the candidate's rating scores, a rating score being the weighted
/// mean of its criterion scores (scoring.md §1) — what a candidate gets without the model.
public struct FacetRecovery: Sendable, Hashable {
    /// Candidates in the fit (and the simulation).
    public let candidates: Int
    /// Pearson r of the fair score with true ability.
    public let fairCorrelation: Double
    /// Pearson r of the raw mean with true ability.
    public let rawCorrelation: Double
    /// Spearman ρ (Pearson on mid-ranks, ties shared) of the fair score with true ability.
    public let fairRankCorrelation: Double
    /// Spearman ρ of the raw mean with true ability.
    public let rawRankCorrelation: Double
    /// The threshold for checking an interviewer's severity, in ratings (one interviewer scoring
    /// one question on every criterion: with two criteria, two of `FacetMeasure.count`'s scores),
    /// as "ratings per candidate" counts them.
    public let minimumRatings: Int
    /// Interviewers with at least `minimumRatings` ratings.
    public let interviewersChecked: Int
    /// |λ̂ − λ| of each checked interviewer, both sides centred (see `init`), by id.
    public let severityErrors: [String: Double]
    /// Mean and largest of `severityErrors`; nil when no interviewer has enough scores.
    public let meanSeverityError: Double?
    public let maxSeverityError: Double?
    /// Slope of the centred estimates on the centred true severities of the checked interviewers:
    /// near 1 when the errors are noise, below 1 when the estimate pulls severities together.
    public let severitySlope: Double?
    /// Root mean square of `severityErrors`, and of the model SEs the fit reports for the same
    /// interviewers (scoring.md §9's diagonal SE, which leaves out the uncertainty of the
    /// abilities and difficulties each severity is measured against).
    public let severityRMSError: Double?
    public let severityRMSStandardError: Double?
    /// Share of candidates whose true ability lies within θ̂ ± 1.96 SE (both centred, as for
    /// severities): how far the fair score's interval can be trusted.
    public let abilityCoverage: Double
    /// `compare`'s verdict on every pair of fitted candidates: how many pairs it calls "clearly
    /// ahead" (θ_A − θ_B ± 1.96 √(SE_A² + SE_B²) excludes 0), and in how many of those the
    /// candidate put ahead is truly the weaker one.
    public let clearlyAhead: Int
    public let clearlyAheadWrong: Int

    /// Compares `fit` (of `simulation.facetRatings()`) with the truth.
    ///
    /// Severities are compared after centring both the estimates and the truth on their mean over
    /// the interviewers in the fit. The likelihood depends on θ − δ − λ only, so adding a constant
    /// to every λ and to every θ changes nothing the data can see; the fit places that constant by
    /// the priors (all centred on zero), not at the sample mean of the true severities, which is
    /// itself off zero by about σ_λ / √J (0.06 logits for 40 interviewers). Only differences
    /// between interviewers are identified, and centring both sides compares exactly those.
    public init(simulation: FacetSimulation, fit: FacetFit, minimumRatings: Int = 200) {
        let ids = fit.candidates.map(\.id)
        let truth = ids.map { simulation.ability[$0] ?? .nan }
        let fair = fit.candidates.map { $0.fair?.value ?? .nan }
        let raw = Self.rawMeans(simulation)
        let rawOfFit = ids.map { raw[$0] ?? .nan }
        candidates = ids.count
        fairCorrelation = Self.pearson(fair, truth)
        rawCorrelation = Self.pearson(rawOfFit, truth)
        fairRankCorrelation = Self.spearman(fair, truth)
        rawRankCorrelation = Self.spearman(rawOfFit, truth)

        self.minimumRatings = minimumRatings
        let criteria = max(simulation.criteria.count, 1)
        let estimates = fit.interviewers
        let meanEstimate = Self.mean(estimates.map(\.measure))
        let meanTruth = Self.mean(estimates.map { simulation.severity[$0.id] ?? .nan })
        var errors: [String: Double] = [:]
        for interviewer in estimates where interviewer.count / criteria >= minimumRatings {
            let centredTruth = (simulation.severity[interviewer.id] ?? .nan) - meanTruth
            errors[interviewer.id] = abs(interviewer.measure - meanEstimate - centredTruth)
        }
        severityErrors = errors
        interviewersChecked = errors.count
        meanSeverityError = errors.isEmpty ? nil : Self.mean(Array(errors.values))
        maxSeverityError = errors.values.max()
        let checked = estimates.filter { errors[$0.id] != nil }
        let centredEstimates = checked.map { $0.measure - meanEstimate }
        let centredTruth = checked.map { (simulation.severity[$0.id] ?? .nan) - meanTruth }
        severitySlope = checked.count >= 2 ? Self.slope(centredEstimates, on: centredTruth) : nil
        severityRMSError = errors.isEmpty ? nil : Self.mean(errors.values.map { $0 * $0 }).squareRoot()
        severityRMSStandardError = checked.isEmpty ? nil : Self.mean(checked.map { $0.standardError * $0.standardError }).squareRoot()

        let meanAbility = Self.mean(fit.candidates.map(\.measure)), meanTrueAbility = Self.mean(truth)
        let covered = zip(fit.candidates, truth).filter { candidate, true_ in
            abs((candidate.measure - meanAbility) - (true_ - meanTrueAbility)) <= 1.96 * candidate.standardError
        }
        abilityCoverage = fit.candidates.isEmpty ? .nan : Double(covered.count) / Double(fit.candidates.count)
        let candidates = fit.candidates
        var clear = 0, wrong = 0
        for a in candidates.indices {
            for b in candidates.indices where b > a {
                let (first, second) = (candidates[a], candidates[b])
                let se = (first.standardError * first.standardError + second.standardError * second.standardError).squareRoot()
                let difference = first.measure - second.measure
                guard abs(difference) > 1.96 * se else { continue }
                clear += 1
                if (difference > 0) != (truth[a] > truth[b]) { wrong += 1 }
            }
        }
        clearlyAhead = clear
        clearlyAheadWrong = wrong
    }

    /// Least-squares slope of `y` on `x`.
    static func slope(_ y: [Double], on x: [Double]) -> Double {
        let (mx, my) = (mean(x), mean(y))
        var sxy = 0.0, sxx = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
        }
        return sxx > 0 ? sxy / sxx : .nan
    }

    /// Each candidate's mean rating score, a rating being one interviewer's criterion scores for
    /// one question, scored Σ w_c v_c / Σ w_c (scoring.md §1).
    ///
    /// Sums run in the order of the ratings (never a dictionary's), and the means are rounded to
    /// 1e-9: they are ratios of small integers and weights, so equal means must compare equal, not
    /// differ in their last bits by summation order, or ties would be broken at random in the ranks.
    public static func rawMeans(_ simulation: FacetSimulation) -> [String: Double] {
        struct Rating: Hashable {
            var candidate: String
            var question: String
            var interviewer: String
        }
        var index: [Rating: Int] = [:]
        var ratings: [(candidate: String, sum: Double, weight: Double)] = []
        for row in simulation.ratings {
            let key = Rating(candidate: row.candidate, question: row.question, interviewer: row.interviewer)
            let w = simulation.weights[row.criterion] ?? 1
            let i = index[key] ?? ratings.count
            if i == ratings.count {
                index[key] = i
                ratings.append((row.candidate, 0, 0))
            }
            ratings[i].sum += w * Double(row.score)
            ratings[i].weight += w
        }
        var total: [String: (sum: Double, count: Int)] = [:]
        for rating in ratings {
            total[rating.candidate, default: (0, 0)].sum += rating.sum / rating.weight
            total[rating.candidate, default: (0, 0)].count += 1
        }
        return total.mapValues { (($0.sum / Double($0.count)) * 1e9).rounded() / 1e9 }
    }

    /// Pearson r; NaN with fewer than two pairs or no spread.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        guard x.count == y.count, x.count >= 2 else { return .nan }
        let (mx, my) = (mean(x), mean(y))
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : .nan
    }

    /// Spearman ρ: Pearson r of the mid-ranks (tied values share the mean of their ranks).
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        pearson(ranks(x), ranks(y))
    }

    /// Ranks 1...n, ties given the mean of the ranks they span.
    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for i in start...end { ranks[order[i]] = rank }
            start = end + 1
        }
        return ranks
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }
}
