import Foundation

/// What `interview compare` was asked: which candidates, which sessions, calibrated or not, blind
/// or not, and as whom. ``report(from:)`` is the library call behind the command.
public struct ComparisonQuery: Sendable {
    /// The candidates to compare; nil compares every candidate, ranked.
    public var candidates: [String]?
    public var filter: SessionFilter
    /// Remove each interviewer's shrunk leniency before comparing.
    public var calibrated: Bool
    /// The blind labels' seed; nil shows names.
    public var blindSeed: UInt64?
    /// Compare only what this panel member may see (``PanelVisibility``).
    public var viewer: String?
    /// Rank by fair score (scoring.md §9); false ranks by raw mean (`--raw`).
    public var fair: Bool
    /// The priors of the fair-score fit.
    public var priors: FacetPriors

    public init(
        candidates: [String]?, blueprint: String? = nil, since: Date? = nil, calibrated: Bool = false, blindSeed: UInt64? = nil,
        viewer: String? = nil, fair: Bool = true, priors: FacetPriors = .standard
    ) {
        self.candidates = candidates
        self.filter = SessionFilter(candidates: candidates, blueprint: blueprint, since: since)
        self.calibrated = calibrated
        self.blindSeed = blindSeed
        self.viewer = viewer
        self.fair = fair
        self.priors = priors
    }

    /// The fit of the whole database started (it is made while the standings are read), or why
    /// there is none: a panel member's view (`--as`) would see through it the scores they may not
    /// see yet.
    func startFairFit(_ store: any AnalyticsStore, cache: ResultCache?) throws(StoreError) -> (pending: PendingFit?, note: String?) {
        guard fair else { return (nil, nil) }
        guard viewer == nil else { return (nil, "fair scores need every interviewer's scores; with --as the ranking is by raw mean") }
        return (try DatabaseFit.start(store, priors: priors, cache: cache), nil)
    }

    /// The started fit, or why there is none: the data may be too thin to fit.
    func fairFit(_ started: (pending: PendingFit?, note: String?)) throws(StoreError) -> (fit: FacetFit?, note: String?) {
        guard let pending = started.pending else { return (nil, started.note) }
        do {
            return (try pending.value(), nil)
        } catch let error as StoreError {
            throw error
        } catch {
            return (nil, "no fair scores (\(error)); ranked by raw mean")
        }
    }

    /// The standings of every candidate (or of those named, two or more) over all their sessions,
    /// raw and seen by no one panel member: from the whole database's ``StandingsInputs``, kept in
    /// `cache` until the data change. Nil when the query asks for less or other than that (a
    /// blueprint, a date, calibration, a panel member's view, one candidate's progress), when the
    /// store cannot read the whole database by candidate id, or when named candidates would cost a
    /// read of the whole database that no cache keeps; the ratings are then read as asked.
    func wholeDatabaseStandings(_ store: any AnalyticsStore, cache: ResultCache?) throws(StoreError) -> [CandidateStanding]? {
        guard filter.blueprint == nil, filter.since == nil, !calibrated, viewer == nil, (candidates?.count ?? 2) > 1,
              let standingsStore = store as? any StandingsStore
        else { return nil }
        let version = cache == nil ? nil : try store.dataVersion()
        // Named candidates (known to have sessions: `report` checked) cost no read of the whole
        // database only when a cache keeps its standings.
        if candidates != nil, version == nil { return nil }
        let inputs = if let cache {
            try cache.value("standings", version: version, decode: StandingsInputs.init(encoded:), encode: { $0.encoded() }) {
                () throws(StoreError) in try standingsStore.standingsInputs()
            }
        } else {
            try standingsStore.standingsInputs()
        }
        return inputs.standings(names: try store.candidateNames(), only: candidates.map(Set.init), scale: CandidateComparer().scale)
    }

    /// The comparison: one candidate's sessions over time (raw), or candidates side by side (every
    /// pair of those named, or each with the next in rank for all), ranked by fair score unless
    /// `fair` is false. Fair scores come from the fit of the whole database (cached in `cache`
    /// until the next score) over all of a candidate's finished sessions. Throws
    /// ``StoreError/unknownCandidate(_:)`` for a name without sessions.
    public func report(from store: any AnalyticsStore, cache: ResultCache? = ResultCache()) throws(StoreError) -> ComparisonReport {
        // Names without sessions are refused before any whole-database work.
        let known = candidates == nil ? nil : try store.participation(filter)
        for name in candidates ?? [] where known?[name] == nil { throw .unknownCandidate(name) }
        // Independent scoring (--as): only the ratings this panel member may see.
        let recommended = try viewer.map { viewer throws(StoreError) in try store.sessionsRecommended(by: viewer) } ?? []
        let visible = { (rating: RatingRow) in viewer.map { PanelVisibility.visible(rating, seenBy: $0, recommended: recommended) } ?? true }
        let comparer = CandidateComparer()
        if let candidates, candidates.count == 1 {
            let leniency = try leniency(store, visible)
            return comparer.progress(
                of: candidates[0], ratings: try store.ratings(filter).filter(visible), leniency: leniency, calibrated: calibrated,
                allLeniency: leniency)
        }
        let started = try startFairFit(store, cache: cache)
        if let standings = try wholeDatabaseStandings(store, cache: cache) {
            let (fit, note) = try fairFit(started)
            var report = comparer.compare(
                standings, mode: candidates == nil ? .ranked : .pairs, calibrated: false, leniency: nil, blindSeed: blindSeed, fit: fit)
            report.fairNote = note
            return report
        }
        let participation = if let known { known } else { try store.participation(filter) }
        let leniency = try leniency(store, visible)
        // Pooled as they are read: the ratings of 100,000 sessions are never all in memory.
        // Without leniency or a panel member's view, the database pools each question itself.
        var accumulator = StandingsAccumulator(leniency: leniency, scale: comparer.scale)
        if leniency == nil && viewer == nil {
            try store.forEachQuestionScore(filter) { accumulator.add($0) }
        } else {
            try store.forEachRating(filter) { if visible($0) { accumulator.add($0) } }
        }
        let standings = accumulator.standings(
            recommendations: viewer == nil ? try store.recommendations(filter) : [:], participation: participation)
        let (fit, note) = try fairFit(started)
        var report = comparer.compare(
            standings, mode: candidates == nil ? .ranked : .pairs, calibrated: calibrated, leniency: leniency, blindSeed: blindSeed, fit: fit)
        report.fairNote = note
        return report
    }

    /// Each interviewer's shrunk leniency from every rating in the database that `visible` lets
    /// through, and only when it is applied (`calibrated`).
    private func leniency(_ store: any AnalyticsStore, _ visible: (RatingRow) -> Bool) throws(StoreError) -> Leniency? {
        guard calibrated else { return nil }
        return Leniency(
            ratings: try store.ratings(SessionFilter()).filter(visible).map {
                Leniency.Rating(session: String($0.session), question: $0.questionID, interviewer: $0.interviewer, score: $0.score)
            })
    }
}
