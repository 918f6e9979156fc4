extension QuestionDrawer {
    /// Rids a finished draw of its related pairs where the blueprint allows (formats.md: a draw
    /// never puts two related questions together).
    ///
    /// A draw without a related pair is kept as it is. Otherwise a ``RelatedSearch`` over the
    /// same candidates (each cell's ranked questions, with the asked-before questions the draw
    /// needed and no more) looks for a draw with no pair, then with one, and so on up to one
    /// fewer than the draw holds; the first it finds is taken, so the pairs left are the fewest
    /// that the quotas, the budget and even exposure allow. When the search finds none (or gives
    /// up) the draw is kept.
    /// - Parameters:
    ///   - draws: the cells of a finished draw, within budget.
    ///   - budget: the blueprint's minutes, or `nil`.
    ///   - exposure: question id → sessions that drew it.
    /// - Returns: the cells with their picks, and the related pairs left among them, each with
    ///   what kept the draw from avoiding it.
    static func separateRelated(
        _ draws: [CellDraw],
        links: RelatedLinks,
        budget: Int?,
        exposure: [String: Int],
        isNearDuplicate: (DrawQuestion, DrawQuestion) -> Bool
    ) -> (draws: [CellDraw], allowed: [RelatedPair]) {
        let present = links.pairs(among: draws.flatMap(\.picks), reason: .quota)
        guard !present.isEmpty else { return (draws, []) }
        var search = RelatedSearch(draws: draws, links: links, exposure: exposure)
        let limits = RelatedSearch.Limits(budget: budget, evenExposure: !exposure.isEmpty)

        var result = draws
        for maxPairs in 0..<present.count {
            if let found = search.first(maxPairs: maxPairs, within: limits, isNearDuplicate: isNearDuplicate) {
                result = found
                break
            }
        }
        let left = links.pairs(among: result.flatMap(\.picks), reason: .quota)
        guard !left.isEmpty else { return (result, []) }

        // What is to blame: the quotas, unless dropping the budget or even exposure would
        // let the draw do with fewer pairs.
        func fewerWithout(_ relaxed: RelatedSearch.Limits) -> Bool {
            guard relaxed.budget != limits.budget || relaxed.evenExposure != limits.evenExposure else { return false }
            return (0..<left.count).contains { maxPairs in
                search.first(maxPairs: maxPairs, within: relaxed, isNearDuplicate: isNearDuplicate) != nil
            }
        }
        let reason: RelatedPair.Reason
        if !fewerWithout(RelatedSearch.Limits(budget: nil, evenExposure: false)) {
            reason = .quota
        } else if fewerWithout(RelatedSearch.Limits(budget: nil, evenExposure: limits.evenExposure)) {
            reason = .budget
        } else {
            reason = .exposure
        }
        return (result, left.map { RelatedPair($0.first, $0.second, reason: reason) })
    }
}
