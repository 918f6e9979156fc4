extension QuestionDrawer {
    /// Swaps picks for shorter questions of the same cell until the draw fits `budget`.
    ///
    /// Each step takes the longest pick (ties: the later in draw order) that has a strictly
    /// shorter unpicked eligible question in its cell, not a near-duplicate of the other picks,
    /// and swaps it for the shortest such question (ties: the better ranked). When no step is
    /// left every cell holds its shortest questions, so the total is the least the draw needs.
    static func fitBudget(
        _ draws: inout [CellDraw],
        budget: Int,
        isNearDuplicate: (DrawQuestion, DrawQuestion) -> Bool
    ) throws(DrawError) {
        var total = draws.reduce(0) { $0 + $1.minutes }
        while total > budget {
            guard let step = nextSwap(in: draws, isNearDuplicate: isNearDuplicate) else {
                throw DrawError.overBudget(needed: total, budget: budget)
            }
            let draw = draws[step.cell]
            total -= draw[step.old].minutes - draw[step.new].minutes
            draws[step.cell].swap(step.old, for: step.new)
        }
    }

    /// The next budget swap: a cell, the ranked position of the pick to drop and of its
    /// replacement.
    private static func nextSwap(
        in draws: [CellDraw],
        isNearDuplicate: (DrawQuestion, DrawQuestion) -> Bool
    ) -> (cell: Int, old: Int, new: Int)? {
        let picks = draws.indices.flatMap { cell in
            draws[cell].chosen.map { (cell: cell, position: $0, question: draws[cell][$0]) }
        }
        let longestFirst = picks.indices.sorted { a, b in
            let left = picks[a].question.minutes, right = picks[b].question.minutes
            return left != right ? left > right : a > b
        }
        for slot in longestFirst {
            let pick = picks[slot]
            let draw = draws[pick.cell]
            let others = picks.indices.lazy.filter { $0 != slot }.map { picks[$0].question }
            let chosen = Set(draw.chosen)
            var best: Int?
            for position in draw.ranked.indices where !chosen.contains(position) {
                let candidate = draw[position]
                guard candidate.minutes < pick.question.minutes,
                      best.map({ candidate.minutes < draw[$0].minutes }) ?? true,
                      !others.contains(where: { $0.id == candidate.id || isNearDuplicate($0, candidate) })
                else { continue }
                best = position
            }
            if let best {
                return (pick.cell, pick.position, best)
            }
        }
        return nil
    }
}
