/// An integer rating scale [lo, hi] (1-4 by default, no midpoint).
///
/// The bank linter guarantees lo < hi; on a degenerate scale `pct` returns 0.
public struct ScoreScale: Sendable, Hashable, Codable {
    public let lo: Int
    public let hi: Int

    public init(lo: Int, hi: Int) {
        self.lo = lo
        self.hi = hi
    }

    /// The product's default scale, 1-4.
    public static let standard = ScoreScale(lo: 1, hi: 4)

    /// Every level of the scale, lo...hi (empty when hi < lo).
    public var levels: [Int] {
        lo <= hi ? Array(lo...hi) : []
    }

    public func contains(_ value: Int) -> Bool {
        value >= lo && value <= hi
    }

    /// Maps a score to 0-100: (s − lo) / (hi − lo) × 100.
    public func pct(_ score: Double) -> Double {
        guard hi > lo else { return 0 }
        return (score - Double(lo)) / Double(hi - lo) * 100
    }

    /// Clamps a score to [lo, hi].
    public func clamp(_ score: Double) -> Double {
        min(max(score, Double(lo)), Double(hi))
    }
}
