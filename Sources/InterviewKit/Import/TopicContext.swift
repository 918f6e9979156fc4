import Foundation

/// Settles each cluster's topic from its own evidence and the list around it.
///
/// Lists are written in sections: a question's neighbours, the section heading above it and the
/// list as a whole say what it is likely about. The context is added to the question's own
/// evidence (keywords, closeness to a topic's text), but only for the topics that evidence points
/// to: it settles near-ties, and picks among all topics only when that evidence is weak (no
/// keyword, a faint likeness to some topics' texts) and the context is sure enough. A question
/// whose words no topic uses, or only faintly among questions as faint, stays without a topic:
/// nothing fits it. A neighbour lends its topic by how sure its own words are.
///
/// The weights were set on the public lists in Tests; mean topic accuracy moved by less than
/// 0.02 over a wide range of them (the keywords and the topics' texts matter far more).
struct TopicContext: Sendable {
    /// One entry of the list, in order.
    enum Item: Sendable {
        /// A section heading: its topic share (summing to at most 1, see
        /// `TopicClassifier.headingShare`); it sets the section until the next heading.
        case heading([Int: Double])
        /// A real entry of a cluster.
        case question(cluster: Int)
    }

    /// Questions on each side that count as neighbours; each step away counts 0.6 times less.
    var neighbourWindow = 3
    /// Weight of the nearest neighbour's topic share (a share sums to 1 over topics).
    var neighbourWeight = 0.6
    /// Weight of the section heading's topic share.
    var headingWeight = 1.0
    /// Weight of the whole list's topic share.
    var listWeight = 0.3
    /// Own evidence below this is weak: closeness to topics' texts only, no keyword in the head
    /// (a head keyword scores 1). The context may then pick any topic, not only those it touches.
    var weakEvidence = 0.25
    /// Own evidence from which a question lends its neighbours its whole share; below it, the
    /// share in proportion (half a head keyword: a faint likeness to a topic's text lends little).
    var sureEvidence = 0.5
    /// Least support a weakly evidenced question needs to take a topic: its own faint share plus
    /// the context (a sure neighbour next to it gives 0.6, its section heading up to 1). Below it,
    /// the question stays without a topic, for a proposed one, rather than take a wrong one.
    var weakSupport = 0.3
    /// A heading over more than this share of a list of `titleMinimum` questions or more is its
    /// title, not a section.
    var titleShare = 0.5
    var titleMinimum = 12
    /// Each topic's area, by topic index (`Topic.area`; a topic without one is its own). The
    /// area is chosen first, by the summed support of its topics, then the topic within it.
    var areaOf: [Int] = []

    /// The topic index of each cluster, or nil.
    func assign(own: [[Int: Double]], items: [Item]) -> [Int?] {
        let share = own.map(Self.distribution)
        // What a question lends its neighbours and the list: its share, by how sure its own
        // words are of it (a head keyword is sure; a faint likeness to a topic's text is not).
        let lent = zip(own, share).map { own, share -> [Int: Double] in
            let sure = min(1, (own.values.max() ?? 0) / sureEvidence)
            return share.mapValues { $0 * sure }
        }
        var list: [Int: Double] = [:]
        for p in lent { for (t, v) in p { list[t, default: 0] += v } }
        // The list's mix: the mean of what its questions lend, so a list of faint questions says little.
        let listShare = list.mapValues { $0 / Double(max(own.count, 1)) }

        // Each question in list order, with the section heading's topic share above it.
        var questions: [(cluster: Int, section: [Int: Double], part: Int)] = []
        var section: [Int: Double] = [:]
        var part = 0
        for item in items {
            switch item {
            case .heading(let share):
                section = share
                part += 1
            case .question(let c): questions.append((c, section, part))
            }
        }
        // In a long list, a heading over most of it names the list's field ("Operating Systems"),
        // which can be wider than the topic its words match; the list's mix says what the field is.
        // In a short list the heading is all the context there is, and it stays.
        var partSize: [Int: Int] = [:]
        for q in questions { partSize[q.part, default: 0] += 1 }
        if questions.count >= titleMinimum {
            for k in questions.indices where Double(partSize[questions[k].part] ?? 0) > titleShare * Double(questions.count) {
                questions[k].section = [:]
            }
        }
        var context = [[Int: Double]](repeating: [:], count: own.count)
        var positions = [Int](repeating: 0, count: own.count)
        for (k, question) in questions.enumerated() {
            let c = question.cluster
            var ctx: [Int: Double] = [:]
            let low = max(0, k - neighbourWindow), high = min(questions.count - 1, k + neighbourWindow)
            for m in low...high where m != k && questions[m].cluster != c {
                let decay = neighbourWeight * pow(0.6, Double(abs(m - k) - 1))
                for (t, v) in lent[questions[m].cluster] { ctx[t, default: 0] += decay * v }
            }
            for (t, v) in question.section { ctx[t, default: 0] += headingWeight * v }
            for (t, v) in listShare { ctx[t, default: 0] += listWeight * v }
            for (t, v) in ctx { context[c][t, default: 0] += v }
            positions[c] += 1
        }

        // The context weighs only between the topics the question's own words point to: words no
        // topic uses leave it without one, whatever its neighbours are about. When those words
        // only brush some topics' texts (a class name no keyword lists), the list around the
        // question says more than they do, and the context may pick any topic, if it is sure
        // enough of one (`weakSupport`).
        return own.indices.map { c in
            var total = own[c].filter { $0.value > 0 }
            // Weak evidence counts as its share, against the context's shares.
            let weak = !total.isEmpty && (total.values.max() ?? 0) < weakEvidence
            if weak { total = lent[c] }
            for (t, v) in context[c] where total[t] != nil || weak {
                total[t, default: 0] += v / Double(max(positions[c], 1))
            }
            // Faint words among questions as faint: nothing fits, and nothing is forced.
            if weak, (total.values.max() ?? 0) < weakSupport { return nil }
            return choose(total)
        }
    }

    /// The best-supported topic of the best-supported area.
    func choose(_ total: [Int: Double]) -> Int? {
        guard !areaOf.isEmpty else { return Self.best(total) }
        var byArea: [Int: Double] = [:]
        for (t, v) in total where v > 0 { byArea[t < areaOf.count ? areaOf[t] : t, default: 0] += v }
        guard let area = Self.best(byArea) else { return nil }
        return Self.best(total.filter { ($0.key < areaOf.count ? areaOf[$0.key] : $0.key) == area })
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
