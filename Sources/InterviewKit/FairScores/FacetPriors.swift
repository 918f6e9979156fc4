/// The normal priors of the penalised fit (scoring.md §9): the standard deviations, in logits, of
/// candidate ability, question difficulty and interviewer severity. Criterion difficulties and
/// thresholds are not penalised.
public struct FacetPriors: Sendable, Hashable, Codable {
    public var ability: Double
    public var difficulty: Double
    public var severity: Double

    public init(ability: Double = 2, difficulty: Double = 1, severity: Double = 0.5) {
        self.ability = ability
        self.difficulty = difficulty
        self.severity = severity
    }

    /// σ_θ = 2, σ_δ = 1, σ_λ = 0.5.
    public static let standard = FacetPriors()
}
