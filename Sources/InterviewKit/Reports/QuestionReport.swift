import Foundation

/// One drawn question as a report shows it: what was asked, each interviewer's rating, the panel
/// score (scoring.md §1-2), and what was covered, missed, asked, flagged, noted and skipped.
public struct QuestionReport: Sendable, Hashable {
    /// Whether the question counts in scores (scoring.md §1).
    public enum Status: String, Sendable, Hashable {
        case scored
        case skipped
        case incomplete
    }

    /// One interviewer's criterion scores; `score` is nil while the rating is incomplete.
    public struct Rating: Sendable, Hashable {
        public var interviewer: String
        public var criteria: [String: Int]
        public var score: Double?
        /// Rubric criteria without a score, in rubric order.
        public var missing: [String]
    }

    /// A numbered point or red flag (1-based) and the interviewers who marked it.
    public struct Mark: Sendable, Hashable {
        public var number: Int
        public var text: String
        public var by: [String]
    }

    /// A follow-up asked: a listed one (its id) or one typed live (id nil).
    public struct FollowUpAsked: Sendable, Hashable {
        public var id: String?
        public var text: String
        public var interviewer: String
        /// Nil in blind reports.
        public var at: Date?

        public var isTyped: Bool { id == nil }
    }

    /// A note, skip reason or summary written by an interviewer.
    public struct Remark: Sendable, Hashable {
        public var interviewer: String
        public var text: String
        /// Nil in blind reports.
        public var at: Date?
    }

    /// 1-based position in the session.
    public var number: Int
    public var id: String
    public var topic: String
    public var level: String
    /// The question as asked, and its other wordings.
    public var text: String
    public var variants: [String]
    public var reused: Bool
    /// The budget in minutes and the time spent on the live screen.
    public var minutes: Int
    public var secondsSpent: Int
    public var scale: ScoreScale
    /// Rubric criteria with their weights, in rubric order.
    public var criteria: [CriterionWeight]
    /// In panel order (the order interviewers joined the session).
    public var ratings: [Rating]
    public var panel: PanelAggregate
    public var status: Status
    public var covered: [Mark]
    public var missed: [Mark]
    public var redFlags: [Mark]
    public var followUps: [FollowUpAsked]
    public var notes: [Remark]
    /// Every interviewer's skip with its reason.
    public var skips: [Remark]
    /// The bonus points (numbered after the core ones), each with who ticked it.
    public var bonus: [Mark] = []
    /// What earns each score on this question (bank v2), in score order.
    public var guide: [GuideLine] = []

    /// One line of the question's guide.
    public struct GuideLine: Sendable, Hashable {
        public var score: Int
        public var text: String
    }

    public var score: Double? { panel.score }
    public var isOverBudget: Bool { secondsSpent > minutes * 60 }
    /// The reason shown for a skipped question: the first interviewer's.
    public var skipReason: String? { skips.first?.text }
}
