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

        enum CodingKeys: String, CodingKey {
            case name, sessions, items, n, applied
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
        }
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

    enum CodingKeys: String, CodingKey {
        case alphaOrdinal = "alpha_ordinal"
        case alphaInterval = "alpha_interval"
        case pairableUnits = "pairable_units"
        case band, interviewers, pairs, disagreement
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
    }

    /// Builds the report from every complete rating and every recorded criterion value.
    public init(ratings: [RatingRow], values: [CriterionValueRow], scale: ScoreScale = .standard) {
        struct Unit: Hashable {
            var session: Int64
            var question: String
            var criterion: String
        }
        let names = Array(Set(values.map(\.interviewer)).union(ratings.map(\.interviewer))).sorted()
        var units: [Unit: [String: Int]] = [:]
        var unitOrder: [Unit] = []
        var sessions: [String: Set<Int64>] = [:]
        for value in values {
            let unit = Unit(session: value.session, question: value.questionID, criterion: value.criterion)
            if units[unit] == nil { unitOrder.append(unit) }
            units[unit, default: [:]][value.interviewer] = value.value
            sessions[value.interviewer, default: []].insert(value.session)
        }
        // Each unit's values, in name order (alpha counts the values of a unit, not who gave them).
        let table: [[Int?]] = unitOrder.map { unit in (units[unit] ?? [:]).sorted { $0.key < $1.key }.map { Optional($0.value) } }
        let ordinal = KrippendorffAlpha(units: table, metric: .ordinal)
        let interval = KrippendorffAlpha(units: table, metric: .interval)
        alphaOrdinal = ordinal.alpha
        alphaInterval = interval.alpha
        pairableUnits = ordinal.pairableUnits
        band = AgreementBand(alpha: ordinal.alpha, pairableUnits: ordinal.pairableUnits)

        let leniency = Leniency(
            ratings: ratings.map { Leniency.Rating(session: String($0.session), question: $0.questionID, interviewer: $0.interviewer, score: $0.score) })
        var items: [String: Int] = [:]
        for rating in ratings { items[rating.interviewer, default: 0] += 1 }
        interviewers = names.map { name in
            let estimate = leniency.interviewer(named: name)
            return Interviewer(
                name: name, sessions: sessions[name]?.count ?? 0, items: items[name] ?? 0, leniencyRaw: estimate?.raw,
                leniency: estimate?.shrunk, n: estimate?.n ?? 0, applied: estimate?.applied ?? false)
        }

        struct Target: Hashable {
            var session: Int64
            var question: String
        }
        var ratingScores: [Target: [String: Double]] = [:]
        for rating in ratings { ratingScores[Target(session: rating.session, question: rating.questionID), default: [:]][rating.interviewer] = rating.score }

        // What each pair of interviewers both scored, gathered in one pass over the units (in unit
        // order) and one over the rating targets (in (session, question) order): each hands its values
        // to every pair of its raters. The statistics then see exactly the rows, in the order, that
        // filtering all units and sorting all targets for every pair gave (units only one of the pair
        // scored are never pairable, so alpha ignored them).
        struct Shared {
            var a: [Int?] = []
            var b: [Int?] = []
            var scores: [[Double?]] = []
        }
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var shared = Array(repeating: Array(repeating: Shared(), count: names.count), count: names.count)
        for unit in unitOrder {
            let raters = (units[unit] ?? [:]).compactMap { name, value in position[name].map { (index: $0, value: value) } }.sorted { $0.index < $1.index }
            for (x, first) in raters.enumerated() {
                for second in raters[(x + 1)...] {
                    shared[first.index][second.index].a.append(first.value)
                    shared[first.index][second.index].b.append(second.value)
                }
            }
        }
        for target in ratingScores.keys.sorted(by: { ($0.session, $0.question) < ($1.session, $1.question) }) {
            let raters = (ratingScores[target] ?? [:]).compactMap { name, score in position[name].map { (index: $0, score: score) } }.sorted { $0.index < $1.index }
            for (x, first) in raters.enumerated() {
                for second in raters[(x + 1)...] { shared[first.index][second.index].scores.append([first.score, second.score]) }
            }
        }
        var pairs: [Pair] = []
        for (i, a) in names.enumerated() {
            for (j, b) in names.enumerated() where j > i {
                let both = shared[i][j]
                guard !both.a.isEmpty else { continue }
                let kappa = WeightedKappa(a: both.a, b: both.b, scale: scale)
                pairs.append(
                    Pair(
                        a: a, b: b, alphaOrdinal: KrippendorffAlpha(raters: [both.a, both.b], metric: .ordinal).alpha, kappa: kappa.kappa,
                        icc: both.scores.count >= 2 ? IntraclassCorrelation(scores: both.scores).icc : nil, units: both.a.count))
            }
        }
        self.pairs = pairs

        var ranges: [String: (sum: Double, count: Int)] = [:]
        for unit in unitOrder {
            guard let scores = units[unit], scores.count >= 2, let high = scores.values.max(), let low = scores.values.min() else { continue }
            ranges[unit.criterion, default: (0, 0)].sum += Double(high - low)
            ranges[unit.criterion, default: (0, 0)].count += 1
        }
        disagreement = ranges.map { Disagreement(criterion: $0.key, meanRange: $0.value.sum / Double($0.value.count), units: $0.value.count) }
            .sorted { ($0.meanRange, $1.criterion) > ($1.meanRange, $0.criterion) }
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
