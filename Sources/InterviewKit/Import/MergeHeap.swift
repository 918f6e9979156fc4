/// A max-heap of candidate merges, most similar first, ties broken by cluster index.
struct MergeHeap: Sendable {
    struct Item: Sendable {
        var similarity: Double
        var a: Int
        var b: Int

        func before(_ other: Item) -> Bool {
            if similarity != other.similarity { return similarity > other.similarity }
            if a != other.a { return a < other.a }
            return b < other.b
        }
    }

    private var items: [Item] = []

    mutating func push(_ item: Item) {
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard items[i].before(items[p]) else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> Item? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var best = i
                if l < items.count, items[l].before(items[best]) { best = l }
                if r < items.count, items[r].before(items[best]) { best = r }
                if best == i { break }
                items.swapAt(i, best)
                i = best
            }
        }
        return first
    }
}
