import Foundation

/// The fair-score fit of a whole database (scoring.md §9): every criterion score of its finished
/// sessions. A fit is kept in the ``ResultCache`` under the data's version, so it is computed once
/// after each new score; the cached copy numbers candidates instead of naming them, and names
/// are put back when it is read.
public enum DatabaseFit {
    /// The fit, with candidates named; rows on another scale than the most common first one are
    /// left out (one model needs one scale).
    ///
    /// With `visit`, every score of the database is also handed to it, in one pass over the
    /// scores that the fit reads too when it is not cached: a caller with its own statistics over
    /// the scores (agreement, bank statistics) reads them once. The pass is complete before an
    /// error of the fit itself is thrown; a store error ends it.
    public static func load(_ store: any AnalyticsStore, priors: FacetPriors = .standard, cache: ResultCache? = ResultCache(),
                            visiting visit: ((ScoreRow) -> Void)? = nil) throws -> FacetFit {
        let name = "fair-fit-\(priors.ability)-\(priors.difficulty)-\(priors.severity).json"
        // A fit computed here is used as it is, not read back from the text kept for the next run.
        var computed: FacetFit?
        var visited = false
        let version = try store.dataVersion()
        let compute = { () throws -> String in
            let ratings = try gather(store, visit)
            visited = true
            let fit = try FacetFitter(priors: priors).fit(ratings)
            computed = fit
            return String(decoding: try JSONEncoder().encode(fit), as: UTF8.self)
        }
        let text = try cache.map { cache in try cache.text(name, version: version, compute: compute) } ?? compute()
        // Served from the cache: the caller's pass is still to be made.
        if let visit, !visited { try store.forEachScore(visit) }
        let fit = try computed ?? JSONDecoder().decode(FacetFit.self, from: Data(text.utf8))
        // The anchor a candidate report estimates against, kept beside its fit (default priors),
        // whether the fit was computed now or kept from a build that wrote no anchor.
        if let cache, let version, priors == .standard {
            _ = try cache.text(anchorName, version: version) { String(decoding: try JSONEncoder().encode(FacetAnchor(fit)), as: UTF8.self) }
        }
        let names = try store.candidateNames()
        return fit.renamingCandidates(Dictionary(names.map { (String($0.key), $0.value) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The other facets of the database's fit, for one candidate's estimate (``FacetAnchor``): the
    /// fit of this version of the data when it is kept, else the last one kept (scores recorded
    /// since are estimated against it), else a new fit of the whole database (default priors).
    public static func anchor(_ store: any AnalyticsStore, cache: ResultCache? = ResultCache()) throws -> FacetAnchor {
        let version = try store.dataVersion()
        if let cache, let version,
            let text = cache.latestText(anchorName, of: version),
            let anchor = try? JSONDecoder().decode(FacetAnchor.self, from: Data(text.utf8))
        {
            return try named(anchor, store)
        }
        return FacetAnchor(try load(store, cache: cache))
    }

    private static let anchorName = "fair-anchor.json"

    /// The anchor with its candidates (numbered in the cache) named, for the few outside the
    /// largest connected subset.
    private static func named(_ anchor: FacetAnchor, _ store: any AnalyticsStore) throws -> FacetAnchor {
        guard !anchor.outside.isEmpty else { return anchor }
        let names = try store.candidateNames()
        return anchor.renamingOutside { number in Int64(number).flatMap { names[$0] } ?? number }
    }

    /// The fit's ratings from one pass over the scores, each score handed to `visit` too. Its own
    /// function, so that nothing but the result holds the rows when the fit takes them over.
    private static func gather(_ store: any AnalyticsStore, _ visit: ((ScoreRow) -> Void)?) throws -> FacetRatings {
        var gathered = Gathered()
        try store.forEachScore { row in
            visit?(row)
            gathered.add(row)
        }
        return try gathered.finish()
    }

    /// The database's criterion scores of finished sessions, coded for the fit as a pass hands
    /// them over. The rows come numbered by the store, so that no id is hashed or copied per row;
    /// candidates are named by their database number.
    private struct Gathered {
        // Made again for the first row's scale; no Optional, which each row would copy.
        private var ratings = FacetRatings()
        private var scale: ScoreScale?
        // The last weight given to each criterion, by its number in `ratings`.
        private var weights: [Double] = []
        private var firstError: (any Error)?

        mutating func add(_ row: ScoreRow) {
            guard row.finished, firstError == nil else { return }
            if scale == nil {
                scale = row.scale
                ratings = FacetRatings(scale: row.scale)
                ratings.reserveCapacity(row.expectedRows)
            }
            guard row.scale == scale else { return }
            do {
                try ratings.append(candidate: row.candidate, question: row.questionNumber, interviewer: row.interviewerNumber,
                                   criterion: row.criterionNumber, score: row.value, ids: row)
            } catch {
                firstError = error
                return
            }
            let criterion = Int(ratings.criterion[ratings.count - 1])
            if criterion == weights.count { weights.append(row.weight) } else { weights[criterion] = row.weight }
        }

        /// The ratings gathered, or the first error met.
        consuming func finish() throws -> FacetRatings {
            if let firstError { throw firstError }
            guard scale != nil else { throw FacetFitError.noRatings }
            for (criterion, weight) in zip(ratings.criteria, weights).sorted(by: { $0.0 < $1.0 }) {
                try ratings.setWeight(weight, for: criterion)
            }
            return ratings
        }
    }
}

/// A database row names its candidate by database number (`DatabaseFit` renames after the cache).
extension ScoreRow: FacetRowIDs {
    func id(of facet: FacetRatings.Facet) -> String {
        switch facet {
        case .candidate: String(candidate)
        case .question: questionID
        case .interviewer: interviewer
        case .criterion: criterion
        }
    }
}
