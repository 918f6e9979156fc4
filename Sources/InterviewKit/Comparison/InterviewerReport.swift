import Foundation

/// Each interviewer's leniency and their agreement with panel partners (scoring.md §4, §5):
/// cli.md's `interviewers` shape.
public struct InterviewerReport: Sendable, Encodable {
    public struct Interviewer: Sendable, Encodable {
        public var name: String
        /// Sessions in which they recorded a score.
        public var sessions: Int
        /// Complete ratings.
        public var items: Int
        public var leniencyRaw: Double?
        /// Shrunk leniency L (k = 10); applied when n >= 5.
        public var leniency: Double?
        /// Ratings that had a reference.
        public var n: Int
        public var applied: Bool
        /// Severity from the fair-score fit (scoring.md §9); nil without a fit.
        public var severity: Severity?

        enum CodingKeys: String, CodingKey {
            case name, sessions, items, n, applied, severity
            case leniencyRaw = "leniency_raw"
            case leniency
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(sessions, forKey: .sessions)
            try container.encode(items, forKey: .items)
            try container.encode(leniencyRaw, forKey: .leniencyRaw)
            try container.encode(leniency, forKey: .leniency)
            try container.encode(n, forKey: .n)
            try container.encode(applied, forKey: .applied)
            try container.encode(severity, forKey: .severity)
        }
    }

    /// An interviewer's severity λ (logits, higher = stricter, the opposite sign of leniency),
    /// what it costs an average candidate on an average question in score points, and fit.
    public struct Severity: Sendable, Encodable {
        public var logits: Double
        public var se: Double
        public var points: Double
        public var infit: Double
        public var outfit: Double
        /// Criterion scores behind it.
        public var n: Int
    }

    public struct Pair: Sendable, Encodable {
        public var a: String
        public var b: String
        public var alphaOrdinal: Double?
        public var kappa: Double?
        public var icc: Double?
        /// Units (session, question, criterion) both scored.
        public var units: Int

        enum CodingKeys: String, CodingKey {
            case a, b, kappa, icc, units
            case alphaOrdinal = "alpha_ordinal"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(a, forKey: .a)
            try container.encode(b, forKey: .b)
            try container.encode(alphaOrdinal, forKey: .alphaOrdinal)
            try container.encode(kappa, forKey: .kappa)
            try container.encode(icc, forKey: .icc)
            try container.encode(units, forKey: .units)
        }
    }

    /// A criterion and how far apart panels score it on average.
    public struct Disagreement: Sendable, Encodable {
        public var criterion: String
        public var meanRange: Double
        public var units: Int

        enum CodingKeys: String, CodingKey {
            case criterion, units
            case meanRange = "mean_range"
        }
    }

    public var alphaOrdinal: Double?
    public var alphaInterval: Double?
    public var pairableUnits: Int
    public var band: AgreementBand
    public var interviewers: [Interviewer]
    public var pairs: [Pair]
    public var disagreement: [Disagreement]
    /// Why severities are missing, when they are (no fit could be made).
    public var severityNote: String?

    enum CodingKeys: String, CodingKey {
        case alphaOrdinal = "alpha_ordinal"
        case alphaInterval = "alpha_interval"
        case pairableUnits = "pairable_units"
        case band, interviewers, pairs, disagreement
        case severityNote = "severity_note"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(alphaOrdinal, forKey: .alphaOrdinal)
        try container.encode(alphaInterval, forKey: .alphaInterval)
        try container.encode(pairableUnits, forKey: .pairableUnits)
        try container.encode(band, forKey: .band)
        try container.encode(interviewers, forKey: .interviewers)
        try container.encode(pairs, forKey: .pairs)
        try container.encode(disagreement, forKey: .disagreement)
        try container.encodeIfPresent(severityNote, forKey: .severityNote)
    }

    /// Adds each interviewer's severity from a fair-score fit of the same data.
    public mutating func addSeverities(_ fit: FacetFit) {
        let byName = Dictionary(fit.interviewers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if !fit.isConnected {
            severityNote = "Disconnected: the scores fall into \(fit.subsets.count) groups that share no question or interviewer; "
                + "severities compare across groups only through the priors."
        }
        for index in interviewers.indices {
            guard let measure = byName[interviewers[index].name] else { continue }
            interviewers[index].severity = Severity(
                logits: measure.measure, se: measure.standardError, points: fit.points(severity: measure.measure), infit: measure.infit,
                outfit: measure.outfit, n: measure.count)
        }
    }

    /// Builds the report from every complete rating and every recorded criterion value, in any
    /// order (``InterviewerTally`` gathers it from a stream instead).
    public init(ratings: [RatingRow], values: [CriterionValueRow], scale: ScoreScale = .standard) {
        struct Unit: Hashable {
            var session: Int64
            var question: String
            var criterion: String
        }
        var units: [Unit: [CriterionValueRow]] = [:]
        var unitOrder: [Unit] = []
        for value in values {
            let unit = Unit(session: value.session, question: value.questionID, criterion: value.criterion)
            if units[unit] == nil { unitOrder.append(unit) }
            units[unit, default: []].append(value)
        }
        var tally = InterviewerTally(scale: scale)
        for unit in unitOrder {
            for value in units[unit] ?? [] { tally.add(value) }
        }
        let targets = ratings.indices.sorted { (ratings[$0].session, ratings[$0].questionID, $0) < (ratings[$1].session, ratings[$1].questionID, $1) }
        for index in targets { tally.add(ratings[index]) }
        self = tally.report()
    }

    /// The report over a whole database, streamed: one pass over its scores, which also give the
    /// ratings. With `fair`, each interviewer's severity comes from the fit of the database
    /// (cached until the next score) too, and a fit that is not cached reads the same pass.
    public static func load(from store: some AnalyticsStore, scale: ScoreScale = .standard, fair: Bool = true) throws(StoreError) -> InterviewerReport {
        var tally = InterviewerTally(scale: scale, ratingsFromValues: true)
        guard fair else {
            try store.forEachScore { tally.add($0) }
            return tally.report()
        }
        // The model is fitted while the agreement is worked out.
        let pending = try DatabaseFit.start(store, visiting: { tally.add($0) })
        var report = tally.report()
        do {
            report.addSeverities(try pending.value())
        } catch let error as StoreError {
            throw error
        } catch {
            report.severityNote = "no severities: \(error)"
        }
        return report
    }

    init(
        alphaOrdinal: Double?, alphaInterval: Double?, pairableUnits: Int, band: AgreementBand, interviewers: [Interviewer], pairs: [Pair],
        disagreement: [Disagreement]
    ) {
        self.alphaOrdinal = alphaOrdinal
        self.alphaInterval = alphaInterval
        self.pairableUnits = pairableUnits
        self.band = band
        self.interviewers = interviewers
        self.pairs = pairs
        self.disagreement = disagreement
    }

    /// A table for people.
    public func table() -> String {
        func number(_ value: Double?, _ format: String = "%.3f") -> String { value.map { String(format: format, $0) } ?? "n/a" }
        var lines = [
            "Agreement over all panel-scored items: ordinal alpha \(number(alphaOrdinal)) (\(band.rawValue)), interval alpha \(number(alphaInterval)), \(pairableUnits) pairable units"
        ]
        lines.append("")
        lines.append("interviewer           sessions  items  leniency raw  shrunk (k=10)")
        for entry in interviewers {
            let shrunk = entry.n < Leniency.defaultMinimumItems ? "n/a (\(entry.n) items)" : number(entry.leniency, "%+.3f")
            lines.append(
                entry.name.padding(toLength: 20, withPad: " ", startingAt: 0) + "  " + String(format: "%8d  %5d  ", entry.sessions, entry.items)
                    + number(entry.leniencyRaw, "%+.3f").padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + shrunk)
        }
        let severe = interviewers.filter { $0.severity != nil }
        if !severe.isEmpty {
            lines.append("")
            lines.append("Severity (many-facet model, scoring.md §9; logits, higher = stricter; points = score points it costs an average candidate)")
            lines.append("interviewer           severity (SE)    points  infit  outfit  scores")
            for entry in severe {
                guard let s = entry.severity else { continue }
                lines.append(
                    entry.name.padding(toLength: 20, withPad: " ", startingAt: 0) + "  "
                        + String(format: "%+.2f (%.2f)", s.logits, s.se).padding(toLength: 15, withPad: " ", startingAt: 0)
                        + String(format: "  %+6.2f  %5.2f  %6.2f  %6d", s.points, s.infit, s.outfit, s.n))
            }
        }
        if let severityNote {
            lines.append("")
            lines.append(severityNote)
        }
        if !pairs.isEmpty {
            lines.append("")
            lines.append("pair                                  units  alpha  kappa  ICC(2,1)")
            for pair in pairs {
                lines.append(
                    "\(pair.a) – \(pair.b)".padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "  %5d  ", pair.units)
                        + "\(number(pair.alphaOrdinal, "%.2f"))  \(number(pair.kappa, "%.2f"))  \(number(pair.icc, "%.2f"))")
            }
        }
        if !disagreement.isEmpty {
            lines.append("")
            lines.append("Criteria the panel disagrees on most: " + disagreement.prefix(3).map { String(format: "%@ (mean range %.2f)", $0.criterion, $0.meanRange) }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
