import Foundation

/// What a hiring committee reads in five minutes about a set of candidates: the grid of every
/// interviewer's question scores (disagreements of two points or more marked), per-topic scores
/// and their blueprint-weighted mean, the fair score with its interval, every recommendation and
/// summary, and one verdict line per candidate built only from those facts.
///
/// Pure: built from the candidates' reports, the database fit and the blueprints' weights.
public struct CommitteePacket: Sendable {
    /// One candidate's column of facts.
    public struct Member: Sendable {
        /// The name, or the blind label.
        public var candidate: String
        public var report: CandidateReport
        /// Finished sessions only (open ones are counted in `openSessions`).
        public var sessions: [SessionReport] { report.sessions.filter { $0.status == .finished } }
        public var openSessions: Int
        public var fair: FairStanding?
        /// The topic means weighted by the blueprint's topic weights (equal weights for a topic the
        /// blueprint does not name); nil when no topic is assessed.
        public var weighted: Double?
        /// Which weights `weighted` used: the blueprint id, or "equal".
        public var weightsFrom: String
        /// Questions where the panel's scores differ by `disagreementPoints` or more.
        public var disagreements: Int
        public var verdict: String
    }

    /// A question someone in the packet was asked.
    public struct Column: Sendable, Hashable {
        public var id: String
        public var topic: String
        public var text: String
    }

    /// One candidate's ratings of one question: each interviewer's question score (nil while
    /// their rating is incomplete).
    public struct Cell: Sendable, Hashable {
        public struct Rating: Sendable, Hashable {
            public var interviewer: String
            public var score: Double?
        }

        public var ratings: [Rating]
        public var disagreement: Bool
    }

    /// A spread of question scores at which the panel is said to disagree.
    public static let disagreementPoints = 2.0

    public var title: String
    public var generatedAt: Date
    public var blindSeed: UInt64?
    public var members: [Member]
    public var columns: [Column]
    /// `cells[m][c]`: member m's ratings of column c, nil when they were not asked it.
    public var cells: [[Cell?]]
    /// Why there are no fair scores, when there are none.
    public var fairNote: String?

    public var isBlind: Bool { blindSeed != nil }

    /// - Parameters:
    ///   - reports: each candidate's report (its sessions already chosen), by real name.
    ///   - fit: the database fit; nil with `fairNote` saying why.
    ///   - weights: blueprint id → topic weights.
    public init(
        title: String, reports: [(name: String, report: CandidateReport)], fit: FacetFit?, fairNote: String?,
        weights: [String: WeightTable], generatedAt: Date, blindSeed: UInt64?
    ) {
        self.title = title
        self.generatedAt = generatedAt
        self.blindSeed = blindSeed
        self.fairNote = fit == nil ? (fairNote ?? "no fair scores") : nil
        let labels = blindSeed.map { BlindLabels(ids: reports.map(\.name), seed: $0) }
        func shown(_ name: String) -> String { labels?.label(for: name) ?? name }

        // Strongest first: by fair score, else by raw mean, then by name.
        let reports = reports.map { entry in
            (name: entry.name, report: entry.report, fair: fit.flatMap { FairStanding($0, candidate: entry.name) })
        }
            .sorted { a, b in
                let keyA = a.fair?.score ?? a.report.overall.mean ?? -.infinity
                let keyB = b.fair?.score ?? b.report.overall.mean ?? -.infinity
                return keyA != keyB ? keyA > keyB : a.name < b.name
            }
        // Columns: every question asked in a finished session, by topic then id.
        var seen: [String: Column] = [:]
        for (_, report, _) in reports {
            for session in report.sessions where session.status == .finished {
                for question in session.questions where seen[question.id] == nil {
                    seen[question.id] = Column(id: question.id, topic: question.topic, text: question.text)
                }
            }
        }
        columns = seen.values.sorted { ($0.topic, $0.id) < ($1.topic, $1.id) }
        let index = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.id, $0) })

        var members: [Member] = []
        var cells: [[Cell?]] = []
        for (name, report, fair) in reports {
            var row = [Cell?](repeating: nil, count: columns.count)
            let finished = report.sessions.filter { $0.status == .finished }
            // The latest session's ratings of a question asked twice.
            for session in finished {
                for question in session.questions {
                    guard let column = index[question.id] else { continue }
                    let scores = question.ratings.compactMap(\.score)
                    let spread = (scores.max() ?? 0) - (scores.min() ?? 0)
                    row[column] = Cell(
                        ratings: question.ratings.map { Cell.Rating(interviewer: $0.interviewer, score: $0.score) },
                        disagreement: scores.count > 1 && spread >= Self.disagreementPoints - 1e-9)
                }
            }
            let blueprint = Self.commonBlueprint(finished)
            let table = blueprint.flatMap { weights[$0] }
            members.append(Member(
                candidate: shown(name), report: report, openSessions: report.sessions.count - finished.count,
                fair: fair,
                weighted: Self.weightedMean(report.topics, weights: table), weightsFrom: table == nil ? "equal" : blueprint ?? "equal",
                disagreements: row.compactMap { $0 }.filter(\.disagreement).count, verdict: ""))
            cells.append(row)
        }
        // Verdicts last: they compare each candidate with the others.
        let names = reports.map(\.name), topics = members.map(Self.topicScores)
        for m in members.indices {
            members[m].verdict = Self.verdict(for: m, members, names: names, topics: topics, fit: fit)
        }
        self.members = members
        self.cells = cells
    }

    /// The blueprint all of these sessions share, if they share one.
    static func commonBlueprint(_ sessions: [SessionReport]) -> String? {
        let ids = Set(sessions.map(\.blueprint))
        return ids.count == 1 ? ids.first : nil
    }

    /// Σ w_t · m_t / Σ w_t over the assessed topics; a topic the table does not name weighs 1
    /// when there is no table, 0 when there is one.
    static func weightedMean(_ topics: [SessionReport.TopicScore], weights: WeightTable?) -> Double? {
        var total = 0.0, weight = 0.0
        for topic in topics {
            guard let mean = topic.score.mean else { continue }
            let w = weights.map { table in table.entries.first { $0.id == topic.topic }?.weight ?? 0 } ?? 1
            total += w * mean
            weight += w
        }
        return weight > 0 ? total / weight : nil
    }

    /// "3 of 3 yes; fair 3.20 [2.90, 3.50]; clearly ahead of Bo; clearly ahead of Cy on async" —
    /// only facts: the recommendations, the fair score, and the differences whose 95% interval
    /// excludes zero (fair abilities overall, Welch on raw question scores per topic, §7).
    /// `topics[m]`: member m's ``topicScores(_:)``.
    static func verdict(for m: Int, _ members: [Member], names: [String], topics: [[String: [Double]]], fit: FacetFit?) -> String {
        let member = members[m]
        var parts: [String] = []
        let given = member.sessions.flatMap(\.recommendations).map(\.recommendation)
        if given.isEmpty {
            parts.append("no recommendation yet")
        } else {
            let yes = given.filter { $0 == .yes || $0 == .strongYes }.count
            let strong = [Recommendation.strongYes, .strongNo].compactMap { value in
                let count = given.filter { $0 == value }.count
                return count > 0 ? "\(count) \(value.rawValue)" : nil
            }
            parts.append("\(yes) of \(given.count) yes" + (strong.isEmpty ? "" : " (" + strong.joined(separator: ", ") + ")"))
        }
        if let fair = member.fair {
            parts.append("fair \(fair.text)")
        } else {
            parts.append("no fair score")
        }
        var ahead: [String] = []
        var behind: [String] = []
        for other in members.indices where other != m {
            if let fit, let difference = fit.difference(names[m], names[other]), !difference.acrossSubsets {
                switch difference.verdict {
                case .firstAhead: ahead.append(members[other].candidate)
                case .secondAhead: behind.append(members[other].candidate)
                case .noClearDifference: break
                }
            }
        }
        if !ahead.isEmpty { parts.append("clearly ahead of " + ahead.joined(separator: ", ")) }
        if !behind.isEmpty { parts.append("clearly behind " + behind.joined(separator: ", ")) }
        // Per topic, against each candidate it is not already clearly ahead of overall: where the
        // Welch interval on raw question scores excludes zero (the first three topics by name).
        let mine = topics[m]
        for other in members.indices where other != m && !ahead.contains(members[other].candidate) {
            let theirs = topics[other]
            let leads = mine.keys.sorted().filter { topic in
                guard let a = mine[topic], let b = theirs[topic] else { return false }
                return CandidateComparison(a: a, b: b, scale: member.report.overall.scale).verdict == .aAhead
            }
            guard !leads.isEmpty else { continue }
            let named = leads.prefix(3).joined(separator: ", ") + (leads.count > 3 ? " and \(leads.count - 3) more" : "")
            parts.append("clearly ahead of \(members[other].candidate) on \(named)")
        }
        if member.disagreements > 0 {
            parts.append("panel split on \(member.disagreements) question\(member.disagreements == 1 ? "" : "s")")
        }
        return parts.joined(separator: "; ")
    }

    /// Topic → the panel's question scores in the finished sessions.
    static func topicScores(_ member: Member) -> [String: [Double]] {
        var scores: [String: [Double]] = [:]
        for question in member.sessions.flatMap(\.questions) where question.status == .scored {
            if let score = question.score { scores[question.topic, default: []].append(score) }
        }
        return scores
    }
}
