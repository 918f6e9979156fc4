/// Which candidates are linked, directly or through others, by a shared question or interviewer
/// (scoring.md §9): estimates compare across subsets only through the priors.
struct FacetConnectivity: Sendable {
    /// Subset number of each candidate, 0 for the largest subset (ties: the one met first).
    let subsetOfCandidate: [Int]
    let subsetCount: Int

    init(_ design: FacetDesign) {
        // Union-find over candidates, then questions, then interviewers.
        var parent = Array(0..<(design.candidates + design.head))
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for n in 0..<design.candidates {
            for row in design.rowOffsets[n]..<design.rowOffsets[n + 1] {
                join(n, design.candidates + Int(design.question[row]))
                join(n, design.candidates + design.questions + Int(design.interviewer[row]))
            }
        }
        var sizes: [Int: Int] = [:], firstSeen: [Int: Int] = [:]
        let roots = (0..<design.candidates).map(root)
        for (n, r) in roots.enumerated() {
            sizes[r, default: 0] += 1
            if firstSeen[r] == nil { firstSeen[r] = n }
        }
        let order = sizes.keys.sorted { a, b in
            let (sizeA, sizeB) = (sizes[a] ?? 0, sizes[b] ?? 0)
            return sizeA != sizeB ? sizeA > sizeB : (firstSeen[a] ?? 0) < (firstSeen[b] ?? 0)
        }
        var number: [Int: Int] = [:]
        for (index, r) in order.enumerated() { number[r] = index }
        subsetOfCandidate = roots.map { number[$0] ?? 0 }
        subsetCount = order.count
    }
}
