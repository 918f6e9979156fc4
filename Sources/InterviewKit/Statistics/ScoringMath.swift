import Foundation

/// Descriptive statistics shared by the scoring types.
enum ScoringMath {
    /// Sums of squared deviations at or below this count as zero variance (scores live on a
    /// small integer scale, so 1e-6 differences carry no information).
    static let zeroSumOfSquares = 1e-12

    static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation (divisor n − 1); exactly 0 when all values are equal.
    static func sampleStandardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2, let m = mean(values) else { return nil }
        if values.allSatisfy({ $0 == values[0] }) { return 0 }
        let ss = values.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        return (ss / Double(values.count - 1)).squareRoot()
    }

    /// Pearson correlation; nil with fewer than two pairs or a zero variance.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, let mx = mean(x), let my = mean(y) else { return nil }
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > zeroSumOfSquares, syy > zeroSumOfSquares else { return nil }
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }
}
