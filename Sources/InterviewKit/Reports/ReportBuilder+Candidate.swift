import Foundation

extension ReportBuilder {
    /// The report of all of a candidate's sessions.
    ///
    /// - Parameters:
    ///   - records: the candidate's sessions, any order (they are sorted by start time).
    ///   - topicsInUse: the topics the team asks about; those never asked of the candidate are listed.
    /// - Throws: ``ReportError/noSessions(candidate:)`` when `records` is empty.
    ///   - fair: the candidate's fair score (``CandidateFairScore``), when there is one to show.
    public func candidate(
        _ name: String, records: [SessionRecord], topicsInUse: [String] = [], fair: CandidateFairScore? = nil
    ) throws(ReportError) -> ReportDocument {
        guard !records.isEmpty else { throw .noSessions(candidate: name) }
        let ordered = records.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        let label = settings.blindSeed.map { BlindLabels(ids: [name], seed: $0) }?.label(for: name)
        let sessions = ordered.enumerated().map { index, record in
            sessionReport(record, candidate: label, sessionLabel: "S\(index + 1)")
        }
        let scale = sessions.first?.scale ?? .standard
        let finished = sessions.filter { $0.status == .finished }
        let pooled = finished.flatMap(\.questions)
        let topics = Self.topicScores(pooled, scale: scale)
        let criteria = Self.criterionProfile(pooled)

        var topicOrder: [String] = []
        for topic in sessions.flatMap({ $0.topics.map(\.topic) }) where !topicOrder.contains(topic) { topicOrder.append(topic) }
        let trend = sessions.map { session in
            CandidateReport.TrendPoint(
                session: session.reference, startedAt: session.startedAt, status: session.status, overall: session.overall,
                topics: Dictionary(uniqueKeysWithValues: session.topics.compactMap { t in t.score.mean.map { (t.topic, $0) } }))
        }
        let topicTrends = topicOrder.map { topic in
            CandidateReport.TopicTrend(topic: topic, means: trend.map { $0.topics[topic] })
        }
        let progress = zip(finished, finished.dropFirst()).map { older, newer in
            CandidateReport.Progress(
                from: older.reference, to: newer.reference,
                comparison: CandidateComparison(a: Self.scores(newer), b: Self.scores(older), scale: scale))
        }
        let gaps = StrengthsAndGaps(topics: topics, criteria: criteria, questions: sessions.map(\.questions))
        let asked = Set(topicOrder)
        var report = CandidateReport(
                candidate: label ?? name, generatedAt: settings.generatedAt, blindSeed: settings.blindSeed, sessions: sessions,
                overall: ScoreSummary(scores: pooled.filter { $0.status == .scored }.compactMap(\.score), scale: scale),
                topics: topics, trend: trend, topicTrends: topicTrends, progress: progress,
                repeatedMisses: Self.repeatedMisses(sessions), neverAsked: topicsInUse.filter { !asked.contains($0) }.sorted(by: ScoringOrder.precedes),
                strengthsAndGaps: gaps)
        report.fair = fair
        report.fair?.rawMean = report.overall.mean
        return .candidate(report)
    }

    static func scores(_ session: SessionReport) -> [Double] {
        session.questions.filter { $0.status == .scored }.compactMap(\.score)
    }

    /// Points (question, number) missed in two or more sessions, most often first.
    static func repeatedMisses(_ sessions: [SessionReport]) -> [StrengthsAndGaps.MissedPoint] {
        var counts: [String: StrengthsAndGaps.MissedPoint] = [:]
        for session in sessions {
            for question in session.questions where question.status != .skipped {
                for point in question.missed {
                    let key = "\(question.id)\u{0}\(point.number)"
                    counts[key, default: .init(question: question.id, topic: question.topic, number: point.number, text: point.text, times: 0)].times += 1
                }
            }
        }
        return counts.values.filter { $0.times >= 2 }.sorted { a, b in
            if a.times != b.times { return a.times > b.times }
            if a.question != b.question { return ScoringOrder.precedes(a.question, b.question) }
            return a.number < b.number
        }
    }
}
