import Foundation

/// Student's t distribution: the 97.5% quantile used by every 95% interval (scoring.md §3, §7).
public enum StudentT {
    /// t(0.975, df) for df = 1...30 (index df − 1), to double precision.
    static let table975: [Double] = [
        12.706204736174694, 4.302652729749462, 3.1824463052837078, 2.7764451051977934,
        2.5705818356363146, 2.4469118511449786, 2.364624251592784, 2.306004135204166,
        2.262157162798205, 2.228138851986274, 2.200985160091639, 2.1788128296672284,
        2.1603686564627913, 2.144786687917804, 2.131449545559776, 2.1199052992212546,
        2.1098155778333156, 2.1009220402410382, 2.0930240544083087, 2.085963447265864,
        2.0796138447276795, 2.0738730679040254, 2.0686576104190486, 2.0638985616280245,
        2.0595385527532972, 2.0555294386428735, 2.0518305164802846, 2.0484071417952454,
        2.045229642132703, 2.0422724563012378,
    ]

    /// Standard normal 97.5% quantile, the limit as df → ∞.
    static let normal975 = 1.959963984540054

    /// Above this df the Cornish-Fisher expansion is exact to double precision and far cheaper
    /// than the continued fraction, whose cost grows with √df.
    static let expansionThreshold = 1e5

    /// t(0.975, df) for any df > 0, including fractional Welch degrees of freedom.
    ///
    /// Integer df 1...30 come from a table; other df solve F(t; df) = 0.975 by safeguarded Newton
    /// (bisection within a bracket whenever a step would leave it) to better than 1e-10, and very
    /// large df use the Cornish-Fisher expansion. Returns NaN when df is not positive.
    public static func quantile975(df: Double) -> Double {
        guard df > 0 else { return .nan }
        if df == df.rounded(.towardZero) {
            if df <= 30 { return table975[Int(df) - 1] }
            if df <= Double(solvedUpTo) { return solved975[Int(df) - 31] }
        }
        return solve975(df: df)
    }

    /// The largest integer df whose quantile is kept in ``solved975``.
    static let solvedUpTo = 200

    /// t(0.975, df) for integer df 31...``solvedUpTo`` (index df − 31), solved once on first use:
    /// the intervals of a candidate's overall score (n − 1 of 30 to a few hundred questions) ask
    /// for these again and again, 40,000 times in `compare --all` on 10,000 candidates, where
    /// solving each one every time took a tenth of a second in all.
    static let solved975: [Double] = (31...solvedUpTo).map { solve975(df: Double($0)) }

    /// ``quantile975(df:)`` without the tables.
    static func solve975(df: Double) -> Double {
        if df > expansionThreshold {
            return largeDFQuantile975(df: df)
        }
        var lo = 0.0
        var hi = 4.0
        while cdf(hi, df: df) < 0.975, hi < .greatestFiniteMagnitude / 4 {
            lo = hi
            hi *= 2
        }
        var t = largeDFQuantile975(df: df)
        if !(t > lo && t < hi) { t = (lo + hi) / 2 }
        for _ in 0..<400 {
            let f = cdf(t, df: df) - 0.975
            if f < 0 { lo = t } else { hi = t }
            var next = t - f / density(t, df: df)
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            let converged = abs(next - t) <= 1e-13 * max(1, t) || hi - lo <= 1e-10 * max(1, lo)
            t = next
            if converged { break }
        }
        return t
    }

    /// The t density: Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^(−(ν+1)/2).
    static func density(_ t: Double, df: Double) -> Double {
        let logNorm = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
        return exp(logNorm - (df + 1) / 2 * log1p(t * t / df))
    }

    /// F(t; ν) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, symmetric for t < 0.
    public static func cdf(_ t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let t2 = t * t
        let x = df / (df + t2)
        let tail = 0.5 * IncompleteBeta.regularized(a: df / 2, b: 0.5, x: x, oneMinusX: t2 / (df + t2))
        return t >= 0 ? 1 - tail : tail
    }

    /// Cornish-Fisher expansion of the t quantile around the normal one (error O(df⁻⁴)).
    private static func largeDFQuantile975(df: Double) -> Double {
        let z = normal975
        let z2 = z * z
        let g1 = (z2 + 1) * z / 4
        let g2 = ((5 * z2 + 16) * z2 + 3) * z / 96
        let g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384
        return z + g1 / df + g2 / (df * df) + g3 / (df * df * df)
    }
}
