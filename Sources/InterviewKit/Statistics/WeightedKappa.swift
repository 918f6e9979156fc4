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
        var table = CountTable()
        for case let (x?, y?) in zip(a, b) { table.add(x, y, 1) }
        self.init(table: table.entries, scale: scale)
    }

    /// Kappa from the cross-table of the two raters: (a's value, b's value) -> count.
    init(table: [CountTable.Pair: Double], scale: ScoreScale) {
        let count = table.values.reduce(0, +)
        units = Int(count)
        guard count > 0 else {
            kappa = nil
            return
        }
        let lo = min(scale.lo, table.keys.map { min($0.first, $0.second) }.min() ?? scale.lo)
        let hi = max(scale.hi, table.keys.map { max($0.first, $0.second) }.max() ?? scale.hi)
        let size = hi - lo + 1
        var observed = Array(repeating: Array(repeating: 0.0, count: size), count: size)
        for (pair, n) in table { observed[pair.first - lo][pair.second - lo] = n / count }
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
