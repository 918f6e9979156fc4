/// Question profiles with features interned as integers, for fast pairwise scoring of large
/// lists. Scores equal `SimilarityModel.similarity` on the same profiles.
struct IndexedProfiles: Sendable {
    struct Item: Sendable {
        var intent: QuestionIntent
        var verbClass: VerbClass
        /// Sorted feature ids.
        var head: [Int32]
        var tail: [Int32]
        /// All features, sorted by id, with weight × position weight (tail features count half).
        var positional: [(id: Int32, weight: Double)]
        /// Feature ids without duplicates, for blocking.
        var features: [Int32]
    }

    var items: [Item]
    /// Weight of each feature id.
    var weights: [Double]

    init(_ profiles: [QuestionProfile], model: SimilarityModel) {
        var ids: [String: Int32] = [:]
        var weights: [Double] = []
        func id(_ f: String) -> Int32 {
            if let i = ids[f] { return i }
            let i = Int32(weights.count)
            ids[f] = i
            weights.append(model.weight(f))
            return i
        }
        items = profiles.map { p in
            let head = Array(Set(p.head.map(id))).sorted()
            let tail = Array(Set(p.tail.map(id))).sorted()
            var positional: [Int32: Double] = [:]
            for f in tail { positional[f] = weights[Int(f)] * SimilarityModel.tailPositionWeight }
            for f in head { positional[f] = weights[Int(f)] }
            let merged = positional.map { (id: $0.key, weight: $0.value) }.sorted { $0.id < $1.id }
            return Item(intent: p.intent, verbClass: p.verbClass, head: head, tail: tail,
                        positional: merged, features: merged.map(\.id))
        }
        self.weights = weights
    }

    func similarity(_ i: Int, _ j: Int) -> Double {
        let a = items[i], b = items[j]
        guard a.intent == b.intent else { return 0 }
        let factor = a.verbClass.conflicts(with: b.verbClass) || comparesOtherItems(a, b) ? SimilarityModel.verbConflictFactor : 1
        let positional = weightedJaccard(a.positional, b.positional)
        if a.head.isEmpty || b.head.isEmpty {
            return factor * jaccard(a.features, b.features)
        }
        let head = jaccard(a.head, b.head)
        let structured = a.tail.isEmpty || b.tail.isEmpty
            ? head
            : (1 - SimilarityModel.tailShare) * head + SimilarityModel.tailShare * jaccard(a.tail, b.tail)
        return factor * max(structured, positional)
    }

    private func comparesOtherItems(_ a: Item, _ b: Item) -> Bool {
        guard a.intent == .compare else { return false }
        let fa = Set(a.features), fb = Set(b.features)
        let headA = Set(a.head), headB = Set(b.head)
        func w(_ f: Int32) -> Double { weights[Int(f)] }
        return SimilarityModel.comparesOtherItems(onlyA: headA.subtracting(fb).map(w), onlyB: headB.subtracting(fa).map(w),
                                                  shared: headA.intersection(headB).map(w))
    }

    private func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        var i = 0, j = 0
        var shared = 0.0, union = 0.0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                union += weights[Int(a[i])]; i += 1
            } else if i == a.count || b[j] < a[i] {
                union += weights[Int(b[j])]; j += 1
            } else {
                let w = weights[Int(a[i])]
                shared += w; union += w; i += 1; j += 1
            }
        }
        return union > 0 ? shared / union : 0
    }

    private func weightedJaccard(_ a: [(id: Int32, weight: Double)], _ b: [(id: Int32, weight: Double)]) -> Double {
        var i = 0, j = 0
        var shared = 0.0, union = 0.0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].id < b[j].id) {
                union += a[i].weight; i += 1
            } else if i == a.count || b[j].id < a[i].id {
                union += b[j].weight; j += 1
            } else {
                shared += min(a[i].weight, b[j].weight)
                union += max(a[i].weight, b[j].weight)
                i += 1; j += 1
            }
        }
        return union > 0 ? shared / union : 0
    }
}
