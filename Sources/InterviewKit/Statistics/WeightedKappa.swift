/// Quadratic weighted kappa of two raters (scoring.md §4).
///
/// Only units rated by both count. Categories are the whole scale lo...hi (widened to any value
/// outside it), not just the values seen, with weights w_ij = (i − j)²:
/// κ = 1 − Σ w O / Σ w p q, nil when there are no shared units or the denominator is 0.
public struct WeightedKappa: Sendable, Hashable {
    /// Units rated by both raters.
    public let units: Int
    public let kappa: Double?

    /// - Parameters:
    ///   - a: the first rater's value per unit (nil = not rated).
    ///   - b: the second rater's value per unit, aligned with `a`.
    public init(a: [Int?], b: [Int?], scale: ScoreScale) {
        let pairs = zip(a, b).compactMap { x, y -> (Int, Int)? in
            guard let x, let y else { return nil }
            return (x, y)
        }
        units = pairs.count
        guard !pairs.isEmpty else {
            kappa = nil
            return
        }
        let lo = min(scale.lo, pairs.map { min($0.0, $0.1) }.min() ?? scale.lo)
        let hi = max(scale.hi, pairs.map { max($0.0, $0.1) }.max() ?? scale.hi)
        let size = hi - lo + 1
        var observed = Array(repeating: Array(repeating: 0.0, count: size), count: size)
        let share = 1 / Double(pairs.count)
        for (x, y) in pairs {
            observed[x - lo][y - lo] += share
        }
        let p = observed.map { $0.reduce(0, +) }
        let q = (0..<size).map { j in observed.reduce(0) { $0 + $1[j] } }
        var numerator = 0.0, denominator = 0.0
        for i in 0..<size {
            for j in 0..<size {
                let w = Double((i - j) * (i - j))
                numerator += w * observed[i][j]
                denominator += w * p[i] * q[j]
            }
        }
        kappa = denominator > 0 ? 1 - numerator / denominator : nil
    }
}
