import Foundation

/// The regularized incomplete beta function I_x(a, b) (Numerical Recipes §6.4).
enum IncompleteBeta {
    private static let epsilon = 1e-15
    private static let tiny = 1e-300
    private static let maxIterations = 10_000

    /// I_x(a, b); `oneMinusX` is passed separately so that x close to 1 keeps its precision.
    static func regularized(a: Double, b: Double, x: Double, oneMinusX: Double) -> Double {
        if x <= 0 { return 0 }
        if oneMinusX <= 0 { return 1 }
        let front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(oneMinusX))
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - front * continuedFraction(a: b, b: a, x: oneMinusX) / b
    }

    /// The continued fraction of I_x(a, b), evaluated by the modified Lentz method.
    private static func continuedFraction(a: Double, b: Double, x: Double) -> Double {
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = nonZero(1 - qab * x / qap)
        d = 1 / d
        var h = d
        for m in 1...maxIterations {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 / nonZero(1 + aa * d)
            c = nonZero(1 + aa / c)
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 / nonZero(1 + aa * d)
            c = nonZero(1 + aa / c)
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }

    private static func nonZero(_ value: Double) -> Double {
        abs(value) < tiny ? tiny : value
    }
}
