/// Interviewer leniency with empirical-Bayes shrinkage, and calibrated scores (scoring.md §5).
///
/// Each complete rating x of question q in session s by interviewer i is compared with a
/// reference: the mean of the other interviewers' ratings of the same (s, q) if any, else the mean
/// of every rating of question id q by other interviewers in any session, else none (unused).
/// With d = x − reference, n_i items and raw_i = mean d, the leniency is
/// L_i = n_i / (n_i + k) · raw_i (positive = lenient). It is applied only when n_i ≥ 5.
public struct Leniency: Sendable, Hashable {
    /// One complete rating score of the whole database (raw, never calibrated).
    public struct Rating: Sendable, Hashable {
        public let session: String
        public let question: String
        public let interviewer: String
        public let score: Double

        public init(session: String, question: String, interviewer: String, score: Double) {
            self.session = session
            self.question = question
            self.interviewer = interviewer
            self.score = score
        }
    }

    /// One interviewer's leniency estimate.
    public struct Interviewer: Sendable, Hashable {
        public let name: String
        /// n_i, the ratings that had a reference.
        public let n: Int
        /// raw_i = mean d, nil when n = 0.
        public let raw: Double?
        /// n_i / (n_i + k).
        public let factor: Double
        /// L_i = factor · raw_i, nil when n = 0; shown even when not applied.
        public let shrunk: Double?
        /// n_i ≥ the minimum: calibration subtracts `shrunk`; otherwise "n/a (n items)".
        public let applied: Bool

        /// What calibration subtracts: L_i when applied, else 0.
        public var adjustment: Double {
            applied ? shrunk ?? 0 : 0
        }
    }

    /// k: ten items count half (σ ≈ 0.5, τ ≈ 0.15, σ²/τ² ≈ 11, rounded).
    public static let defaultShrinkage = 10.0
    public static let defaultMinimumItems = 5

    public let shrinkage: Double
    public let minimumItems: Int
    /// Every interviewer who has a rating, in code-point order of name.
    public let interviewers: [Interviewer]
    private let positions: [String: Int]

    public init(
        ratings: [Rating],
        shrinkage: Double = Leniency.defaultShrinkage,
        minimumItems: Int = Leniency.defaultMinimumItems
    ) {
        self.init(deviations: Self.deviations(ratings), shrinkage: shrinkage, minimumItems: minimumItems)
    }

    private init(deviations: [String: Sum], shrinkage: Double, minimumItems: Int) {
        self.shrinkage = shrinkage
        self.minimumItems = minimumItems
        let names = deviations.keys.sorted(by: ScoringOrder.precedes)
        interviewers = names.map { name in
            let sum = deviations[name] ?? Sum()
            let n = sum.count
            let raw = n > 0 ? sum.total / Double(n) : nil
            let factor = Double(n) / (Double(n) + shrinkage)
            return Interviewer(
                name: name,
                n: n,
                raw: raw,
                factor: factor,
                shrunk: raw.map { factor * $0 },
                applied: n >= minimumItems && raw != nil
            )
        }
        positions = Dictionary(uniqueKeysWithValues: interviewers.enumerated().map { ($1.name, $0) })
    }

    public func interviewer(named name: String) -> Interviewer? {
        positions[name].map { interviewers[$0] }
    }

    /// x' = clamp(x − L_i, lo, hi) when interviewer i's leniency is applied, else x unchanged.
    public func calibrated(_ score: Double, by interviewer: String, scale: ScoreScale) -> Double {
        guard let entry = self.interviewer(named: interviewer), entry.applied else { return score }
        return scale.clamp(score - entry.adjustment)
    }

    /// The same ratings with calibrated scores.
    public func calibrated(_ ratings: [Rating], scale: ScoreScale) -> [Rating] {
        ratings.map {
            Rating(
                session: $0.session,
                question: $0.question,
                interviewer: $0.interviewer,
                score: calibrated($0.score, by: $0.interviewer, scale: scale)
            )
        }
    }

    private struct Sum {
        var total = 0.0
        var count = 0

        mutating func add(_ x: Double) {
            total += x
            count += 1
        }
    }

    /// Σ d and n by interviewer, d = x − reference for each rating that has one, summed in input order.
    /// Ratings with their session, question and interviewer as numbers (`names` gives the
    /// interviewers'), for a caller that streams many: no string per rating.
    struct Coded: Sendable {
        var session: [Int] = []
        var question: [Int] = []
        var interviewer: [Int] = []
        var score: [Double] = []
        var names: [String] = []

        mutating func append(session: Int, question: Int, interviewer: Int, score: Double) {
            self.session.append(session)
            self.question.append(question)
            self.interviewer.append(interviewer)
            self.score.append(score)
        }
    }

    init(coded: Coded, shrinkage: Double = Leniency.defaultShrinkage, minimumItems: Int = Leniency.defaultMinimumItems) {
        self.init(deviations: Self.deviations(coded), shrinkage: shrinkage, minimumItems: minimumItems)
    }

    private static func deviations(_ ratings: [Rating]) -> [String: Sum] {
        var sessionIds: [String: Int] = [:]
        var questionIds: [String: Int] = [:]
        var interviewerIds: [String: Int] = [:]
        func intern(_ key: String, _ ids: inout [String: Int]) -> Int {
            if let id = ids[key] { return id }
            let id = ids.count
            ids[key] = id
            return id
        }
        var coded = Coded()
        for r in ratings {
            coded.append(
                session: intern(r.session, &sessionIds), question: intern(r.question, &questionIds), interviewer: intern(r.interviewer, &interviewerIds),
                score: r.score)
        }
        coded.names = Array(repeating: "", count: interviewerIds.count)
        for (name, id) in interviewerIds { coded.names[id] = name }
        return deviations(coded)
    }

    private static func deviations(_ coded: Coded) -> [String: Sum] {
        let (session, question, interviewer, scores) = (coded.session, coded.question, coded.interviewer, coded.score)
        let questionCount = (question.max() ?? -1) + 1
        let interviewerCount = coded.names.count

        var byQuestion = Array(repeating: Sum(), count: questionCount)
        var byAuthor: [Int: Sum] = [:]
        for r in scores.indices {
            byQuestion[question[r]].add(scores[r])
            byAuthor[question[r] * interviewerCount + interviewer[r], default: Sum()].add(scores[r])
        }

        // Ratings of one (session, question) become contiguous, each item in input order.
        let order = scores.indices.sorted {
            (session[$0], question[$0], $0) < (session[$1], question[$1], $1)
        }
        var reference = Array(repeating: Double.nan, count: scores.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, session[order[end]] == session[order[start]],
                question[order[end]] == question[order[start]] {
                end += 1
            }
            for r in order[start..<end] {
                var shared = Sum()
                for o in order[start..<end] where interviewer[o] != interviewer[r] {
                    shared.add(scores[o])
                }
                if shared.count > 0 {
                    reference[r] = shared.total / Double(shared.count)
                } else {
                    let all = byQuestion[question[r]]
                    let own = byAuthor[question[r] * interviewerCount + interviewer[r]] ?? Sum()
                    let count = all.count - own.count
                    if count > 0 { reference[r] = (all.total - own.total) / Double(count) }
                }
            }
            start = end
        }

        var sums = Array(repeating: Sum(), count: interviewerCount)
        for r in scores.indices where !reference[r].isNaN {
            sums[interviewer[r]].add(scores[r] - reference[r])
        }
        var rated = Array(repeating: false, count: interviewerCount)
        for id in interviewer { rated[id] = true }
        var result: [String: Sum] = [:]
        for (id, name) in coded.names.enumerated() where rated[id] { result[name] = sums[id] }
        return result
    }
}
