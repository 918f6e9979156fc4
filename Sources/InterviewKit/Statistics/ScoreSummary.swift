/// A topic, overall or pooled score with its 95% interval (scoring.md §3).
///
/// The mean of the scored question scores, each weighted equally; with n ≥ 2 the interval is
/// m ± t(0.975, n − 1) · s / √n, shown clamped to the scale (`lower`, `upper`) while the raw bounds
/// are kept. n = 0 is "not assessed", n = 1 has no interval, s = 0 gives a zero-width interval.
public struct ScoreSummary: Sendable, Hashable {
    /// How much can be said for the given number of scores.
    public enum Status: String, Sendable, Hashable, Codable {
        case notAssessed = "not assessed"
        case noInterval = "n=1, no interval"
        case interval
    }

    public let scale: ScoreScale
    public let n: Int
    public let mean: Double?
    /// Sample SD (divisor n − 1), nil for n < 2.
    public let sd: Double?
    /// Interval bounds clamped to the scale, nil for n < 2.
    public let lower: Double?
    public let upper: Double?
    /// Interval bounds before clamping, nil for n < 2.
    public let rawLower: Double?
    public let rawUpper: Double?

    public init(scores: [Double], scale: ScoreScale) {
        self.scale = scale
        self.n = scores.count
        self.mean = ScoringMath.mean(scores)
        self.sd = ScoringMath.sampleStandardDeviation(scores)
        if let mean, let sd {
            let half = StudentT.quantile975(df: Double(n - 1)) * sd / Double(n).squareRoot()
            rawLower = mean - half
            rawUpper = mean + half
            lower = scale.clamp(mean - half)
            upper = scale.clamp(mean + half)
        } else {
            rawLower = nil
            rawUpper = nil
            lower = nil
            upper = nil
        }
    }

    public var status: Status {
        switch n {
        case 0: .notAssessed
        case 1: .noInterval
        default: .interval
        }
    }

    public var meanPct: Double? { mean.map(scale.pct) }
    public var lowerPct: Double? { lower.map(scale.pct) }
    public var upperPct: Double? { upper.map(scale.pct) }
}
