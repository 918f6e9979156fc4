/// A sparse table of (value, value) -> count, as the coincidence matrix of alpha or the
/// cross-table of two raters.
struct CountTable: Sendable {
    private(set) var entries: [Pair: Double] = [:]
    private(set) var total = 0.0

    struct Pair: Hashable, Sendable {
        var first: Int
        var second: Int
    }

    mutating func add(_ first: Int, _ second: Int, _ amount: Double) {
        entries[Pair(first: first, second: second), default: 0] += amount
        total += amount
    }

    func transposed() -> CountTable {
        var result = CountTable()
        for (pair, count) in entries { result.add(pair.second, pair.first, count) }
        return result
    }

    /// Each (a, b) counted as the coincidences (a, b) and (b, a): alpha of two raters.
    func symmetrised() -> CountTable {
        var result = CountTable()
        for (pair, count) in entries {
            result.add(pair.first, pair.second, count)
            result.add(pair.second, pair.first, count)
        }
        return result
    }

    func alpha(pairableUnits: Int, metric: KrippendorffAlpha.Metric) -> KrippendorffAlpha {
        let values = Set(entries.keys.flatMap { [$0.first, $0.second] }).sorted()
        let position = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })
        var matrix = Array(repeating: Array(repeating: 0.0, count: values.count), count: values.count)
        for (pair, count) in entries {
            if let c = position[pair.first], let k = position[pair.second] { matrix[c][k] += count }
        }
        return KrippendorffAlpha(values: values, coincidences: matrix, pairableUnits: pairableUnits, metric: metric)
    }
}
