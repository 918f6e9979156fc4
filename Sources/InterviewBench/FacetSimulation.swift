import InterviewKit

/// What `FacetSimulator` made: the recorded criterion scores and the true values behind them
/// (scoring.md §9), so a fit can be checked against known truth.
public struct FacetSimulation: Sendable {
    /// One row per criterion score: for each candidate, each of their ratings (one interviewer
    /// scoring one question) on every criterion, in that order.
    public let ratings: [FacetRating]
    /// Ratings (interviewer × question) per candidate; each gives one score per criterion.
    public let ratingsPerCandidate: Int
    /// True ability θ by candidate id.
    public let ability: [String: Double]
    /// True difficulty δ by question id, the shared pool's and the bank's.
    public let difficulty: [String: Double]
    /// True severity λ by interviewer id (all of them, including any who scored nothing).
    public let severity: [String: Double]
    /// True criterion difficulty γ by criterion id (sum zero).
    public let criterionDifficulty: [String: Double]
    /// True τ_1..τ_K (sum zero).
    public let thresholds: [Double]
    /// Rubric weight by criterion id (sum one).
    public let weights: [String: Double]
    /// Criterion ids in rubric order.
    public let criteria: [String]

    public init(
        ratings: [FacetRating], ratingsPerCandidate: Int, ability: [String: Double], difficulty: [String: Double],
        severity: [String: Double], criterionDifficulty: [String: Double], thresholds: [Double], weights: [String: Double],
        criteria: [String]
    ) {
        self.ratings = ratings
        self.ratingsPerCandidate = ratingsPerCandidate
        self.ability = ability
        self.difficulty = difficulty
        self.severity = severity
        self.criterionDifficulty = criterionDifficulty
        self.thresholds = thresholds
        self.weights = weights
        self.criteria = criteria
    }

    public static let csvHeader = ["candidate", "question", "interviewer", "criterion", "score", "weight"]

    /// The ratings as a ratings CSV for `fit --ratings` (cli.md): header
    /// `candidate,question,interviewer,criterion,score,weight`, one row per criterion score, the
    /// weight being the criterion's rubric weight; CRLF line ends.
    public func csv() -> String {
        let rows = ratings.map { rating in
            [rating.candidate, rating.question, rating.interviewer, rating.criterion, String(rating.score),
             String(weights[rating.criterion] ?? 1)]
        }
        return CSVText.rows([Self.csvHeader] + rows)
    }

    /// The ratings coded for `FacetFitter`, with the rubric weights.
    public func facetRatings() throws -> FacetRatings {
        try FacetRatings(ratings, weights: weights)
    }
}
