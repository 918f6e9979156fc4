import Foundation

/// One complete rating: an interviewer's weighted score of one question in one session.
public struct RatingRow: Sendable, Hashable {
    public var session: Int64
    public var candidate: String
    public var blueprint: String
    public var questionID: String
    public var topic: String
    public var interviewer: String
    /// Σ w·v / Σ w over the rubric's criteria (scoring.md §1).
    public var score: Double
    public var finished: Bool
    public var startedAt: Date
    public var scale: ClosedRange<Int>

    public init(
        session: Int64, candidate: String, blueprint: String, questionID: String, topic: String, interviewer: String, score: Double,
        finished: Bool, startedAt: Date, scale: ClosedRange<Int> = 1...4
    ) {
        self.session = session
        self.candidate = candidate
        self.blueprint = blueprint
        self.questionID = questionID
        self.topic = topic
        self.interviewer = interviewer
        self.score = score
        self.finished = finished
        self.startedAt = startedAt
        self.scale = scale
    }
}

/// One question of a finished session, scored: the mean of its complete ratings (scoring.md §3).
public struct QuestionScoreRow: Sendable, Hashable {
    public var candidate: String
    public var topic: String
    public var score: Double

    public init(candidate: String, topic: String, score: Double) {
        self.candidate = candidate
        self.topic = topic
        self.score = score
    }
}

/// One recorded criterion value (complete rating or not), for agreement statistics.
public struct CriterionValueRow: Sendable, Hashable {
    public var session: Int64
    public var questionID: String
    public var criterion: String
    public var interviewer: String
    public var value: Int
    /// The criterion's weight in the question's rubric, and how many criteria the rubric has:
    /// enough to tell a complete rating and its score (scoring.md §1) from the values alone.
    public var weight: Double
    public var criteria: Int

    public init(session: Int64, questionID: String, criterion: String, interviewer: String, value: Int, weight: Double = 1, criteria: Int = 0) {
        self.session = session
        self.questionID = questionID
        self.criterion = criterion
        self.interviewer = interviewer
        self.value = value
        self.weight = weight
        self.criteria = criteria
    }
}

/// One recorded criterion score, for the passes over a whole database: agreement between
/// interviewers (``InterviewerTally``), the complete ratings of bank statistics, and the
/// fair-score fit (scoring.md §9; finished sessions only). The candidate is named by its database
/// number, so that a cached fit holds no candidate's text.
///
/// Millions of rows come in one pass: besides its ids, each row carries a number for each of them
/// (a database id or the store's own code, the same for the same id throughout the pass), so that
/// a caller finds an element by number and reads its id only when the number is new. The ids are
/// shared strings, decoded once per question of a session or once per pass, not once per row.
public struct ScoreRow: Sendable, Hashable {
    public var session: Int64
    /// The session's question (its row in the store): the same for every score of one question
    /// of one session, and for no other.
    public var questionRow: Int64
    public var candidate: Int64
    /// Whether the session is finished (only those enter the fit).
    public var finished: Bool
    public var questionID: String
    public var interviewer: String
    public var criterion: String
    /// The pass's numbers for `questionID`, `interviewer` and `criterion`.
    public var questionNumber: Int64
    public var interviewerNumber: Int64
    public var criterionNumber: Int64
    public var value: Int
    /// The criterion's weight in the question's rubric, and how many criteria the rubric has:
    /// enough to tell a complete rating and its score (scoring.md §1) from the values alone.
    public var weight: Double
    public var criteria: Int
    public var scale: ScoreScale
    /// At least as many rows as the pass hands over (the same in every row; 0 when unknown), so
    /// that a caller can reserve room for them at once.
    public var expectedRows: Int

    public init(session: Int64, questionRow: Int64, candidate: Int64, finished: Bool, questionID: String, questionNumber: Int64,
                interviewer: String, interviewerNumber: Int64, criterion: String, criterionNumber: Int64, value: Int, weight: Double,
                criteria: Int, scale: ScoreScale, expectedRows: Int = 0) {
        self.session = session
        self.questionRow = questionRow
        self.candidate = candidate
        self.finished = finished
        self.questionID = questionID
        self.interviewer = interviewer
        self.criterion = criterion
        self.questionNumber = questionNumber
        self.interviewerNumber = interviewerNumber
        self.criterionNumber = criterionNumber
        self.value = value
        self.weight = weight
        self.criteria = criteria
        self.scale = scale
        self.expectedRows = expectedRows
    }

    /// The row as a criterion value, for the in-memory reports.
    public var criterionValue: CriterionValueRow {
        CriterionValueRow(session: session, questionID: questionID, criterion: criterion, interviewer: interviewer, value: value,
                          weight: weight, criteria: criteria)
    }
}

/// SQL that both engines run for the analytics queries.
enum AnalyticsSQL {
    /// Each question's complete ratings `r` joined to the question `sq`: one row per question and
    /// interviewer who scored every criterion of its rubric, with the weighted score (scoring.md §1).
    static let completeRatings = """
        (
          SELECT sc.session_question_id, sc.interviewer_id, SUM(sc.value * sc.weight) / SUM(sc.weight) AS score, COUNT(*) AS n
          FROM score sc GROUP BY sc.session_question_id, sc.interviewer_id
        ) r
        JOIN session_question sq ON sq.id = r.session_question_id AND r.n = sq.criteria_count
        """
}

/// Which sessions to read for comparisons.
public struct SessionFilter: Sendable, Hashable {
    public var candidates: [String]?
    public var blueprint: String?
    public var since: Date?

    public init(candidates: [String]? = nil, blueprint: String? = nil, since: Date? = nil) {
        self.candidates = candidates
        self.blueprint = blueprint
        self.since = since
    }

    /// Whether the filter selects a session already read, as the stores' queries select them.
    public func selects(_ record: SessionRecord) -> Bool {
        (candidates?.contains(record.candidate) ?? true) && (blueprint.map { record.blueprintID == $0 } ?? true)
            && (since.map { record.startedAt >= $0 } ?? true)
    }
}

/// Aggregate reads for comparisons, calibration, agreement and item statistics. Aggregation
/// happens in the database; only one row per rating comes back.
public protocol AnalyticsStore: Sendable {
    /// Complete ratings of the sessions the filter selects (every status), oldest session first.
    func ratings(_ filter: SessionFilter) throws(StoreError) -> [RatingRow]

    /// The same ratings as ``ratings(_:)``, in the same order, handed over one at a time so that
    /// a caller that pools them never holds them all.
    func forEachRating(_ filter: SessionFilter, _ body: (RatingRow) -> Void) throws(StoreError)

    /// The question scores of the finished sessions the filter selects, pooled in the database:
    /// what `compare` needs when it neither calibrates nor hides a panel member's marks (half as
    /// many rows as the ratings, and no ordering by time).
    func forEachQuestionScore(_ filter: SessionFilter, _ body: (QuestionScoreRow) -> Void) throws(StoreError)

    /// The sessions in which this interviewer has recorded a recommendation: where independent
    /// scoring lets them see the rest of the panel.
    func sessionsRecommended(by interviewer: String) throws(StoreError) -> Set<Int64>

    /// Every recorded criterion score of the whole database (every status), one at a time: the
    /// one pass that agreement, bank statistics and the fit share. The scores of one question of
    /// a session come together; no order of questions, or within one, is promised.
    func forEachScore(_ body: (ScoreRow) -> Void) throws(StoreError)

    /// Candidate database number -> name, for every candidate.
    func candidateNames() throws(StoreError) -> [Int64: String]

    /// What names the data now, for ``ResultCache``; nil where the database keeps no version
    /// (PostgreSQL, or a SQLite file not yet migrated), and then nothing is cached.
    func dataVersion() throws(StoreError) -> DataVersion?

    /// Session id -> the question ids it drew.
    func drawnQuestions() throws(StoreError) -> [Int64: [String]]

    /// Candidate -> recommendations given in the selected sessions.
    func recommendations(_ filter: SessionFilter) throws(StoreError) -> [String: [Recommendation]]

    /// Candidate -> number of sessions (selected by the filter) and interviewers who took part.
    func participation(_ filter: SessionFilter) throws(StoreError) -> [String: (sessions: Int, interviewers: [String])]
}

extension AnalyticsStore {
    public func ratings(_ filter: SessionFilter) throws(StoreError) -> [RatingRow] {
        var result: [RatingRow] = []
        try forEachRating(filter) { result.append($0) }
        return result
    }

    /// Every recorded criterion value of the whole database.
    public func criterionValues() throws(StoreError) -> [CriterionValueRow] {
        var result: [CriterionValueRow] = []
        try forEachScore { result.append($0.criterionValue) }
        return result
    }
}
