import Foundation

/// The Andrich rating-scale model of one observation (scoring.md §9): with η = θ − δ − λ − γ and
/// thresholds τ_1..τ_K, P(m) ∝ exp(m·η − T_m), T_m = τ_1 + … + τ_m, for categories m = 0...K.
struct RatingScaleModel: Sendable {
    let thresholds: [Double]
    /// T_0 = 0, T_m = τ_1 + … + τ_m.
    let cumulative: [Double]

    init(thresholds: [Double]) {
        self.thresholds = thresholds
        var running = 0.0
        cumulative = [0] + thresholds.map { running += $0; return running }
    }

    var categories: Int { cumulative.count }

    /// The moments of one observation at η; the probabilities are left in `p` (K + 1 values).
    struct Moments {
        /// log of the normaliser: log P(m) = m·η − T_m − logZ.
        var logZ = 0.0
        /// E[m] and Var[m].
        var mean = 0.0
        var variance = 0.0
    }

    func moments(_ eta: Double, _ p: UnsafeMutableBufferPointer<Double>) -> Moments {
        var top = -Double.infinity
        for m in 0..<cumulative.count {
            let s = Double(m) * eta - cumulative[m]
            p[m] = s
            top = max(top, s)
        }
        var total = 0.0
        for m in 0..<cumulative.count {
            p[m] = exp(p[m] - top)
            total += p[m]
        }
        var mean = 0.0, square = 0.0
        for m in 0..<cumulative.count {
            p[m] /= total
            mean += Double(m) * p[m]
            square += Double(m * m) * p[m]
        }
        return Moments(logZ: top + log(total), mean: mean, variance: max(square - mean * mean, 0))
    }

    /// The expected category at η.
    func expected(_ eta: Double) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: categories) { p in
            moments(eta, p).mean
        }
    }
}
