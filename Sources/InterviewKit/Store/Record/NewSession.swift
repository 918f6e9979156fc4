import Foundation

/// What `start` records before the first question is shown.
public struct NewSession: Sendable {
    public var candidate: String
    public var interviewer: String
    public var blueprintID: String
    public var blueprintTitle: String
    public var minutes: Int
    public var seed: UInt64
    public var questions: [AskedQuestion]
    public var startedAt: Date
    /// An adaptive session's number of questions: `questions` holds the first, the rest are
    /// appended as they are chosen. Nil for a session drawn whole.
    public var adaptiveCount: Int?

    public init(
        candidate: String, interviewer: String, blueprintID: String, blueprintTitle: String, minutes: Int, seed: UInt64,
        questions: [AskedQuestion], startedAt: Date, adaptiveCount: Int? = nil
    ) {
        self.candidate = candidate
        self.interviewer = interviewer
        self.blueprintID = blueprintID
        self.blueprintTitle = blueprintTitle
        self.minutes = minutes
        self.seed = seed
        self.questions = questions
        self.startedAt = startedAt
        self.adaptiveCount = adaptiveCount
    }
}
