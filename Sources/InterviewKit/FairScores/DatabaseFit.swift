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
        try start(store, priors: priors, cache: cache, visiting: visit).value()
    }

    /// The fit, or nil when the data cannot be fitted (too few scores, one category): for a
    /// caller that has a fallback, such as adaptive selection's level priors. Store errors are thrown.
    public static func ifAvailable(_ store: any AnalyticsStore, cache: ResultCache? = ResultCache()) throws(StoreError) -> FacetFit? {
        do {
            return try load(store, cache: cache)
        } catch let error as StoreError {
            throw error
        } catch {
            return nil
        }
    }

    /// The fit as ``load(_:priors:cache:visiting:)`` makes it, started: the pass over the scores
    /// (with `visit`) is complete when this returns, and the model is fitted (or the kept fit
    /// decoded) on another thread while the caller makes its own statistics; the pending fit's
    /// `value()` waits for it, keeps a fresh fit in the cache and names the candidates. Only the
    /// store's errors are thrown here; the fit's own come from `value()`.
    public static func start(_ store: any AnalyticsStore, priors: FacetPriors = .standard, cache: ResultCache? = ResultCache(),
                             visiting visit: ((ScoreRow) -> Void)? = nil) throws(StoreError) -> PendingFit {
        // "v2": measures kept as columns (``FacetFit``'s coding); a file of another layout is not read.
        let name = "fair-fit-v2-\(priors.ability)-\(priors.difficulty)-\(priors.severity).json"
        let version = try store.dataVersion()
        let work: @Sendable () throws -> (fit: FacetFit?, text: String?)
        if let cache, let version, let kept = cache.kept(name, version: version) {
            // Served from the cache: the caller's pass is still to be made. A kept file that does
            // not decode (damaged) is made again when the fit is asked for.
            if visit != nil { try pass(store, visit) { _ in } }
            work = { (try? JSONDecoder().decode(FacetFit.self, from: Data(kept.utf8)), nil) }
        } else {
            let gathered = Handover(try gather(store, visit))
            work = {
                let ratings = try gathered.take().get()
                return try fitted(ratings, priors)
            }
        }
        return PendingFit(work) { decoded, kept in
            let (fit, text) = if let decoded { (decoded, kept) } else { try fitted(try gather(store, nil).get(), priors) }
            if let cache, let version {
                if let text { cache.keep(text, as: name, version: version) }
                // The anchor a candidate report estimates against, kept beside its fit (default
                // priors), whether the fit was computed now or kept from a build that wrote no anchor.
                if priors == .standard {
                    _ = try cache.text(anchorName, version: version) { String(decoding: try JSONEncoder().encode(FacetAnchor(fit)), as: UTF8.self) }
                }
            }
            let names = try store.candidateNames()
            return fit.renamingCandidates(Dictionary(names.map { (String($0.key), $0.value) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// The fit of `ratings` and its text for the cache. A fit computed here is used as it is, not
    /// read back from the text kept for the next run.
    private static func fitted(_ ratings: consuming FacetRatings, _ priors: FacetPriors) throws -> (fit: FacetFit, text: String?) {
        let fit = try FacetFitter(priors: priors).fit(ratings)
        return (fit, String(decoding: try JSONEncoder().encode(fit), as: UTF8.self))
    }

    /// The gathered ratings, handed to the fit's thread once: taking them leaves none behind, so
    /// that the fit holds a database's millions of rows once.
    private final class Handover: @unchecked Sendable {
        private var ratings: Result<FacetRatings, any Error>?

        init(_ ratings: Result<FacetRatings, any Error>) { self.ratings = ratings }

        func take() -> Result<FacetRatings, any Error> {
            defer { ratings = nil }
            return ratings ?? .failure(FacetFitError.noRatings)
        }
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

    /// The fit's ratings from one pass over the scores, each score handed to `visit` too, or why
    /// there are none (the store's errors are thrown). Its own function, so that nothing but the
    /// result holds the rows when the fit takes them over.
    private static func gather(_ store: any AnalyticsStore, _ visit: ((ScoreRow) -> Void)?) throws(StoreError) -> Result<FacetRatings, any Error> {
        var gathered = Gathered()
        try pass(store, visit) { gathered.add($0) }
        return Result { try gathered.finish() }
    }

    /// One pass over the scores: each to `body`, and to `visit` on another thread (the caller's
    /// statistics are made while the store reads on); every score has been visited on return.
    private static func pass(_ store: any AnalyticsStore, _ visit: ((ScoreRow) -> Void)?, _ body: (ScoreRow) -> Void) throws(StoreError) {
        guard let visit else { return try store.forEachScore(body) }
        let pipe = BatchPipe(consume: visit)
        defer { pipe.finish() }
        try store.forEachScore { row in
            pipe.send(row)
            body(row)
        }
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
