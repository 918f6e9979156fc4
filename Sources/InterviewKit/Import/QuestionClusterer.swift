/// Average-linkage agglomerative clustering over a sparse similarity graph.
///
/// Items are distinct question texts. Only pairs that share a feature are ever compared
/// (candidate blocking through an inverted index); a pair never compared counts as similarity 0.
/// Two clusters merge while their average pairwise similarity exceeds `threshold`. Items with
/// the same known id start together, and clusters with different known ids never merge.
struct QuestionClusterer: Sendable {
    /// Two clusters merge when their average similarity is above this.
    var threshold: Double
    /// Pairs below this are not kept (they would neither merge nor be suggested).
    var keepBelow: Double
    /// A feature shared by more items than this is not used to find candidate pairs.
    var postingCap: Int
    /// How many most similar partners each item keeps.
    var neighbours: Int = 24

    struct Outcome: Sendable {
        /// Cluster index of each item.
        var assignment: [Int]
        var clusterCount: Int
        /// Average similarity between clusters that did not merge, for pairs that were compared.
        var residual: [(a: Int, b: Int, similarity: Double)]
        /// Similarity of each kept item pair.
        var pairs: [Pair: Double]
    }

    struct Pair: Hashable, Sendable {
        var a: Int
        var b: Int
        init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
    }

    func cluster(_ profiles: IndexedProfiles, known: [String?]) -> Outcome {
        let pairs = candidatePairs(profiles)

        // Start: one cluster per item, items sharing a known id together.
        var clusterOf = Array(profiles.items.indices)
        var firstOfKnown: [String: Int] = [:]
        for i in profiles.items.indices {
            if let id = known[i] {
                if let c = firstOfKnown[id] { clusterOf[i] = c } else { firstOfKnown[id] = i }
            }
        }
        var size: [Int: Int] = [:]
        var knownOf: [Int: String] = [:]
        for i in profiles.items.indices {
            size[clusterOf[i], default: 0] += 1
            if let id = known[i] { knownOf[clusterOf[i]] = id }
        }
        var sums: [Int: [Int: Double]] = [:]
        for (pair, s) in pairs {
            let ca = clusterOf[pair.a], cb = clusterOf[pair.b]
            guard ca != cb else { continue }
            sums[ca, default: [:]][cb, default: 0] += s
            sums[cb, default: [:]][ca, default: 0] += s
        }
        var heap = MergeHeap()
        func average(_ a: Int, _ b: Int) -> Double {
            (sums[a]?[b] ?? 0) / Double((size[a] ?? 1) * (size[b] ?? 1))
        }
        for (a, row) in sums {
            for b in row.keys where a < b {
                let s = average(a, b)
                if s > threshold { heap.push(.init(similarity: s, a: a, b: b)) }
            }
        }
        // Lazy re-evaluation: a merge only lowers the average of pairs whose sum it did not
        // touch, so a stored value is an upper bound; a popped pair is re-scored and re-queued
        // when stale. Pairs whose sum grew are queued afresh.
        var parent: [Int: Int] = [:]
        while let top = heap.pop() {
            guard size[top.a] != nil, size[top.b] != nil else { continue }
            let current = average(top.a, top.b)
            if abs(current - top.similarity) > 1e-12 {
                if current > threshold { heap.push(.init(similarity: current, a: top.a, b: top.b)) }
                continue
            }
            if let ka = knownOf[top.a], let kb = knownOf[top.b], ka != kb { continue }
            // The cluster with more neighbours survives; the other's row is folded into it.
            let (a, b) = (sums[top.a]?.count ?? 0) >= (sums[top.b]?.count ?? 0) ? (top.a, top.b) : (top.b, top.a)
            size[a, default: 0] += size[b] ?? 0
            size[b] = nil
            if knownOf[a] == nil { knownOf[a] = knownOf[b] }
            parent[b] = a
            let rowB = sums.removeValue(forKey: b) ?? [:]
            sums[a]?[b] = nil
            for (nb, s) in rowB where nb != a {
                sums[a, default: [:]][nb, default: 0] += s
                sums[nb]?[b] = nil
                sums[nb, default: [:]][a, default: 0] += s
                let avg = average(a, nb)
                if avg > threshold { heap.push(.init(similarity: avg, a: min(a, nb), b: max(a, nb))) }
            }
        }
        func root(_ c: Int) -> Int {
            var r = c
            while let p = parent[r] { r = p }
            return r
        }
        var index: [Int: Int] = [:]
        var assignment: [Int] = []
        for i in profiles.items.indices {
            let r = root(clusterOf[i])
            if index[r] == nil { index[r] = index.count }
            assignment.append(index[r] ?? 0)
        }
        var residual: [(a: Int, b: Int, similarity: Double)] = []
        for (a, row) in sums where size[a] != nil {
            for b in row.keys where a < b && size[b] != nil {
                if let ka = knownOf[a], let kb = knownOf[b], ka != kb { continue }
                if let ia = index[a], let ib = index[b] {
                    residual.append((min(ia, ib), max(ia, ib), average(a, b)))
                }
            }
        }
        return Outcome(assignment: assignment, clusterCount: index.count, residual: residual, pairs: pairs)
    }

    /// Compares every pair of items that share a feature held by at most `postingCap` items,
    /// and keeps each item's `neighbours` most similar partners (a pair stays when either side
    /// keeps it), so memory grows linearly with the list.
    private func candidatePairs(_ profiles: IndexedProfiles) -> [Pair: Double] {
        var postings = [[Int32]](repeating: [], count: profiles.weights.count)
        for (i, item) in profiles.items.enumerated() {
            for f in item.features { postings[Int(f)].append(Int32(i)) }
        }
        // Each pair is scored once; both sides offer it to their own bounded list of best partners.
        var best = [[(j: Int, similarity: Double)]](repeating: [], count: profiles.items.count)
        func offer(_ i: Int, _ j: Int, _ s: Double) {
            best[i].append((j, s))
            if best[i].count >= 2 * neighbours {
                best[i].sort { ($0.similarity, $1.j) > ($1.similarity, $0.j) }
                best[i].removeLast(best[i].count - neighbours)
            }
        }
        var stamp = [Int](repeating: -1, count: profiles.items.count)
        for i in profiles.items.indices {
            for f in profiles.items[i].features {
                let list = postings[Int(f)]
                guard list.count <= postingCap else { continue }
                for j32 in list.reversed() {
                    let j = Int(j32)
                    if j <= i { break }
                    guard stamp[j] != i else { continue }
                    stamp[j] = i
                    let s = profiles.similarity(i, j)
                    if s >= keepBelow {
                        offer(i, j, s)
                        offer(j, i, s)
                    }
                }
            }
        }
        var result: [Pair: Double] = [:]
        for i in best.indices {
            best[i].sort { ($0.similarity, $1.j) > ($1.similarity, $0.j) }
            for (j, s) in best[i].prefix(neighbours) { result[Pair(i, j)] = s }
        }
        return result
    }
}
