import Foundation

/// Settles each cluster's topic from its own evidence and the list around it.
///
/// Lists are written in sections: a question's neighbours, the section heading above it and the
/// list as a whole say what it is likely about. Own evidence (keywords and closeness to a topic's
/// text) decides when it is clear; the context breaks near-ties and places a question whose own
/// words say nothing, but only when the context itself agrees (one topic holds most of it). A
/// question with neither stays without a topic.
struct TopicContext: Sendable {
    /// One entry of the list, in order.
    enum Item: Sendable {
        /// A heading or other placeholder: its topic evidence (empty for "Question 5 (Free)").
        case heading([Int: Double])
        /// A real entry of a cluster.
        case question(cluster: Int)
    }

    var neighbourWindow = 3
    var neighbourWeight = Self.env("TC_B", 0.6)
    var headingWeight = Self.env("TC_H", 1.0)
    var listWeight = Self.env("TC_G", 0.3)
    /// Share of the context one topic must hold to place a question with no evidence of its own.
    var agreement = Self.env("TC_A", 0.5)
    /// Least context mass (in units of one clearly-classified neighbour) to place such a question.
    var leastContext = Self.env("TC_M", 0.8)
    /// Least own evidence for a topic to count as the question's own (one keyword in the head is 1).
    var leastOwn = Self.env("TC_O", 0.2)

    static func env(_ name: String, _ fallback: Double) -> Double {
        ProcessInfo.processInfo.environment[name].flatMap(Double.init) ?? fallback
    }

    /// The topic index of each cluster, or nil.
    func assign(own: [[Int: Double]], items: [Item]) -> [Int?] {
        let share = own.map(Self.distribution)
        var list: [Int: Double] = [:]
        for p in share { for (t, v) in p { list[t, default: 0] += v } }
        let listShare = Self.distribution(list)

        var context = [[Int: Double]](repeating: [:], count: own.count)
        var positions = [Int](repeating: 0, count: own.count)
        var section: [Int: Double] = [:]
        let questionsAt = items.indices.compactMap { i -> (Int, Int)? in
            if case .question(let c) = items[i] { return (i, c) }
            return nil
        }
        var sectionAt: [Int: [Int: Double]] = [:]
        for (i, item) in items.enumerated() {
            switch item {
            case .heading(let evidence): section = Self.distribution(evidence)
            case .question: sectionAt[i] = section
            }
        }
        for (k, (i, c)) in questionsAt.enumerated() {
            var ctx: [Int: Double] = [:]
            let low = max(0, k - neighbourWindow), high = min(questionsAt.count - 1, k + neighbourWindow)
            for m in low...high where m != k {
                let (_, other) = questionsAt[m]
                guard other != c else { continue }
                let decay = neighbourWeight * pow(0.6, Double(abs(m - k) - 1))
                for (t, v) in share[other] { ctx[t, default: 0] += decay * v }
            }
            for (t, v) in sectionAt[i] ?? [:] { ctx[t, default: 0] += headingWeight * v }
            for (t, v) in listShare { ctx[t, default: 0] += listWeight * v }
            for (t, v) in ctx { context[c][t, default: 0] += v }
            positions[c] += 1
        }

        return own.indices.map { c in
            let ctx = context[c].mapValues { $0 / Double(max(positions[c], 1)) }
            if (own[c].values.max() ?? 0) >= leastOwn {
                var total = own[c]
                for (t, v) in ctx { total[t, default: 0] += v }
                return Self.best(total)
            }
            // Words no topic uses at all: nothing fits, whatever the neighbours are about.
            guard own[c].values.contains(where: { $0 > 0 }) else { return nil }
            let mass = ctx.values.reduce(0, +)
            guard let top = Self.best(ctx), mass >= leastContext * neighbourWeight,
                  (ctx[top] ?? 0) >= agreement * mass else { return nil }
            return top
        }
    }

    static func distribution(_ scores: [Int: Double]) -> [Int: Double] {
        let sum = scores.values.filter { $0 > 0 }.reduce(0, +)
        guard sum > 0 else { return [:] }
        return scores.compactMapValues { $0 > 0 ? $0 / sum : nil }
    }

    static func best(_ scores: [Int: Double]) -> Int? {
        scores.filter { $0.value > 0 }.max { l, r in l.value != r.value ? l.value < r.value : l.key > r.key }?.key
    }
}
