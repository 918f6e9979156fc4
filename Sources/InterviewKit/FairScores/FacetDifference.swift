/// The difference of two candidates' abilities with its 95% interval, θ_A − θ_B ± 1.96
/// √(SE_A² + SE_B²) (scoring.md §9), and what it lets one say.
public struct FacetDifference: Sendable, Hashable, Codable {
    public let first: String
    public let second: String
    public let difference: Double
    public let lower: Double
    public let upper: Double
    /// The two are in subsets linked by no question or interviewer: the difference rests on the
    /// priors alone.
    public let acrossSubsets: Bool

    public enum Verdict: String, Sendable, Codable {
        case firstAhead = "first clearly ahead"
        case secondAhead = "second clearly ahead"
        case noClearDifference = "no clear difference"
    }

    /// Clearly ahead only when the interval excludes zero.
    public var verdict: Verdict {
        if lower > 0 { return .firstAhead }
        if upper < 0 { return .secondAhead }
        return .noClearDifference
    }
}
