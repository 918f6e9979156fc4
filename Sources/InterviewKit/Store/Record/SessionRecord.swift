import Foundation

/// Everything recorded about one session: its drawn questions and, per interviewer, what they
/// scored, ticked, asked, flagged, noted and skipped.
public struct SessionRecord: Sendable, Hashable {
    public var id: Int64
    public var candidate: String
    public var blueprintID: String
    public var blueprintTitle: String
    public var minutes: Int
    public var seed: UInt64
    public var status: SessionSummary.Status
    /// The question the live screen shows (0-based); `questions.count` means the wrap-up.
    public var position: Int
    public var startedAt: Date
    public var finishedAt: Date?
    public var lastActivityAt: Date
    public var interviewers: [String]
    public var questions: [QuestionRecord]
    /// Notes not tied to a question.
    public var notes: [Note]
    public var recommendations: [RecommendationRecord]
    /// For an adaptive session, how many questions it asks in all (they are added one at a time);
    /// nil for a session drawn whole at the start.
    public var adaptiveCount: Int?

    /// The number of questions the session asks: all drawn, or an adaptive session's target.
    public var plannedCount: Int { max(adaptiveCount ?? 0, questions.count) }

    public init(
        id: Int64, candidate: String, blueprintID: String, blueprintTitle: String, minutes: Int, seed: UInt64,
        status: SessionSummary.Status, position: Int, startedAt: Date, finishedAt: Date?, lastActivityAt: Date,
        interviewers: [String], questions: [QuestionRecord], notes: [Note], recommendations: [RecommendationRecord],
        adaptiveCount: Int? = nil
    ) {
        self.id = id
        self.candidate = candidate
        self.blueprintID = blueprintID
        self.blueprintTitle = blueprintTitle
        self.minutes = minutes
        self.seed = seed
        self.status = status
        self.position = position
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.lastActivityAt = lastActivityAt
        self.interviewers = interviewers
        self.questions = questions
        self.notes = notes
        self.recommendations = recommendations
        self.adaptiveCount = adaptiveCount
    }

    public func question(_ id: String) -> QuestionRecord? { questions.first { $0.asked.questionID == id } }
}

/// A drawn question and what each interviewer recorded about it.
public struct QuestionRecord: Sendable, Hashable {
    public var asked: AskedQuestion
    public var secondsSpent: Int
    /// Interviewer name -> their marks, for every interviewer who recorded anything.
    public var marks: [String: QuestionMarks]

    public init(asked: AskedQuestion, secondsSpent: Int = 0, marks: [String: QuestionMarks] = [:]) {
        self.asked = asked
        self.secondsSpent = secondsSpent
        self.marks = marks
    }

    public func marks(of interviewer: String) -> QuestionMarks { marks[interviewer] ?? QuestionMarks() }
}

/// One interviewer's record of one question.
public struct QuestionMarks: Sendable, Hashable {
    public var scores: [String: Int] = [:]
    public var covered: Set<Int> = []
    public var followUps: [AskedFollowUp] = []
    public var redFlags: Set<Int> = []
    public var notes: [Note] = []
    public var skipReason: String?

    public init() {}

    /// Every criterion of the rubric has a score.
    public func isComplete(for rubric: Rubric) -> Bool {
        rubric.criteria.allSatisfy { scores[$0.id] != nil }
    }
}

public struct AskedFollowUp: Sendable, Hashable {
    /// The listed follow-up's id, or nil for one typed live.
    public var id: String?
    public var text: String
    public var at: Date

    public init(id: String?, text: String, at: Date) {
        self.id = id
        self.text = text
        self.at = at
    }
}

public struct Note: Sendable, Hashable {
    public var interviewer: String
    public var text: String
    public var at: Date

    public init(interviewer: String, text: String, at: Date) {
        self.interviewer = interviewer
        self.text = text
        self.at = at
    }
}

public struct RecommendationRecord: Sendable, Hashable {
    public var interviewer: String
    public var recommendation: Recommendation
    public var summary: String?
    public var at: Date

    public init(interviewer: String, recommendation: Recommendation, summary: String?, at: Date) {
        self.interviewer = interviewer
        self.recommendation = recommendation
        self.summary = summary
        self.at = at
    }
}
