import Foundation

/// Builds the comparison of candidates from complete ratings (scoring.md §3, §5, §7): question
/// scores are the mean of their ratings, pooled over a candidate's finished sessions; with
/// calibration each rating first loses its interviewer's shrunk leniency (estimated from every
/// rating in the database).
public struct CandidateComparer: Sendable {
    public enum Mode: Sendable, Hashable {
        /// Each pair of the named candidates.
        case pairs
        /// Each candidate with the next in rank (mean descending, ties by id).
        case ranked
    }

    public var scale: ScoreScale

    public init(scale: ScoreScale = .standard) {
        self.scale = scale
    }

    /// Question scores per candidate from ratings: (session, question) -> mean rating score.
    /// Ratings may come in any order; a session's ratings are taken together.
    public func standings(
        ratings: [RatingRow], leniency: Leniency?, recommendations: [String: [Recommendation]] = [:],
        participation: [String: (sessions: Int, interviewers: [String])] = [:]
    ) -> [CandidateStanding] {
        var accumulator = StandingsAccumulator(leniency: leniency, scale: scale)
        var firstSeen: [Int64: Int] = [:]
        for rating in ratings where firstSeen[rating.session] == nil { firstSeen[rating.session] = firstSeen.count }
        let grouped = zip(ratings, ratings.dropFirst()).allSatisfy { a, b in a.session == b.session || (firstSeen[a.session] ?? 0) < (firstSeen[b.session] ?? 0) }
        let ordered = grouped ? ratings : ratings.enumerated().sorted { a, b in
            let (x, y) = (firstSeen[a.element.session] ?? 0, firstSeen[b.element.session] ?? 0)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        for rating in ordered { accumulator.add(rating) }
        return accumulator.standings(recommendations: recommendations, participation: participation)
    }

    /// Ranks the standings and compares them as `mode` says: by fair score when a fit is given
    /// (candidates it does not know last), else by raw mean.
    public func compare(
        _ standings: [CandidateStanding], mode: Mode, calibrated: Bool, leniency: Leniency?, blindSeed: UInt64?, fit: FacetFit? = nil
    ) -> ComparisonReport {
        let fair = Dictionary(uniqueKeysWithValues: standings.compactMap { standing in
            fit.flatMap { FairStanding($0, candidate: standing.candidate) }.map { (standing.candidate, $0) }
        })
        let rankedIDs = fit == nil
            ? CandidateComparison.ranked(standings.map { ($0.candidate, $0.overall.mean) })
            : CandidateComparison.ranked(standings.map { ($0.candidate, fair[$0.candidate]?.ability) })
        let byID = Dictionary(uniqueKeysWithValues: standings.map { ($0.candidate, $0) })
        let ranked = rankedIDs.compactMap { byID[$0] }
        var pairs: [(CandidateStanding, CandidateStanding)] = []
        switch mode {
        case .pairs:
            for (i, a) in ranked.enumerated() {
                for b in ranked[(i + 1)...] { pairs.append((a, b)) }
            }
        case .ranked:
            pairs = zip(ranked, ranked.dropFirst()).map { ($0, $1) }
        }
        let labels = blindSeed.map { BlindLabels(ids: standings.map(\.candidate), seed: $0) }
        func name(_ id: String) -> String { labels?.label(for: id) ?? id }
        var rows = ranked.map { standing in
            ComparisonReport.Candidate(
                candidate: name(standing.candidate), overall: ScoreEstimate(standing.overall),
                topics: standing.topics.map { ComparisonReport.Topic(topic: $0.topic, score: ScoreEstimate($0.summary)) },
                sessions: standing.sessions, recommendations: ComparisonReport.counts(standing.recommendations),
                interviewers: standing.interviewers, fair: fair[standing.candidate], summaries: standing.summaries)
        }
        if let labels {
            let order = Dictionary(uniqueKeysWithValues: labels.entries.enumerated().map { ($1.label, $0) })
            rows.sort { (order[$0.candidate] ?? 0) < (order[$1.candidate] ?? 0) }
        }
        let differences = pairs.map { a, b in
            let comparison = CandidateComparison(a: a.scores, b: b.scores, scale: scale)
            var difference = ComparisonReport.Difference(
                a: name(a.candidate), b: name(b.candidate), difference: comparison.difference, lower: comparison.lower,
                upper: comparison.upper, verdict: comparison.verdict)
            guard let fit else { return difference }
            difference.raw = .init(difference: comparison.difference, lower: comparison.lower, upper: comparison.upper, verdict: comparison.verdict)
            difference.unit = "logits"
            if let model = fit.difference(a.candidate, b.candidate) {
                difference.difference = model.difference
                difference.lower = model.lower
                difference.upper = model.upper
                difference.disconnected = model.acrossSubsets
                switch model.verdict {
                case _ where model.acrossSubsets: difference.verdict = .noClearDifference
                case .firstAhead: difference.verdict = .aAhead
                case .secondAhead: difference.verdict = .bAhead
                case .noClearDifference: difference.verdict = .noClearDifference
                }
            } else {
                (difference.difference, difference.lower, difference.upper, difference.verdict) = (nil, nil, nil, .notEnoughQuestions)
            }
            return difference
        }
        let lenient = (leniency?.interviewers ?? []).map {
            ComparisonReport.InterviewerLeniency(interviewer: $0.name, raw: $0.raw, shrunk: $0.shrunk, n: $0.n, applied: $0.applied && calibrated)
        }
        var report = ComparisonReport(
            candidates: rows, differences: differences, calibrated: calibrated, leniency: lenient, blindSeed: blindSeed)
        if let fit {
            report.ranking = "fair"
            let subsets = Set(fair.values.map(\.subset))
            report.disconnected = fit.isConnected || subsets.count < 2 ? 0 : subsets.count
        }
        return report
    }
}

extension CandidateComparer {
    /// One candidate's sessions over time: each finished session is a column, compared with the
    /// one before it (per-topic change and the difference with its interval).
    public func progress(of candidate: String, ratings: [RatingRow], leniency: Leniency?, calibrated: Bool, allLeniency: Leniency?) -> ComparisonReport {
        let mine = ratings.filter { $0.candidate == candidate && $0.finished }
        var sessionOrder: [Int64] = []
        var dates: [Int64: Date] = [:]
        for rating in mine where dates[rating.session] == nil {
            sessionOrder.append(rating.session)
            dates[rating.session] = rating.startedAt
        }
        let label = { (id: Int64) in "session \(id) (\(UTCTime.day(dates[id] ?? Date(timeIntervalSince1970: 0))))" }
        let relabelled = mine.map { rating -> RatingRow in
            var copy = rating
            copy.candidate = label(rating.session)
            return copy
        }
        let standings = self.standings(ratings: relabelled, leniency: leniency).map { standing -> CandidateStanding in
            var copy = standing
            copy.sessions = 1
            return copy
        }
        let byLabel = Dictionary(uniqueKeysWithValues: standings.map { ($0.candidate, $0) })
        let ordered = sessionOrder.compactMap { byLabel[label($0)] }
        var report = compare(ordered, mode: .pairs, calibrated: calibrated, leniency: allLeniency, blindSeed: nil)
        report.candidates = ordered.map { standing in
            ComparisonReport.Candidate(
                candidate: standing.candidate, overall: ScoreEstimate(standing.overall),
                topics: standing.topics.map { ComparisonReport.Topic(topic: $0.topic, score: ScoreEstimate($0.summary)) }, sessions: 1,
                recommendations: [:], interviewers: [], fair: nil, summaries: standing.summaries)
        }
        report.differences = zip(ordered, ordered.dropFirst()).map { earlier, later in
            let comparison = CandidateComparison(a: later.scores, b: earlier.scores, scale: scale)
            return ComparisonReport.Difference(
                a: later.candidate, b: earlier.candidate, difference: comparison.difference, lower: comparison.lower, upper: comparison.upper,
                verdict: comparison.verdict)
        }
        return report
    }
}
