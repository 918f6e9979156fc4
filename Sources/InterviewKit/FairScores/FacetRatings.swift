/// Ratings coded for the fit: each facet's ids numbered in order of first appearance, one row per
/// recorded criterion score. Built row by row (from the database or a CSV file) and handed to
/// `FacetFitter`, which never sees a string.
public struct FacetRatings: Sendable {
    public let scale: ScoreScale
    public private(set) var candidates: [String] = []
    public private(set) var questions: [String] = []
    public private(set) var interviewers: [String] = []
    public private(set) var criteria: [String] = []
    /// Rubric weights given so far, by criterion id.
    private var weights: [String: Double] = [:]

    private(set) var candidate: [Int32] = []
    private(set) var question: [Int32] = []
    private(set) var interviewer: [Int32] = []
    private(set) var criterion: [Int32] = []
    private(set) var score: [Int16] = []

    private var candidateNumber: [String: Int32] = [:]
    private var questionNumber: [String: Int32] = [:]
    private var interviewerNumber: [String: Int32] = [:]
    private var criterionNumber: [String: Int32] = [:]

    public init(scale: ScoreScale = .standard) {
        self.scale = scale
    }

    public init(_ ratings: [FacetRating], scale: ScoreScale = .standard, weights: [String: Double] = [:]) throws {
        self.init(scale: scale)
        reserveCapacity(ratings.count)
        for rating in ratings {
            try append(rating)
        }
        for (name, weight) in weights.sorted(by: { $0.key < $1.key }) {
            try setWeight(weight, for: name)
        }
    }

    public var count: Int { score.count }
    public var isEmpty: Bool { score.isEmpty }

    public mutating func reserveCapacity(_ rows: Int) {
        candidate.reserveCapacity(rows)
        question.reserveCapacity(rows)
        interviewer.reserveCapacity(rows)
        criterion.reserveCapacity(rows)
        score.reserveCapacity(rows)
    }

    public mutating func append(_ rating: FacetRating) throws {
        try append(candidate: rating.candidate, question: rating.question, interviewer: rating.interviewer,
                   criterion: rating.criterion, score: rating.score)
    }

    public mutating func append(candidate: String, question: String, interviewer: String, criterion: String, score: Int) throws {
        guard scale.contains(score) else { throw FacetFitError.scoreOutOfScale(score: score, lo: scale.lo, hi: scale.hi) }
        self.candidate.append(Self.number(candidate, in: &candidateNumber, names: &candidates))
        self.question.append(Self.number(question, in: &questionNumber, names: &questions))
        self.interviewer.append(Self.number(interviewer, in: &interviewerNumber, names: &interviewers))
        self.criterion.append(Self.number(criterion, in: &criterionNumber, names: &criteria))
        self.score.append(Int16(score))
    }

    /// The rubric weight of a criterion, used only for the fair score; weights of criteria that
    /// have no rating are ignored, and the rest are scaled to sum to 1.
    public mutating func setWeight(_ weight: Double, for name: String) throws {
        guard weight.isFinite, weight > 0 else { throw FacetFitError.badWeight(criterion: name, value: weight) }
        weights[name] = weight
    }

    /// The weights by criterion number, summing to 1 (a criterion without a weight gets the mean
    /// of the given ones).
    var normalisedWeights: [Double] {
        guard !criteria.isEmpty else { return [] }
        let given = criteria.compactMap { weights[$0] }
        let fallback = given.isEmpty ? 1 : given.reduce(0, +) / Double(given.count)
        let raw = criteria.map { weights[$0] ?? fallback }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }

    /// The row numbers grouped by candidate: `rows[offsets[n]..<offsets[n + 1]]` are candidate n's.
    func rowsByCandidate() -> (offsets: [Int], rows: [Int32]) {
        var offsets = [Int](repeating: 0, count: candidates.count + 1)
        for n in candidate { offsets[Int(n) + 1] += 1 }
        for n in 0..<candidates.count { offsets[n + 1] += offsets[n] }
        var next = offsets
        var rows = [Int32](repeating: 0, count: count)
        for (row, n) in candidate.enumerated() {
            rows[next[Int(n)]] = Int32(row)
            next[Int(n)] += 1
        }
        return (offsets, rows)
    }

    private static func number(_ name: String, in numbers: inout [String: Int32], names: inout [String]) -> Int32 {
        if let known = numbers[name] { return known }
        let next = Int32(names.count)
        numbers[name] = next
        names.append(name)
        return next
    }
}
