/// Ratings coded for the fit: each facet's ids numbered in order of first appearance, one row per
/// recorded criterion score. Built row by row (from the database or a CSV file) and handed to
/// `FacetFitter`, which never sees a string.
public struct FacetRatings: Sendable {
    public let scale: ScoreScale
    public var candidates: [String] { candidateNumbers.names }
    public var questions: [String] { questionNumbers.names }
    public var interviewers: [String] { interviewerNumbers.names }
    public var criteria: [String] { criterionNumbers.names }
    /// Rubric weights given so far, by criterion id.
    private var weights: [String: Double] = [:]

    private(set) var candidate: [Int32] = []
    private(set) var question: [Int32] = []
    private(set) var interviewer: [Int32] = []
    private(set) var criterion: [Int32] = []
    private(set) var score: [Int16] = []

    private var candidateNumbers = Numbering()
    private var questionNumbers = Numbering()
    private var interviewerNumbers = Numbering()
    private var criterionNumbers = Numbering()

    /// The facets of a row, for ``FacetRowIDs``.
    enum Facet: Sendable {
        case candidate, question, interviewer, criterion
    }

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
        self.candidate.append(candidateNumbers.number(candidate))
        self.question.append(questionNumbers.number(question))
        self.interviewer.append(interviewerNumbers.number(interviewer))
        self.criterion.append(criterionNumbers.number(criterion))
        self.score.append(Int16(score))
    }

    /// Appends a row whose facets the caller has numbered already (database ids, a store's own
    /// codes): each element is found by its number, and `ids` is asked for its id only the first
    /// time a number comes, so a database's millions of rows hash no string. A number must stand
    /// for the same id in every call; two numbers with the same id are one element.
    mutating func append(candidate: Int64, question: Int64, interviewer: Int64, criterion: Int64, score: Int,
                         ids: some FacetRowIDs) throws {
        guard scale.contains(score) else { throw FacetFitError.scoreOutOfScale(score: score, lo: scale.lo, hi: scale.hi) }
        self.candidate.append(candidateNumbers.number(key: candidate, .candidate, ids))
        self.question.append(questionNumbers.number(key: question, .question, ids))
        self.interviewer.append(interviewerNumbers.number(key: interviewer, .interviewer, ids))
        self.criterion.append(criterionNumbers.number(key: criterion, .criterion, ids))
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

    /// The coded rows, one array per column.
    struct Rows {
        var candidate: [Int32]
        var question: [Int32]
        var interviewer: [Int32]
        var criterion: [Int32]
        var score: [Int16]
    }

    /// Moves the rows out, leaving the names, the weights and no row: what `FacetDesign` does
    /// with ratings it may release as it goes.
    mutating func takeRows() -> Rows {
        defer { (candidate, question, interviewer, criterion, score) = ([], [], [], [], []) }
        return Rows(candidate: candidate, question: question, interviewer: interviewer, criterion: criterion, score: score)
    }

    /// One facet's elements numbered from 0 in order of first appearance, found by id or by a
    /// caller's number for the id.
    private struct Numbering: Sendable {
        private(set) var names: [String] = []
        private var byName: [String: Int32] = [:]
        /// Caller's number -> ours + 1 (0: not met yet), for numbers below `denseLimit`; the rest
        /// in `byKey`.
        private var dense: [Int32] = []
        private var byKey: [Int64: Int32] = [:]
        /// The last number asked for: rows come in runs of one candidate, question, interviewer.
        private var lastKey = Int64.min, lastNumber: Int32 = 0
        private static let denseLimit: Int64 = 1 << 20

        mutating func number(_ name: String) -> Int32 {
            if let known = byName[name] { return known }
            let next = Int32(names.count)
            byName[name] = next
            names.append(name)
            return next
        }

        @inline(__always)
        mutating func number(key: Int64, _ facet: Facet, _ ids: some FacetRowIDs) -> Int32 {
            key == lastKey ? lastNumber : numberNotLast(key: key, facet, ids)
        }

        private mutating func numberNotLast(key: Int64, _ facet: Facet, _ ids: some FacetRowIDs) -> Int32 {
            let number: Int32
            if key >= 0, key < Int64(dense.count), dense[Int(key)] > 0 {
                number = dense[Int(key)] - 1
            } else {
                number = numberNew(key: key, facet, ids)
            }
            (lastKey, lastNumber) = (key, number)
            return number
        }

        /// A number not found in `dense`: a new one, or one kept in `byKey`.
        private mutating func numberNew(key: Int64, _ facet: Facet, _ ids: some FacetRowIDs) -> Int32 {
            if key >= 0, key < Self.denseLimit {
                let index = Int(key)
                if index >= dense.count {
                    dense.append(contentsOf: repeatElement(0, count: max(index + 1, 2 * dense.count) - dense.count))
                }
                dense[index] = self.number(ids.id(of: facet)) + 1
                return dense[index] - 1
            }
            if let known = byKey[key] { return known }
            let number = self.number(ids.id(of: facet))
            byKey[key] = number
            return number
        }
    }
}

/// The ids of a row that its source has numbered (see
/// ``FacetRatings/append(candidate:question:interviewer:criterion:score:ids:)``), asked for only
/// when a number is new.
protocol FacetRowIDs {
    func id(of facet: FacetRatings.Facet) -> String
}
