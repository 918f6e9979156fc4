import Foundation

/// A planned interview as a printable kit: a cover with the plan's facts, one sheet per drawn
/// question with everything the interviewer marks by hand, and a closing sheet for the
/// recommendation. Built from the same ``SessionPlan`` that `interview plan` prints; the date is
/// given by the caller.
public struct InterviewKitDocument: Sendable, Hashable {
    public var blueprintID: String
    public var blueprintTitle: String
    /// The blueprint's whole time budget.
    public var budgetMinutes: Int
    public var candidate: String
    public var seed: UInt64
    /// The day the kit is for, shown on the cover.
    public var date: Date
    /// The drawn questions, in draw order.
    public var questions: [AskedQuestion]
    /// The plan's notes on related questions it had to draw together.
    public var notes: [String]

    /// The tick box in front of each point, follow-up, red flag and recommendation.
    public static let tickBox = "☐"

    public init(plan: SessionPlan, candidate: String, date: Date) {
        blueprintID = plan.blueprint.id
        blueprintTitle = plan.blueprint.title
        budgetMinutes = plan.blueprint.minutes
        self.candidate = candidate
        seed = plan.seed
        self.date = date
        questions = plan.questions
        notes = plan.notes
    }

    /// The drawn questions' minutes together.
    public var totalMinutes: Int { questions.reduce(0) { $0 + $1.minutes } }

    /// "2026-11-26".
    public var day: String { UTCTime.day(date) }

    /// "7 questions, 56 of 60 minutes".
    public var extent: String {
        "\(questions.count) question\(questions.count == 1 ? "" : "s"), \(totalMinutes) of \(budgetMinutes) minutes"
    }

    /// "Question 2 of 7 · async · senior · 8 min".
    public func heading(_ question: AskedQuestion) -> String {
        "Question \(question.position + 1) of \(questions.count) · \(question.topic) · \(question.level) · \(question.minutes) min"
    }

    /// What earns each score on this question, lowest score first.
    public static func guide(_ question: AskedQuestion) -> [(score: Int, text: String)] {
        question.crib.guide.keys.sorted().map { ($0, question.crib.guide[$0] ?? "") }
    }

    /// A criterion's anchors for every level of the rubric's scale, lowest first (empty text where
    /// the rubric has none).
    public static func anchors(_ criterion: Criterion, scale: ClosedRange<Int>) -> [(level: Int, text: String)] {
        scale.map { ($0, criterion.anchors[$0] ?? "") }
    }
}
