import Foundation

/// What `interview pending` reads about a session that may still owe something: an open session
/// (one row, `interviewer` the one who started it), or one panel member of a finished session
/// whose scorecard (recommendation and summary) is incomplete.
public struct ScorecardRow: Sendable, Hashable {
    public var session: Int64
    public var candidate: String
    public var status: SessionSummary.Status
    /// Open: the last thing recorded; finished: when it was closed.
    public var since: Date
    public var interviewer: String?
    /// The interviewer's last criterion score in this session, nil when they scored nothing.
    public var lastScoredAt: Date?
    public var recommendation: Recommendation?
    public var summary: String?
    public var recommendedAt: Date?
    /// How many panel members recommended, counting this one.
    public var recommendations: Int

    public init(
        session: Int64, candidate: String, status: SessionSummary.Status, since: Date, interviewer: String?,
        lastScoredAt: Date? = nil, recommendation: Recommendation? = nil, summary: String? = nil, recommendedAt: Date? = nil,
        recommendations: Int = 0
    ) {
        self.session = session
        self.candidate = candidate
        self.status = status
        self.since = since
        self.interviewer = interviewer
        self.lastScoredAt = lastScoredAt
        self.recommendation = recommendation
        self.summary = summary
        self.recommendedAt = recommendedAt
        self.recommendations = recommendations
    }
}
