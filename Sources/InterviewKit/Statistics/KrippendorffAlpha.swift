/// Krippendorff's alpha for integer ratings with missing values (scoring.md §4).
///
/// Units are (session, question, criterion); each unit holds one optional value per rater.
/// Units with at least two values are pairable; the others are ignored. α is nil (undefined)
/// when fewer than two pairable values exist or the expected disagreement is 0 (all values equal).
public struct KrippendorffAlpha: Sendable, Hashable {
    public enum Metric: String, Sendable, Hashable, Codable {
        /// δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²
        case ordinal
        /// δ²_ck = (c − k)²
        case interval
    }

    public let metric: Metric
    public let alpha: Double?
    public let pairableUnits: Int
    /// Distinct values seen in pairable units, ascending; indexes `coincidences` and `marginals`.
    public let values: [Int]
    /// o_ck = Σ_u P_u(c, k) / (m_u − 1).
    public let coincidences: [[Double]]
    /// n_c = Σ_k o_ck.
    public let marginals: [Double]
    /// D_o and D_e, nil when fewer than two pairable values exist.
    public let observedDisagreement: Double?
    public let expectedDisagreement: Double?

    /// - Parameter units: one array per unit, one optional value per rater.
    public init(units: [[Int?]], metric: Metric) {
        var pairableCount = 0
        var seenValues = Set<Int>()
        for unit in units where Self.valueCount(unit) >= 2 {
            pairableCount += 1
            for case let v? in unit { seenValues.insert(v) }
        }
        let values = seenValues.sorted()
        let index = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        let size = values.count

        var o = Array(repeating: Array(repeating: 0.0, count: size), count: size)
        var counts = Array(repeating: 0, count: size)
        var present: [Int] = []
        for unit in units {
            let m = Self.valueCount(unit)
            guard m >= 2 else { continue }
            present.removeAll(keepingCapacity: true)
            for case let v? in unit {
                guard let c = index[v] else { continue }
                if counts[c] == 0 { present.append(c) }
                counts[c] += 1
            }
            let weight = 1 / Double(m - 1)
            for c in present {
                for k in present {
                    let pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k]
                    o[c][k] += Double(pairs) * weight
                }
            }
            for c in present { counts[c] = 0 }
        }
        self.init(values: values, coincidences: o, pairableUnits: pairableCount, metric: metric)
    }

    /// Alpha from a coincidence matrix already summed over the units (`values` sorted, the
    /// matrix indexed like them).
    init(values: [Int], coincidences o: [[Double]], pairableUnits: Int, metric: Metric) {
        self.metric = metric
        self.values = values
        self.pairableUnits = pairableUnits
        let size = values.count
        coincidences = o
        let n_c = o.map { $0.reduce(0, +) }
        marginals = n_c
        let n = n_c.reduce(0, +)

        guard n >= 2 else {
            observedDisagreement = nil
            expectedDisagreement = nil
            alpha = nil
            return
        }
        let delta = Self.squaredDistances(values: values, marginals: n_c, metric: metric)
        var observed = 0.0, expected = 0.0
        for c in 0..<size {
            for k in 0..<size {
                observed += o[c][k] * delta[c][k]
                expected += n_c[c] * n_c[k] * delta[c][k]
            }
        }
        let dO = observed / n
        let dE = expected / (n * (n - 1))
        observedDisagreement = dO
        expectedDisagreement = dE
        alpha = dE > 0 ? 1 - dO / dE : nil
    }

    /// - Parameter raters: one row per rater, one optional value per unit (rows may differ in length).
    public init(raters: [[Int?]], metric: Metric) {
        let unitCount = raters.map(\.count).max() ?? 0
        let units = (0..<unitCount).map { u in raters.map { u < $0.count ? $0[u] : nil } }
        self.init(units: units, metric: metric)
    }

    /// The band of this α (meaningful for the ordinal metric).
    public var band: AgreementBand {
        AgreementBand(alpha: alpha, pairableUnits: pairableUnits)
    }

    /// Total number of pairable values, n = Σ n_c.
    public var pairableValues: Double {
        marginals.reduce(0, +)
    }

    private static func valueCount(_ unit: [Int?]) -> Int {
        var m = 0
        for case .some in unit { m += 1 }
        return m
    }

    private static func squaredDistances(values: [Int], marginals: [Double], metric: Metric) -> [[Double]] {
        let size = values.count
        var delta = Array(repeating: Array(repeating: 0.0, count: size), count: size)
        switch metric {
        case .interval:
            for c in 0..<size {
                for k in 0..<size {
                    let d = Double(values[c] - values[k])
                    delta[c][k] = d * d
                }
            }
        case .ordinal:
            var cumulative = [0.0]
            for n in marginals { cumulative.append(cumulative[cumulative.count - 1] + n) }
            for c in 0..<size {
                for k in c..<size {
                    let between = cumulative[k + 1] - cumulative[c]
                    let d = between - (marginals[c] + marginals[k]) / 2
                    delta[c][k] = d * d
                    delta[k][c] = d * d
                }
            }
        }
        return delta
    }
}
