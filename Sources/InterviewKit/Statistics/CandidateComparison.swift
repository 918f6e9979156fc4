/// Welch comparison of two candidates' pooled question scores (scoring.md §7).
///
/// D = m_A − m_B, SE = √(s_A²/n_A + s_B²/n_B), ν by Welch-Satterthwaite, interval
/// D ± t(0.975, ν) · SE, not clamped. A is clearly ahead when the lower bound is > 0, B when the
/// upper bound is < 0. The same comparison serves one candidate's sessions over time.
public struct CandidateComparison: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable, Codable {
        case aAhead = "A clearly ahead"
        case bAhead = "B clearly ahead"
        case noClearDifference = "no clear difference"
        case notEnoughQuestions = "not enough questions"
    }

    public let a: ScoreSummary
    public let b: ScoreSummary
    /// D = m_A − m_B, nil when either side has no score.
    public let difference: Double?
    /// SE, nil when either side has fewer than 2 scores.
    public let standardError: Double?
    /// ν, nil when SE is nil or 0.
    public let degreesOfFreedom: Double?
    /// t(0.975, ν), nil when ν is nil.
    public let t: Double?
    /// D ± t · SE ([D, D] when SE = 0), nil when either side has fewer than 2 scores.
    public let lower: Double?
    public let upper: Double?
    public let verdict: Verdict

    public init(a: [Double], b: [Double], scale: ScoreScale) {
        let sa = ScoreSummary(scores: a, scale: scale)
        let sb = ScoreSummary(scores: b, scale: scale)
        self.a = sa
        self.b = sb
        if let ma = sa.mean, let mb = sb.mean {
            difference = ma - mb
        } else {
            difference = nil
        }
        guard let d = difference, let sdA = sa.sd, let sdB = sb.sd else {
            standardError = nil
            degreesOfFreedom = nil
            t = nil
            lower = nil
            upper = nil
            verdict = .notEnoughQuestions
            return
        }
        let va = sdA * sdA / Double(sa.n)
        let vb = sdB * sdB / Double(sb.n)
        let se = (va + vb).squareRoot()
        standardError = se
        if se > 0 {
            let nu = (va + vb) * (va + vb) / (va * va / Double(sa.n - 1) + vb * vb / Double(sb.n - 1))
            let q = StudentT.quantile975(df: nu)
            degreesOfFreedom = nu
            t = q
            lower = d - q * se
            upper = d + q * se
        } else {
            degreesOfFreedom = nil
            t = nil
            lower = d
            upper = d
        }
        if let lower, lower > 0 {
            verdict = .aAhead
        } else if let upper, upper < 0 {
            verdict = .bAhead
        } else {
            verdict = .noClearDifference
        }
    }

    /// Candidate ids in rank order for `compare --all`: mean descending, ties by id; candidates
    /// without a mean come last, by id.
    public static func ranked(_ candidates: [(id: String, mean: Double?)]) -> [String] {
        candidates.sorted { x, y in
            switch (x.mean, y.mean) {
            case let (mx?, my?) where mx != my: mx > my
            case (.some, nil): true
            case (nil, .some): false
            default: ScoringOrder.precedes(x.id, y.id)
            }
        }.map(\.id)
    }
}
