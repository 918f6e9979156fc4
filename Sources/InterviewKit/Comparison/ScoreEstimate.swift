/// A score with its interval as the JSON shapes give it: `{mean, pct, lower, upper, n}`, bounds
/// clamped to the scale, null when there is no interval (n < 2) or nothing assessed (n = 0).
public struct ScoreEstimate: Sendable, Hashable, Encodable {
    public var mean: Double?
    public var pct: Double?
    public var lower: Double?
    public var upper: Double?
    public var n: Int

    public init(_ summary: ScoreSummary) {
        mean = summary.mean
        pct = summary.meanPct
        lower = summary.lower
        upper = summary.upper
        n = summary.n
    }

    enum CodingKeys: String, CodingKey { case mean, pct, lower, upper, n }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(pct, forKey: .pct)
        try container.encode(lower, forKey: .lower)
        try container.encode(upper, forKey: .upper)
        try container.encode(n, forKey: .n)
    }

    /// `2.90 [2.21, 3.59] (63/100, n=5)`, `3.00 (n=1, no interval)` or `not assessed`.
    public var text: String {
        guard let mean else { return "not assessed" }
        let pctText = pct.map { NumberText.fixed($0, places: 0) } ?? "–"
        guard let lower, let upper else { return NumberText.fixed(mean, places: 2) + " (\(pctText)/100, n=\(n), no interval)" }
        return "\(NumberText.fixed(mean, places: 2)) [\(NumberText.fixed(lower, places: 2)), \(NumberText.fixed(upper, places: 2))]" + " (\(pctText)/100, n=\(n))"
    }
}
