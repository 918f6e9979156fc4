/// What ``InterviewerReport`` needs, gathered in one pass over the criterion values and one over
/// the ratings, so that a whole database is never held in memory: per unit (session, question,
/// criterion) its values go into the coincidences of alpha and into a table of value pairs for
/// each pair of its raters; per rating target (session, question) its scores go to the pairs'
/// ICC rows and to leniency.
///
/// The values of one question of a session (all its criteria) must arrive one after the other,
/// and so must its ratings (the store's orders give this); questions may come in any order.
public struct InterviewerTally: Sendable {
    private struct TargetKey: Equatable {
        var session: Int64
        var question: String
    }

    /// What two interviewers (by first-seen index, lower first) both scored.
    private struct Shared {
        var values = CountTable()
        var lower: [Double] = []
        var upper: [Double] = []
    }

    let scale: ScoreScale
    /// Whether the ratings come from the values themselves (each question's interviewers who
    /// scored all its criteria, weighted: ``CriterionValueRow/criteria`` and `weight`) rather
    /// than from ``add(_:)-(RatingRow)``: one pass over the database instead of two.
    let ratingsFromValues: Bool
    private var names: [String] = []
    private var index: [String: Int] = [:]
    private var sessions: [Set<Int64>] = []
    private var items: [Int] = []
    private var coincidences = CountTable()
    private var pairableUnits = 0
    /// Per criterion, in first-seen order (a rubric has a handful): the sum of unit ranges and units.
    private var ranges: [(criterion: String, sum: Double, count: Int)] = []
    private var shared: [Int: Shared] = [:]
    private var leniencyRatings = Leniency.Coded()
    /// Question id -> a number, for leniency; the last one looked up is kept (a target's ratings
    /// come together).
    private var questionNumbers: [String: Int] = [:]
    private var lastQuestion: (id: String, number: Int)?

    private var valuesKey: TargetKey?
    private var values: [(criterion: String, rater: Int, value: Int, weight: Double)] = []
    private var criteria = 0
    private var targetKey: TargetKey?
    private var target: [(rater: Int, score: Double)] = []

    public init(scale: ScoreScale = .standard, ratingsFromValues: Bool = false) {
        self.scale = scale
        self.ratingsFromValues = ratingsFromValues
    }

    private var lastRater: (name: String, index: Int)?

    private mutating func rater(_ name: String) -> Int {
        // One interviewer's values come one after the other: most lookups are the last one's.
        if let last = lastRater, last.name == name { return last.index }
        if let known = index[name] {
            lastRater = (name, known)
            return known
        }
        lastRater = (name, names.count)
        index[name] = names.count
        names.append(name)
        sessions.append([])
        items.append(0)
        return names.count - 1
    }

    private func pairKey(_ a: Int, _ b: Int) -> Int { min(a, b) << 32 | max(a, b) }

    public mutating func add(_ value: CriterionValueRow) {
        let key = TargetKey(session: value.session, question: value.questionID)
        if key != valuesKey { flushValues() }
        valuesKey = key
        let who = rater(value.interviewer)
        values.removeAll { $0.rater == who && $0.criterion == value.criterion }
        values.append((value.criterion, who, value.value, value.weight))
        criteria = value.criteria
    }

    /// A score of a whole-database pass (``AnalyticsStore/forEachScore(_:)``).
    public mutating func add(_ row: ScoreRow) {
        add(row.criterionValue)
    }

    public mutating func add(_ rating: RatingRow) {
        addRating(session: rating.session, question: rating.questionID, rater: rater(rating.interviewer), score: rating.score)
    }

    private mutating func addRating(session: Int64, question: String, rater who: Int, score: Double) {
        let key = TargetKey(session: session, question: question)
        if key != targetKey { flushTarget() }
        targetKey = key
        items[who] += 1
        let number: Int
        if let last = lastQuestion, last.id == question {
            number = last.number
        } else {
            number = questionNumbers[question] ?? questionNumbers.count
            questionNumbers[question] = number
            lastQuestion = (question, number)
        }
        leniencyRatings.append(session: Int(session), question: number, interviewer: who, score: score)
        target.removeAll { $0.rater == who }
        target.append((who, score))
    }

    /// The question's complete ratings (``RatingSums``), in the order of their interviewers' names.
    private mutating func addRatingsFromValues() {
        guard ratingsFromValues, let key = valuesKey else { return }
        var sums = RatingSums<Int>()
        for entry in values { sums.add(entry.rater, value: entry.value, weight: entry.weight) }
        let names = names
        sums.forEachComplete(criteria: criteria, by: { names[$0] < names[$1] }) { rater, score in
            addRating(session: key.session, question: key.question, rater: rater, score: score)
        }
    }

    /// The question's values, unit by unit (a unit is one criterion), in criterion order.
    private mutating func flushValues() {
        defer { values.removeAll(keepingCapacity: true) }
        if let session = valuesKey?.session {
            var seen: [Int] = []
            for entry in values where !seen.contains(entry.rater) {
                seen.append(entry.rater)
                sessions[entry.rater].insert(session)
            }
        }
        addRatingsFromValues()
        guard values.count >= 2 else { return }
        values.sort { ($0.criterion, $0.rater) < ($1.criterion, $1.rater) }
        var start = 0
        while start < values.count {
            var end = start + 1
            while end < values.count, values[end].criterion == values[start].criterion { end += 1 }
            addUnit(criterion: values[start].criterion, values[start..<end].map { (rater: $0.rater, value: $0.value) })
            start = end
        }
    }

    private mutating func addUnit(criterion: String, _ unit: [(rater: Int, value: Int)]) {
        guard unit.count >= 2 else { return }
        pairableUnits += 1
        let weight = 1 / Double(unit.count - 1)
        var counts: [(value: Int, count: Int)] = []
        for entry in unit {
            if let at = counts.firstIndex(where: { $0.value == entry.value }) { counts[at].count += 1 } else { counts.append((entry.value, 1)) }
        }
        for (c, nc) in counts {
            for (k, nk) in counts {
                coincidences.add(c, k, Double(c == k ? nc * (nc - 1) : nc * nk) * weight)
            }
        }
        let values = unit.map(\.value)
        let range = Double((values.max() ?? 0) - (values.min() ?? 0))
        if let at = ranges.firstIndex(where: { $0.criterion == criterion }) {
            ranges[at].sum += range
            ranges[at].count += 1
        } else {
            ranges.append((criterion, range, 1))
        }
        for (x, first) in unit.enumerated() {
            for second in unit[(x + 1)...] {
                let (low, high) = first.rater < second.rater ? (first, second) : (second, first)
                shared[pairKey(low.rater, high.rater), default: Shared()].values.add(low.value, high.value, 1)
            }
        }
    }

    private mutating func flushTarget() {
        defer { target.removeAll(keepingCapacity: true) }
        for (x, first) in target.enumerated() {
            for second in target[(x + 1)...] {
                let (low, high) = first.rater < second.rater ? (first, second) : (second, first)
                let key = pairKey(low.rater, high.rater)
                shared[key, default: Shared()].lower.append(low.score)
                shared[key, default: Shared()].upper.append(high.score)
            }
        }
    }

    /// The report over everything added.
    public consuming func report() -> InterviewerReport {
        flushValues()
        flushTarget()
        let order = names.indices.sorted { names[$0] < names[$1] }
        let ordinal = coincidences.alpha(pairableUnits: pairableUnits, metric: .ordinal)
        let interval = coincidences.alpha(pairableUnits: pairableUnits, metric: .interval)
        leniencyRatings.names = names
        let leniency = Leniency(coded: leniencyRatings)
        let interviewers = order.map { who in
            let estimate = leniency.interviewer(named: names[who])
            return InterviewerReport.Interviewer(
                name: names[who], sessions: sessions[who].count, items: items[who], leniencyRaw: estimate?.raw,
                leniency: estimate?.shrunk, n: estimate?.n ?? 0, applied: estimate?.applied ?? false)
        }
        var pairs: [InterviewerReport.Pair] = []
        for (i, a) in order.enumerated() {
            for b in order[(i + 1)...] {
                guard var both = shared[pairKey(a, b)], both.values.total > 0 else { continue }
                if a > b {
                    both.values = both.values.transposed()
                    swap(&both.lower, &both.upper)
                }
                let rows = zip(both.lower, both.upper).map { [Optional($0), Optional($1)] }
                pairs.append(
                    InterviewerReport.Pair(
                        a: names[a], b: names[b], alphaOrdinal: both.values.symmetrised().alpha(pairableUnits: Int(both.values.total), metric: .ordinal).alpha,
                        kappa: WeightedKappa(table: both.values.entries, scale: scale).kappa,
                        icc: rows.count >= 2 ? IntraclassCorrelation(scores: rows).icc : nil, units: Int(both.values.total)))
            }
        }
        let disagreement = ranges.map { InterviewerReport.Disagreement(criterion: $0.criterion, meanRange: $0.sum / Double($0.count), units: $0.count) }
            .sorted { ($0.meanRange, $1.criterion) > ($1.meanRange, $0.criterion) }
        return InterviewerReport(
            alphaOrdinal: ordinal.alpha, alphaInterval: interval.alpha, pairableUnits: ordinal.pairableUnits,
            band: AgreementBand(alpha: ordinal.alpha, pairableUnits: ordinal.pairableUnits), interviewers: interviewers, pairs: pairs,
            disagreement: disagreement)
    }
}
