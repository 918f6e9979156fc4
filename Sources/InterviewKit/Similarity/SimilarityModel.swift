import Foundation

/// Scores how alike two question profiles are, from 0 to 1.
///
/// Features weigh by rarity in the corpus (inverse document frequency), so a shared
/// `backpressure` counts for more than a shared `performance`. The head decides; the tail
/// (scope, means, asides) adds a fifth when both questions have one. Different intents score 0;
/// "find the problem" against "fix the problem" is damped.
struct SimilarityModel: Sendable {
    private let weights: [String: Double]
    let unseenWeight: Double

    static let tailShare = 0.2
    static let verbConflictFactor = 0.4
    static let tailPositionWeight = 0.5

    /// - Parameter corpus: the profiles whose feature frequencies set the weights; with fewer
    ///   than `minimumCorpus` of them every feature weighs the same.
    init(corpus: [QuestionProfile]) {
        let minimumCorpus = 20
        guard corpus.count >= minimumCorpus else {
            weights = [:]
            unseenWeight = 1
            return
        }
        var df: [String: Int] = [:]
        for p in corpus {
            for f in Set(p.features) { df[f, default: 0] += 1 }
        }
        let n = Double(corpus.count)
        weights = df.mapValues { Self.idf(n: n, df: Double($0)) }
        unseenWeight = Self.idf(n: n, df: 1)
    }

    /// A model with known weights: the subset a bank cache stored for the questions at hand.
    init(weights: [String: Double], unseenWeight: Double) {
        self.weights = weights
        self.unseenWeight = unseenWeight
    }

    private static func idf(n: Double, df: Double) -> Double {
        log(1 + n / df)
    }

    func weight(_ feature: String) -> Double {
        weights[feature] ?? unseenWeight
    }

    /// Two comparisons that each name an item the other does not ("Thread vs Runnable" against
    /// "Runnable vs Callable") compare different things: each side's own item weighs at least as
    /// much as two fifths of the items they share, on average.
    static func comparesOtherItems(onlyA: [Double], onlyB: [Double], shared: [Double]) -> Bool {
        guard let a = onlyA.max(), let b = onlyB.max(), !shared.isEmpty else { return false }
        let mean = shared.reduce(0, +) / Double(shared.count)
        return a >= 0.4 * mean && b >= 0.4 * mean
    }

    private func comparesOtherItems(_ a: QuestionProfile, _ b: QuestionProfile) -> Bool {
        guard a.intent == .compare else { return false }
        let fa = Set(a.features), fb = Set(b.features)
        return Self.comparesOtherItems(onlyA: Set(a.head).subtracting(fb).map(weight),
                                       onlyB: Set(b.head).subtracting(fa).map(weight),
                                       shared: Set(a.head).intersection(b.head).map(weight))
    }

    func similarity(_ a: QuestionProfile, _ b: QuestionProfile) -> Double {
        guard a.intent == b.intent else { return 0 }
        let factor = a.verbClass.conflicts(with: b.verbClass) || comparesOtherItems(a, b) ? Self.verbConflictFactor : 1
        if a.head.isEmpty || b.head.isEmpty {
            return factor * jaccard(a.features, b.features)
        }
        let head = jaccard(a.head, b.head)
        let structured = a.tail.isEmpty || b.tail.isEmpty
            ? head : (1 - Self.tailShare) * head + Self.tailShare * jaccard(a.tail, b.tail)
        return factor * max(structured, positional(a, b))
    }

    /// Weighted Jaccard over all features, a tail feature counting half: catches a subject that
    /// one wording puts in its head and the other in its tail ("safety in unsafe abstractions").
    func positional(_ a: QuestionProfile, _ b: QuestionProfile) -> Double {
        func weights(_ p: QuestionProfile) -> [String: Double] {
            var w: [String: Double] = [:]
            for f in p.tail { w[f] = weight(f) * Self.tailPositionWeight }
            for f in p.head { w[f] = weight(f) }
            return w
        }
        let wa = weights(a), wb = weights(b)
        var shared = 0.0, union = 0.0
        for f in Set(wa.keys).union(wb.keys) {
            let x = wa[f] ?? 0, y = wb[f] ?? 0
            shared += min(x, y)
            union += max(x, y)
        }
        return union > 0 ? shared / union : 0
    }

    /// Weighted Jaccard: the weight of the shared features over the weight of all of them.
    func jaccard(_ a: [String], _ b: [String]) -> Double {
        let setA = Set(a)
        let setB = Set(b)
        var shared = 0.0
        var union = 0.0
        for f in setA.union(setB) {
            let w = weight(f)
            union += w
            if setA.contains(f), setB.contains(f) { shared += w }
        }
        return union > 0 ? shared / union : 0
    }
}
