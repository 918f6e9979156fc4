/// A table of (value, value) -> count, as the coincidence matrix of alpha or the
/// cross-table of two raters.
struct CountTable: Sendable {
    struct Pair: Hashable, Sendable {
        var first: Int
        var second: Int
    }

    // Dense over the values seen so far (a scale of a few values), grown when a new one comes.
    private var low = 0
    private var size = 0
    private var cells: [Double] = []
    private var touched: [Bool] = []
    private(set) var total = 0.0

    /// The cells that were added to, zero amounts included.
    var entries: [Pair: Double] {
        var result: [Pair: Double] = [:]
        for row in 0..<size {
            for column in 0..<size where touched[row * size + column] {
                result[Pair(first: low + row, second: low + column)] = cells[row * size + column]
            }
        }
        return result
    }

    mutating func add(_ first: Int, _ second: Int, _ amount: Double) {
        include(min(first, second), max(first, second))
        let cell = (first - low) * size + (second - low)
        cells[cell] += amount
        touched[cell] = true
        total += amount
    }

    private mutating func include(_ lo: Int, _ hi: Int) {
        if size > 0, lo >= low, hi < low + size { return }
        let newLow = size == 0 ? lo : min(low, lo)
        let newSize = (size == 0 ? hi : max(low + size - 1, hi)) - newLow + 1
        var newCells = Array(repeating: 0.0, count: newSize * newSize)
        var newTouched = Array(repeating: false, count: newSize * newSize)
        for row in 0..<size {
            for column in 0..<size {
                let cell = (low + row - newLow) * newSize + (low + column - newLow)
                newCells[cell] = cells[row * size + column]
                newTouched[cell] = touched[row * size + column]
            }
        }
        (low, size, cells, touched) = (newLow, newSize, newCells, newTouched)
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
