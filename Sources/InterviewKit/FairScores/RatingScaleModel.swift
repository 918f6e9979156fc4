import Foundation

/// The Andrich rating-scale model of one observation (scoring.md §9): with η = θ − δ − λ − γ and
/// thresholds τ_1..τ_K, P(m) ∝ exp(m·η − T_m), T_m = τ_1 + … + τ_m, for categories m = 0...K.
struct RatingScaleModel: Sendable {
    let thresholds: [Double]
    /// T_0 = 0, T_m = τ_1 + … + τ_m.
    let cumulative: [Double]
    /// exp(−T_m), used when all are finite and positive.
    private let factors: [Double]
    private let hasFactors: Bool

    init(thresholds: [Double]) {
        self.thresholds = thresholds
        var running = 0.0
        cumulative = [0] + thresholds.map { running += $0; return running }
        factors = cumulative.map { exp(-$0) }
        hasFactors = factors.allSatisfy { $0.isFinite && $0 > 0 }
    }

    var categories: Int { cumulative.count }

    /// The moments of one observation at η; the probabilities are left in `p` (K + 1 values).
    struct Moments {
        /// The normaliser Z = Σ_m exp(m·η − T_m) as `scaled` · exp(`shift`), so that neither
        /// overflows; `scaled` ≥ 1.
        var scaled = 1.0
        var shift = 0.0
        /// E[m] and Var[m].
        var mean = 0.0
        var variance = 0.0

        /// log Z: log P(m) = m·η − T_m − logZ.
        var logZ: Double { shift + log(scaled) }
    }

    @inline(__always)
    func moments(_ eta: Double, _ p: UnsafeMutableBufferPointer<Double>) -> Moments {
        // exp(m·η − T_m) = exp(η)^m · exp(−T_m): one exp per observation instead of one per
        // category (the fit's passes evaluate millions). Where a term would overflow, the
        // shifted form below.
        if hasFactors {
            let ratio = exp(eta)
            var power = 1.0, total = 0.0
            for m in 0..<factors.count {
                p[m] = power * factors[m]
                total += p[m]
                power *= ratio
            }
            if total.isFinite, ratio > 0 {
                return normalise(p, total: total, shift: 0)
            }
        }
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
        return normalise(p, total: total, shift: top)
    }

    /// Scales the unnormalised probabilities in `p` by their `total` and takes the moments.
    @inline(__always)
    private func normalise(_ p: UnsafeMutableBufferPointer<Double>, total: Double, shift: Double) -> Moments {
        var mean = 0.0, square = 0.0
        let scale = 1 / total
        for m in 0..<cumulative.count {
            p[m] *= scale
            mean += Double(m) * p[m]
            square += Double(m * m) * p[m]
        }
        return Moments(scaled: total, shift: shift, mean: mean, variance: max(square - mean * mean, 0))
    }

    /// The expected category at η.
    func expected(_ eta: Double) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: categories) { p in
            moments(eta, p).mean
        }
    }
}
