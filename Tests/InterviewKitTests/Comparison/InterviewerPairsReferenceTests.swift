import Foundation
import Testing

@testable import InterviewKit

/// The pairwise agreement of `InterviewerReport` against the straightforward computation it replaced
/// (for each pair, filter every unit and sort every rating target again): the same pairs with bit-for-bit
/// the same alpha, and kappa and ICC equal to 1e-12 (kappa now divides counts by n instead of adding
/// 1/n per unit), on random panels.
@Suite("InterviewerReport pairs equal the per-pair reference")
struct InterviewerPairsReferenceTests {
    /// Random panels of 1-4 out of 7 interviewers, 2-4 questions of 4 criteria, some criteria unscored
    /// (then the rating is incomplete and has no score), rows in a shuffled order.
    static func data(seed: UInt64) -> (ratings: [RatingRow], values: [CriterionValueRow]) {
        var random = SplitMix64(seed: seed)
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let names = ["ann", "bob", "cal", "dan", "eve", "fay", "gus"]
        let criteria = [("correctness", 0.35), ("depth", 0.25), ("tradeoffs", 0.25), ("communication", 0.15)]
        var ratings: [RatingRow] = []
        var values: [CriterionValueRow] = []
        for session in Int64(1)...Int64(40 + below(40)) {
            var panel: [String] = []
            let size = 1 + below(4)
            while panel.count < size {
                let name = names[below(names.count)]
                if !panel.contains(name) { panel.append(name) }
            }
            var asked: Set<String> = []
            for question in 0..<(2 + below(3)) {
                // A question appears once in a session (the store's unique (session, question)).
                let id = "t\(question % 3)/q\(below(12))"
                guard asked.insert(id).inserted else { continue }
                for name in panel {
                    var total = 0.0, weights = 0.0
                    var complete = true
                    for (criterion, weight) in criteria {
                        guard below(12) != 0 else {
                            complete = false
                            continue
                        }
                        let value = 1 + below(4)
                        values.append(
                            CriterionValueRow(
                                session: session, questionID: id, criterion: criterion, interviewer: name, value: value, weight: weight,
                                criteria: criteria.count))
                        total += Double(value) * weight
                        weights += weight
                    }
                    if complete {
                        ratings.append(
                            RatingRow(
                                session: session, candidate: "c\(session % 9)", blueprint: "b", questionID: id, topic: "t", interviewer: name,
                                score: total / weights, finished: true, startedAt: Date(timeIntervalSince1970: 0)))
                    }
                }
            }
        }
        values.shuffle(using: &random)
        ratings.shuffle(using: &random)
        return (ratings, values)
    }

    /// The pairs as `InterviewerReport` computed them before it went over the units once.
    static func reference(ratings: [RatingRow], values: [CriterionValueRow], scale: ScoreScale = .standard) -> [InterviewerReport.Pair] {
        struct Unit: Hashable {
            var session: Int64
            var question: String
            var criterion: String
        }
        let names = Array(Set(values.map(\.interviewer)).union(ratings.map(\.interviewer))).sorted()
        var units: [Unit: [String: Int]] = [:]
        var unitOrder: [Unit] = []
        for value in values {
            let unit = Unit(session: value.session, question: value.questionID, criterion: value.criterion)
            if units[unit] == nil { unitOrder.append(unit) }
            units[unit, default: [:]][value.interviewer] = value.value
        }
        struct Target: Hashable {
            var session: Int64
            var question: String
        }
        var ratingScores: [Target: [String: Double]] = [:]
        for rating in ratings { ratingScores[Target(session: rating.session, question: rating.questionID), default: [:]][rating.interviewer] = rating.score }
        var pairs: [InterviewerReport.Pair] = []
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] {
                let shared = unitOrder.filter { units[$0]?[a] != nil && units[$0]?[b] != nil }
                guard !shared.isEmpty else { continue }
                let rows = unitOrder.map { unit in [units[unit]?[a], units[unit]?[b]] }
                let kappa = WeightedKappa(a: shared.map { units[$0]?[a] }, b: shared.map { units[$0]?[b] }, scale: scale)
                let targets = ratingScores.keys.sorted { ($0.session, $0.question) < ($1.session, $1.question) }
                    .compactMap { target -> [Double?]? in
                        guard let x = ratingScores[target]?[a], let y = ratingScores[target]?[b] else { return nil }
                        return [x, y]
                    }
                pairs.append(
                    InterviewerReport.Pair(
                        a: a, b: b, alphaOrdinal: KrippendorffAlpha(units: rows, metric: .ordinal).alpha, kappa: kappa.kappa,
                        icc: targets.count >= 2 ? IntraclassCorrelation(scores: targets).icc : nil, units: shared.count))
            }
        }
        return pairs
    }

    static func bits(_ value: Double?) -> UInt64? { value?.bitPattern }

    static func close(_ x: Double?, _ y: Double?) -> Bool {
        guard let x, let y else { return x == nil && y == nil }
        return abs(x - y) <= 1e-12 * max(1, abs(y))
    }

    @Test("20 random databases", arguments: UInt64(1)...20)
    func samePairs(seed: UInt64) {
        let (ratings, values) = Self.data(seed: seed)
        let actual = InterviewerReport(ratings: ratings, values: values).pairs
        let expected = Self.reference(ratings: ratings, values: values)
        #expect(actual.map { "\($0.a) – \($0.b)" } == expected.map { "\($0.a) – \($0.b)" })
        for (x, y) in zip(actual, expected) {
            #expect(x.units == y.units, "\(x.a) – \(x.b)")
            #expect(Self.bits(x.alphaOrdinal) == Self.bits(y.alphaOrdinal), "\(x.a) – \(x.b): alpha \(String(describing: x.alphaOrdinal)) vs \(String(describing: y.alphaOrdinal))")
            #expect(Self.close(x.kappa, y.kappa), "\(x.a) – \(x.b): kappa \(String(describing: x.kappa)) vs \(String(describing: y.kappa))")
            #expect(Self.close(x.icc, y.icc), "\(x.a) – \(x.b): ICC \(String(describing: x.icc)) vs \(String(describing: y.icc))")
        }
        #expect(expected.count > 10)
    }

    /// `interviewers` streams the rows in the store's order into a tally; the report equals the
    /// one built from the same rows shuffled.
    @Test("a streamed tally equals the report of the shuffled rows, with the ratings given or made from the values", arguments: [false, true], UInt64(1)...5)
    func streamed(fromValues: Bool, seed: UInt64) {
        let (ratings, values) = Self.data(seed: seed)
        var tally = InterviewerTally(ratingsFromValues: fromValues)
        // The store's order: one question of a session at a time, each interviewer's criteria in order.
        for value in values.sorted(by: { ($0.session, $0.questionID, $0.interviewer, $0.criterion) < ($1.session, $1.questionID, $1.interviewer, $1.criterion) }) {
            tally.add(value)
        }
        if !fromValues {
            for rating in ratings.sorted(by: { ($0.session, $0.questionID, $0.interviewer) < ($1.session, $1.questionID, $1.interviewer) }) { tally.add(rating) }
        }
        let streamed = tally.report()
        let whole = InterviewerReport(ratings: ratings, values: values)
        #expect(Self.close(streamed.alphaOrdinal, whole.alphaOrdinal) && Self.close(streamed.alphaInterval, whole.alphaInterval))
        #expect(streamed.pairableUnits == whole.pairableUnits)
        #expect(streamed.interviewers.map(\.name) == whole.interviewers.map(\.name))
        for (x, y) in zip(streamed.interviewers, whole.interviewers) {
            #expect(x.sessions == y.sessions && x.items == y.items && x.n == y.n && x.applied == y.applied, "\(x.name)")
            #expect(Self.close(x.leniency, y.leniency) && Self.close(x.leniencyRaw, y.leniencyRaw), "\(x.name)")
        }
        #expect(streamed.pairs.map { "\($0.a) – \($0.b) \($0.units)" } == whole.pairs.map { "\($0.a) – \($0.b) \($0.units)" })
        for (x, y) in zip(streamed.pairs, whole.pairs) {
            #expect(Self.close(x.alphaOrdinal, y.alphaOrdinal) && Self.close(x.kappa, y.kappa) && Self.close(x.icc, y.icc), "\(x.a) – \(x.b)")
        }
        #expect(streamed.disagreement.map(\.criterion) == whole.disagreement.map(\.criterion))
    }
}
