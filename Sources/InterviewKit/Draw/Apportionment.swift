/// Turns weights into whole counts (scoring.md 8.1).
public enum Apportionment {
    /// Largest-remainder (Hamilton) apportionment of `total` seats over weighted items.
    ///
    /// Quota q = total·w/Σw, floor f = ⌊q + 1e-9⌋, remainder r = round((q − f)·10⁹); the
    /// leftover seats go one each to the items with w > 0 ordered by r descending, then w
    /// descending, then id ascending. When `integral` is true (every weight was written as an
    /// integer) and the weights already sum to `total`, they come back as they are.
    ///
    /// Weights must be finite and ≥ 0 (callers validate them; see ``CellPlan``). A negative or
    /// non-finite weight counts as 0, and if no weight is positive every item gets 0.
    /// - Returns: a count for every id, zeros included.
    public static func largestRemainder(
        _ weights: [(id: String, weight: Double)],
        total: Int,
        integral: Bool
    ) -> [String: Int] {
        var cleaned = weights.map { item in
            (id: item.id, weight: item.weight.isFinite && item.weight > 0 ? item.weight : 0)
        }
        var counts: [String: Int] = [:]
        for item in cleaned {
            counts[item.id] = 0
        }
        var sum = cleaned.reduce(0) { $0 + $1.weight }

        if integral, sum == Double(total),
           let exact = exactCounts(cleaned) {
            return counts.merging(exact) { _, new in new }
        }
        guard sum > 0, total > 0 else { return counts }
        if !(sum * Double(total)).isFinite, let largest = cleaned.map(\.weight).max() {
            // Weights so large that N·w overflows: scale them down (same counts in exact arithmetic).
            cleaned = cleaned.map { (id: $0.id, weight: $0.weight / largest) }
            sum = cleaned.reduce(0) { $0 + $1.weight }
        }

        struct Seat {
            var id: String
            var weight: Double
            var floor: Int
            var remainder: Int
        }
        let seats = cleaned.map { item -> Seat in
            let quota = Double(total) * item.weight / sum
            let floor = (quota + 1e-9).rounded(.down)
            let remainder = ((quota - floor) * 1e9).rounded(.toNearestOrEven)
            return Seat(id: item.id, weight: item.weight, floor: Int(floor), remainder: Int(remainder))
        }
        for seat in seats {
            counts[seat.id, default: 0] += seat.floor
        }
        let leftover = total - seats.reduce(0) { $0 + $1.floor }
        let order = seats
            .filter { $0.weight > 0 }
            .sorted { a, b in
                if a.remainder != b.remainder { return a.remainder > b.remainder }
                if a.weight != b.weight { return a.weight > b.weight }
                return a.id < b.id
            }
        for seat in order.prefix(max(0, leftover)) {
            counts[seat.id, default: 0] += 1
        }
        return counts
    }

    private static func exactCounts(_ weights: [(id: String, weight: Double)]) -> [String: Int]? {
        var counts: [String: Int] = [:]
        for item in weights {
            guard let count = Int(exactly: item.weight) else { return nil }
            counts[item.id, default: 0] += count
        }
        return counts
    }
}
