/// Per-question statistics over all sessions, on raw scores (scoring.md §6, `bank stats`).
///
/// *difficulty* p = (mean S_q − lo) / (hi − lo), higher is easier. *discrimination* r is the
/// Pearson correlation, over scored sessions that have another scored question, between S_q and
/// the mean of the session's other scored questions; it needs at least 5 such sessions and
/// non-zero variances, else it is nil.
public struct ItemAnalysis: Sendable, Hashable {
    public enum Flag: String, Sendable, Hashable, Codable {
        /// p > 0.85 with at least 5 scored sessions.
        case tooEasy = "too-easy"
        /// p < 0.15 with at least 5 scored sessions.
        case tooHard = "too-hard"
        /// r < 0.
        case negativeDiscrimination = "negative-discrimination"
        /// 0 ≤ r < 0.2.
        case weakDiscrimination = "weak-discrimination"
    }

    /// The statistics of one question id.
    public struct Item: Sendable, Hashable {
        public let id: String
        /// Sessions that drew the question.
        public let drawn: Int
        /// Sessions where it is scored.
        public let scored: Int
        /// Mean S_q over scored sessions, nil when never scored.
        public let meanScore: Double?
        public let difficulty: Double?
        public let discrimination: Double?
        /// The sessions r is computed over (scored, with another scored question).
        public let discriminationSessions: Int
        public let flags: [Flag]
    }

    public static let minimumSessions = 5
    public static let easyAbove = 0.85
    public static let hardBelow = 0.15
    public static let weakBelow = 0.2

    /// Every question drawn in some session, in code-point order of id.
    public let items: [Item]

    /// - Parameter sessions: per session, question id → S_q, or nil for drawn but not scored.
    public init(sessions: [[String: Double?]], scale: ScoreScale) {
        var ids: [String: Int] = [:]
        var names: [String] = []
        var drawn: [Int] = []
        var scores: [[Double]] = []
        var own: [[Double]] = []
        var rest: [[Double]] = []
        var scored: [(item: Int, score: Double)] = []
        for session in sessions {
            scored.removeAll(keepingCapacity: true)
            for name in session.keys.sorted(by: ScoringOrder.precedes) {
                let item: Int
                if let known = ids[name] {
                    item = known
                } else {
                    item = names.count
                    ids[name] = item
                    names.append(name)
                    drawn.append(0)
                    scores.append([])
                    own.append([])
                    rest.append([])
                }
                drawn[item] += 1
                if let score = session[name].flatMap({ $0 }) {
                    scores[item].append(score)
                    scored.append((item, score))
                }
            }
            guard scored.count > 1 else { continue }
            for (position, entry) in scored.enumerated() {
                var others = 0.0
                for (other, o) in scored.enumerated() where other != position { others += o.score }
                own[entry.item].append(entry.score)
                rest[entry.item].append(others / Double(scored.count - 1))
            }
        }
        let order = names.indices.sorted { ScoringOrder.precedes(names[$0], names[$1]) }
        items = order.map { item in
            let s = scores[item]
            let mean = ScoringMath.mean(s)
            let difficulty = mean.map { scale.pct($0) / 100 }
            let k = own[item].count
            let r = k >= Self.minimumSessions ? ScoringMath.pearson(own[item], rest[item]) : nil
            return Item(
                id: names[item],
                drawn: drawn[item],
                scored: s.count,
                meanScore: mean,
                difficulty: difficulty,
                discrimination: r,
                discriminationSessions: k,
                flags: Self.flags(difficulty: difficulty, scored: s.count, discrimination: r)
            )
        }
    }

    public func item(_ id: String) -> Item? {
        items.first { $0.id == id }
    }

    private static func flags(difficulty p: Double?, scored: Int, discrimination r: Double?) -> [Flag] {
        var flags: [Flag] = []
        if let p, scored >= minimumSessions {
            if p > easyAbove { flags.append(.tooEasy) }
            if p < hardBelow { flags.append(.tooHard) }
        }
        if let r {
            if r < 0 {
                flags.append(.negativeDiscrimination)
            } else if r < weakBelow {
                flags.append(.weakDiscrimination)
            }
        }
        return flags
    }
}
