import Foundation

/// Turns recorded sessions into report models. Pure: it takes ``SessionRecord`` values and the
/// ``ReportSettings`` and returns values; every score comes from the Scoring types
/// (``RatingScore``, ``PanelAggregate``, ``ScoreSummary``, ``CandidateComparison``).
public struct ReportBuilder: Sendable {
    public var settings: ReportSettings

    public init(settings: ReportSettings) {
        self.settings = settings
    }

    /// The report of one session.
    public func session(_ record: SessionRecord) -> ReportDocument {
        let labels = settings.blindSeed.map { BlindLabels(ids: [record.candidate], seed: $0) }
        let report = sessionReport(record, candidate: labels?.label(for: record.candidate), sessionLabel: "S1")
        return .session(report, generatedAt: settings.generatedAt, blindSeed: settings.blindSeed)
    }

    /// The report of one session; `candidate` replaces the name in blind reports.
    func sessionReport(_ record: SessionRecord, candidate label: String?, sessionLabel: String) -> SessionReport {
        let blind = settings.isBlind
        let redactor = blind ? BlindRedactor(name: record.candidate) : nil
        func text(_ value: String) -> String { redactor?.redact(value) ?? value }
        func date(_ value: Date?) -> Date? { blind ? nil : value }

        let panel = panelOrder(record)
        let questions = record.questions.map { question(for: $0, panel: panel, text: text, date: date) }
        let scale = questions.first?.scale ?? .standard
        let scored = questions.filter { $0.status == .scored }
        let overall = ScoreSummary(scores: scored.compactMap(\.score), scale: scale)
        let topics = Self.topicScores(questions, scale: scale)
        let criteria = Self.criterionProfile(questions)
        let end = record.finishedAt ?? record.lastActivityAt
        var report = SessionReport(
            session: blind ? nil : String(record.id), label: blind ? sessionLabel : nil,
            candidate: label ?? record.candidate, blueprint: record.blueprintID, blueprintTitle: record.blueprintTitle,
            status: record.status, interviewers: panel, startedAt: date(record.startedAt), finishedAt: date(record.finishedAt),
            durationSeconds: max(0, Int(end.timeIntervalSince(record.startedAt).rounded(.down))),
            secondsSpent: record.questions.reduce(0) { $0 + $1.secondsSpent }, minutes: record.minutes,
            seed: blind ? nil : record.seed, scale: scale, overall: overall, topics: topics, questions: questions,
            recommendations: record.recommendations.map {
                SessionReport.RecommendationLine(
                    interviewer: $0.interviewer, recommendation: $0.recommendation, summary: $0.summary.map(text), at: date($0.at))
            },
            notes: record.notes.map { QuestionReport.Remark(interviewer: $0.interviewer, text: text($0.text), at: date($0.at)) },
            criteria: criteria, agreement: Self.agreement(record.questions, panel: panel),
            strengthsAndGaps: StrengthsAndGaps(topics: topics, criteria: criteria, questions: [questions]))
        report.adaptive = record.adaptiveCount != nil
        return report
    }

    /// Interviewers in the order they joined, then anyone else who recorded marks.
    func panelOrder(_ record: SessionRecord) -> [String] {
        var names = record.interviewers
        let others = Set(record.questions.flatMap(\.marks.keys)).subtracting(names)
        names += others.sorted(by: ScoringOrder.precedes)
        return names
    }

    func question(
        for record: QuestionRecord, panel: [String], text: (String) -> String, date: (Date?) -> Date?
    ) -> QuestionReport {
        let asked = record.asked
        let weights = asked.rubric.criteria.map { CriterionWeight(criterion: $0.id, weight: $0.weight) }
        let raters = panel.filter { record.marks[$0] != nil }
        let ratings = raters.compactMap { name -> QuestionReport.Rating? in
            let scores = record.marks(of: name).scores
            guard !scores.isEmpty else { return nil }
            let rating = RatingScore(values: scores, weights: weights)
            return QuestionReport.Rating(interviewer: name, criteria: scores, score: rating.value, missing: rating.missing)
        }
        let skips = raters.compactMap { name in
            record.marks(of: name).skipReason.map { QuestionReport.Remark(interviewer: name, text: text($0), at: nil) }
        }
        let aggregate = PanelAggregate(
            ratings: ratings.map { PanelAggregate.Rating(interviewer: $0.interviewer, values: $0.criteria) }, weights: weights,
            skipReason: skips.first?.text)
        let status: QuestionReport.Status =
            switch aggregate.status {
            case .scored: .scored
            case .skipped: .skipped
            case .incomplete: .incomplete
            }
        func marks(_ items: [String], _ pick: (QuestionMarks) -> Set<Int>) -> [QuestionReport.Mark] {
            items.enumerated().map { index, item in
                QuestionReport.Mark(number: index + 1, text: item, by: raters.filter { pick(record.marks(of: $0)).contains(index) })
            }
        }
        let all = marks(asked.tickable, \.covered)
        let points = Array(all.prefix(asked.points.count))
        return QuestionReport(
            number: asked.position + 1, id: asked.questionID, topic: asked.topic, level: asked.level, text: asked.text,
            variants: asked.variants, reused: asked.reused, minutes: asked.minutes, secondsSpent: record.secondsSpent,
            scale: ScoreScale(lo: asked.rubric.scale.lowerBound, hi: asked.rubric.scale.upperBound), criteria: weights,
            ratings: ratings, panel: aggregate, status: status,
            covered: points.filter { !$0.by.isEmpty }, missed: points.filter { $0.by.isEmpty },
            redFlags: marks(asked.redFlags, \.redFlags).filter { !$0.by.isEmpty },
            followUps: raters.flatMap { name in
                record.marks(of: name).followUps.map {
                    QuestionReport.FollowUpAsked(id: $0.id, text: $0.id == nil ? text($0.text) : $0.text, interviewer: name, at: date($0.at))
                }
            }.sorted { ($0.at ?? .distantPast, $0.interviewer) < ($1.at ?? .distantPast, $1.interviewer) },
            notes: raters.flatMap { name in
                record.marks(of: name).notes.map { QuestionReport.Remark(interviewer: name, text: text($0.text), at: date($0.at)) }
            },
            skips: skips, bonus: Array(all.dropFirst(asked.points.count)),
            guide: asked.crib.guide.keys.sorted().map { QuestionReport.GuideLine(score: $0, text: asked.crib.guide[$0] ?? "") })
    }

    /// Topic scores in order of first appearance.
    static func topicScores(_ questions: [QuestionReport], scale: ScoreScale) -> [SessionReport.TopicScore] {
        var order: [String] = []
        var scores: [String: [Double]] = [:]
        var asked: [String: Int] = [:]
        for question in questions {
            if asked[question.topic] == nil { order.append(question.topic) }
            asked[question.topic, default: 0] += 1
            if question.status == .scored, let score = question.score { scores[question.topic, default: []].append(score) }
        }
        return order.map {
            SessionReport.TopicScore(topic: $0, score: ScoreSummary(scores: scores[$0] ?? [], scale: scale), asked: asked[$0] ?? 0)
        }
    }

    /// Each criterion's mean over the complete ratings, in the order criteria first appear.
    static func criterionProfile(_ questions: [QuestionReport]) -> [SessionReport.CriterionProfile] {
        var order: [String] = []
        var values: [String: [Double]] = [:]
        for question in questions {
            for criterion in question.criteria where values[criterion.criterion] == nil {
                order.append(criterion.criterion)
                values[criterion.criterion] = []
            }
            for rating in question.ratings where rating.score != nil {
                for criterion in question.criteria {
                    if let v = rating.criteria[criterion.criterion] { values[criterion.criterion, default: []].append(Double(v)) }
                }
            }
        }
        return order.compactMap { criterion in
            guard let vs = values[criterion], !vs.isEmpty else { return nil }
            return SessionReport.CriterionProfile(criterion: criterion, mean: vs.reduce(0, +) / Double(vs.count), n: vs.count)
        }
    }

    /// Krippendorff's alpha over (question, criterion) units when two or more interviewers scored.
    static func agreement(_ questions: [QuestionRecord], panel: [String]) -> SessionReport.Agreement? {
        let raters = panel.filter { name in questions.contains { !($0.marks[name]?.scores.isEmpty ?? true) } }
        guard raters.count >= 2 else { return nil }
        var units: [[Int?]] = []
        for question in questions {
            for criterion in question.asked.rubric.criteria {
                units.append(raters.map { question.marks[$0]?.scores[criterion.id] })
            }
        }
        let ordinal = KrippendorffAlpha(units: units, metric: .ordinal)
        let interval = KrippendorffAlpha(units: units, metric: .interval)
        return SessionReport.Agreement(
            ordinal: ordinal.alpha, interval: interval.alpha, pairableUnits: ordinal.pairableUnits,
            band: AgreementBand(alpha: ordinal.alpha, pairableUnits: ordinal.pairableUnits))
    }
}
