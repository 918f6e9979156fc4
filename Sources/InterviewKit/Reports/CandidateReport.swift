import Foundation

/// All of a candidate's sessions in time order, with their finished sessions pooled (scoring.md §3),
/// the trend per topic, the points missed again and again, and the topics never asked yet.
public struct CandidateReport: Sendable, Hashable {
    /// One session on the trend: its overall score and each topic's mean.
    public struct TrendPoint: Sendable, Hashable {
        /// The session id, or its blind label.
        public var session: String
        public var startedAt: Date?
        public var status: SessionSummary.Status
        public var overall: ScoreSummary
        /// Topic -> mean of its scored questions in this session (absent: not assessed).
        public var topics: [String: Double]
    }

    /// A topic's mean session by session (nil where the session did not assess it).
    public struct TopicTrend: Sendable, Hashable {
        public var topic: String
        /// One entry per session, in time order.
        public var means: [Double?]

        /// Last assessed mean minus first assessed mean; nil with fewer than two.
        public var change: Double? {
            let seen = means.compactMap { $0 }
            guard seen.count >= 2, let first = seen.first, let last = seen.last else { return nil }
            return last - first
        }
    }

    /// Welch comparison of one session with the one before (scoring.md §7: sessions compare the same way).
    public struct Progress: Sendable, Hashable {
        public var from: String
        public var to: String
        public var comparison: CandidateComparison
    }

    /// The candidate's name, or their blind label.
    public var candidate: String
    public var generatedAt: Date
    /// The blind-label seed, when the report is blind.
    public var blindSeed: UInt64?
    /// Oldest first.
    public var sessions: [SessionReport]
    /// Scored questions of the finished sessions, pooled.
    public var overall: ScoreSummary
    public var topics: [SessionReport.TopicScore]
    public var trend: [TrendPoint]
    public var topicTrends: [TopicTrend]
    /// Finished sessions, each against the previous finished one (newer minus older).
    public var progress: [Progress]
    /// Points missed in two or more sessions.
    public var repeatedMisses: [StrengthsAndGaps.MissedPoint]
    /// Topics the team asks about that this candidate was never asked.
    public var neverAsked: [String]
    public var strengthsAndGaps: StrengthsAndGaps
    /// The fair score over the finished sessions (scoring.md §9); nil without a fit, or when the
    /// report shows one panel member's view.
    public var fair: CandidateFairScore? = nil

    public var isBlind: Bool { blindSeed != nil }
}
