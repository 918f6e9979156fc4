import Foundation

/// Candidates side by side: cli.md's `compare` shape.
public struct ComparisonReport: Sendable, Encodable {
    public struct Candidate: Sendable, Encodable {
        public var candidate: String
        public var overall: ScoreEstimate
        public var topics: [Topic]
        public var sessions: Int
        /// Recommendation level -> how many times it was given (never averaged).
        public var recommendations: [String: Int]
        public var interviewers: [String]
        /// The fair score (scoring.md §9) over all of the candidate's finished sessions; nil
        /// when comparing raw, or when the candidate has no finished scores.
        public var fair: FairStanding?
        /// The statistics behind `overall` and `topics`, for charts (not encoded).
        public var summaries: Summaries

        public struct Summaries: Sendable {
            public var overall: ScoreSummary
            public var topics: [String: ScoreSummary]
        }

        enum CodingKeys: String, CodingKey { case candidate, overall, topics, sessions, recommendations, interviewers, fair }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(candidate, forKey: .candidate)
            try container.encode(overall, forKey: .overall)
            try container.encode(topics, forKey: .topics)
            try container.encode(sessions, forKey: .sessions)
            try container.encode(recommendations, forKey: .recommendations)
            try container.encode(interviewers, forKey: .interviewers)
            try container.encode(fair, forKey: .fair)
        }
    }

    public struct Topic: Sendable, Encodable {
        public var topic: String
        public var score: ScoreEstimate

        enum CodingKeys: String, CodingKey { case topic, mean, pct, lower, upper, n }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(topic, forKey: .topic)
            try container.encode(score.mean, forKey: .mean)
            try container.encode(score.pct, forKey: .pct)
            try container.encode(score.lower, forKey: .lower)
            try container.encode(score.upper, forKey: .upper)
            try container.encode(score.n, forKey: .n)
        }
    }

    /// A − B with its 95% interval and verdict. Ranked by fair score, these are θ_A − θ_B in
    /// logits (scoring.md §9) and `raw` keeps the Welch comparison of raw means (§7); ranked raw,
    /// they are the Welch comparison itself.
    public struct Difference: Sendable, Encodable {
        public var a: String
        public var b: String
        public var difference: Double?
        public var lower: Double?
        public var upper: Double?
        public var verdict: CandidateComparison.Verdict
        /// "logits" (fair) or "points" (raw means on the rubric's scale).
        public var unit: String = "points"
        /// A and B are in subsets linked by no question or interviewer: no verdict is drawn.
        public var disconnected: Bool = false
        /// The raw comparison beside a fair one.
        public var raw: RawDifference?

        public struct RawDifference: Sendable, Encodable {
            public var difference: Double?
            public var lower: Double?
            public var upper: Double?
            public var verdict: CandidateComparison.Verdict
        }

        enum CodingKeys: String, CodingKey { case a, b, difference, lower, upper, verdict, unit, disconnected, raw }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(a, forKey: .a)
            try container.encode(b, forKey: .b)
            try container.encode(difference, forKey: .difference)
            try container.encode(lower, forKey: .lower)
            try container.encode(upper, forKey: .upper)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(unit, forKey: .unit)
            try container.encode(disconnected, forKey: .disconnected)
            try container.encodeIfPresent(raw, forKey: .raw)
        }
    }

    public struct InterviewerLeniency: Sendable, Encodable {
        public var interviewer: String
        public var raw: Double?
        public var shrunk: Double?
        public var n: Int
        /// The correction was subtracted from this interviewer's ratings.
        public var applied: Bool

        enum CodingKeys: String, CodingKey { case interviewer, raw, shrunk, n, applied }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(interviewer, forKey: .interviewer)
            try container.encode(raw, forKey: .raw)
            try container.encode(shrunk, forKey: .shrunk)
            try container.encode(n, forKey: .n)
            try container.encode(applied, forKey: .applied)
        }
    }

    public var candidates: [Candidate]
    public var differences: [Difference]
    /// "fair" (by the many-facet model, scoring.md §9) or "raw" (by mean, §7).
    public var ranking: String = "raw"
    /// Why fair scores are not shown when they were asked for (too little data, a panel member's
    /// view), in one line.
    public var fairNote: String?
    /// Connected subsets of the fit when there are several, else 0.
    public var disconnected: Int = 0
    public var calibrated: Bool
    public var leniency: [InterviewerLeniency]
    /// The seed of the blind labels, when names are hidden.
    public var blindSeed: UInt64?

    enum CodingKeys: String, CodingKey {
        case candidates, differences, ranking, disconnected, calibrated, leniency
        case fairNote = "fair_note"
        case blindSeed = "blind_seed"
    }

    static func counts(_ recommendations: [Recommendation]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for value in recommendations { counts[value.rawValue, default: 0] += 1 }
        return counts
    }
}
