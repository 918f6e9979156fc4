import Foundation

/// Everything a report says about one session: who, what, when, the overall and per-topic scores
/// with their intervals (scoring.md §3), every question, the recommendations, and the strengths
/// and gaps computed from the data. A pure value: renderers turn it into text.
public struct SessionReport: Sendable, Hashable {
    /// A topic's score over its scored questions.
    public struct TopicScore: Sendable, Hashable {
        public var topic: String
        public var score: ScoreSummary
        /// Questions of the topic drawn into the session(s), scored or not.
        public var asked: Int
    }

    /// One interviewer's recommendation (never averaged, scoring.md §2).
    public struct RecommendationLine: Sendable, Hashable {
        public var interviewer: String
        public var recommendation: Recommendation
        public var summary: String?
        /// Nil in blind reports.
        public var at: Date?
    }

    /// The mean score each criterion got over the complete ratings: the criterion profile.
    public struct CriterionProfile: Sendable, Hashable {
        public var criterion: String
        public var mean: Double
        public var n: Int
    }

    /// Inter-rater agreement of a panel on this session (scoring.md §4).
    public struct Agreement: Sendable, Hashable {
        public var ordinal: Double?
        public var interval: Double?
        public var pairableUnits: Int
        public var band: AgreementBand
    }

    /// The session id as a string of digits; nil in blind reports.
    public var session: String?
    /// "S1", "S2", … in time order within a blind report; nil otherwise.
    public var label: String?
    /// The candidate's name, or their blind label.
    public var candidate: String
    public var blueprint: String
    public var blueprintTitle: String
    /// The questions were chosen one at a time from the scores (an adaptive session).
    public var adaptive = false
    public var status: SessionSummary.Status
    public var interviewers: [String]
    /// Nil in blind reports (a date can identify a candidate).
    public var startedAt: Date?
    public var finishedAt: Date?
    /// Wall-clock seconds from start to finish (or to the last activity while open).
    public var durationSeconds: Int
    /// Seconds spent on questions on the live screen.
    public var secondsSpent: Int
    /// The blueprint's budget.
    public var minutes: Int
    /// The draw's seed; nil in blind reports.
    public var seed: UInt64?
    public var scale: ScoreScale
    public var overall: ScoreSummary
    /// In order of first appearance in the session.
    public var topics: [TopicScore]
    public var questions: [QuestionReport]
    public var recommendations: [RecommendationLine]
    /// Notes about the whole session, not tied to a question.
    public var notes: [QuestionReport.Remark]
    public var criteria: [CriterionProfile]
    /// Present when two or more interviewers recorded scores.
    public var agreement: Agreement?
    public var strengthsAndGaps: StrengthsAndGaps

    /// Questions with at least one complete rating.
    public var scoredCount: Int { questions.filter { $0.status == .scored }.count }

    /// How many interviewers gave each recommendation, strongest no first; levels nobody gave are left out.
    public var recommendationCounts: [(recommendation: Recommendation, count: Int)] {
        Recommendation.allCases.compactMap { level in
            let count = recommendations.filter { $0.recommendation == level }.count
            return count > 0 ? (level, count) : nil
        }
    }

    /// The id or the blind label, for headings and CSV rows.
    public var reference: String { session ?? label ?? "" }
}
