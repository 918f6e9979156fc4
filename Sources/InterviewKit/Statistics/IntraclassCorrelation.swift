/// ICC(2,1): two-way random effects, absolute agreement, single rater (scoring.md §4).
///
/// Targets are the (session, question) pairs with a complete rating from each of the k raters;
/// rows with a missing score are left out. Needs n ≥ 2 targets and k ≥ 2 raters; the ICC is nil
/// when the denominator is ≤ 0.
public struct IntraclassCorrelation: Sendable, Hashable {
    /// n, the targets rated by every rater.
    public let targets: Int
    /// k, the number of raters (the longest row).
    public let raters: Int
    /// Mean squares for targets (rows), raters (columns) and error; nil when n < 2 or k < 2.
    public let msRows: Double?
    public let msColumns: Double?
    public let msError: Double?
    public let icc: Double?

    /// - Parameter scores: one row per target, one rating score per rater.
    public init(scores: [[Double?]]) {
        let k = scores.map(\.count).max() ?? 0
        let rows = scores.compactMap { row -> [Double]? in
            let complete = row.compactMap { $0 }
            return complete.count == k ? complete : nil
        }
        let n = rows.count
        targets = n
        raters = k
        guard n >= 2, k >= 2 else {
            msRows = nil
            msColumns = nil
            msError = nil
            icc = nil
            return
        }
        let nd = Double(n), kd = Double(k)
        let grand = rows.joined().reduce(0, +) / (nd * kd)
        let rowMeans = rows.map { $0.reduce(0, +) / kd }
        let columnMeans = (0..<k).map { j in rows.reduce(0) { $0 + $1[j] } / nd }
        let total = rows.joined().reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let ssRows = rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let ssColumns = columnMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let msR = kd * ssRows / (nd - 1)
        let msC = nd * ssColumns / (kd - 1)
        let msE = (total - (nd - 1) * msR - (kd - 1) * msC) / ((nd - 1) * (kd - 1))
        msRows = msR
        msColumns = msC
        msError = msE
        let denominator = msR + (kd - 1) * msE + kd * (msC - msE) / nd
        icc = denominator > 0 ? (msR - msE) / denominator : nil
    }
}
