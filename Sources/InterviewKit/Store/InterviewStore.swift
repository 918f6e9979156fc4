import Foundation

/// The domain operations the rest of the library uses to read and record interviews.
///
/// Everything above this boundary (drawing, the live session, scoring, reports) speaks in these
/// operations and never in SQL, so that another backend can implement them. Each recording
/// operation is one committed transaction.
public protocol InterviewStore: Sendable {
    /// Question id -> number of sessions that drew it (any candidate, any status).
    func exposure() throws(StoreError) -> [String: Int]

    /// Question id -> recency rank for this candidate (higher = asked more recently); empty for a
    /// new candidate.
    func history(candidate: String) throws(StoreError) -> [String: Int]

    /// Topic id -> how the candidate did on it before: questions asked and the mean of the raw
    /// criterion scores recorded (practice blueprints favour the weakest and least seen).
    func topicPerformance(candidate: String) throws(StoreError) -> [String: TopicPerformance]

    /// Records a new session with its drawn questions; returns its id.
    func createSession(_ session: NewSession) throws(StoreError) -> Int64

    /// Sessions, oldest first, optionally of one candidate and of one status.
    func sessions(candidate: String?, status: SessionSummary.Status?) throws(StoreError) -> [SessionSummary]
}

/// Recording and reading sessions.
public protocol SessionStore: InterviewStore {
    /// The whole record of one session.
    func session(_ id: Int64) throws(StoreError) -> SessionRecord

    /// Records events about a drawn question (`question` nil: notes about the whole session) in one
    /// transaction: all of them or none.
    func record(_ events: [SessionEvent], session: Int64, question: String?, interviewer: String, at date: Date) throws(StoreError)

    /// Adds the next question to an open adaptive session, at the position after its last one.
    func appendQuestion(_ question: AskedQuestion, session: Int64, at date: Date) throws(StoreError)

    /// Moves the live screen to `position`, adding `seconds` to the time spent on the question left.
    func move(session: Int64, to position: Int, leaving question: String?, seconds: Int, at date: Date) throws(StoreError)

    /// Records an interviewer's recommendation (a nil summary keeps the one recorded), and with
    /// `finish` marks the session finished.
    func recommend(
        session: Int64, interviewer: String, recommendation: Recommendation, summary: String?, finish: Bool, at date: Date
    ) throws(StoreError)
}

extension InterviewStore {
    /// What the draw needs from earlier sessions; with a candidate, their questions and results too.
    public func drawHistory(candidate: String?) throws(StoreError) -> DrawHistory {
        guard let candidate else { return DrawHistory(exposure: try exposure()) }
        return DrawHistory(exposure: try exposure(), askedBefore: try history(candidate: candidate), performance: try topicPerformance(candidate: candidate))
    }

    public func sessions(candidate: String?) throws(StoreError) -> [SessionSummary] {
        try sessions(candidate: candidate, status: nil)
    }
}

extension SessionStore {
    /// Records one event in its own transaction.
    public func record(_ event: SessionEvent, session: Int64, question: String?, interviewer: String, at date: Date) throws(StoreError) {
        try record([event], session: session, question: question, interviewer: interviewer, at: date)
    }

    /// Records the recommendation and summary and marks the session finished.
    public func finish(session: Int64, interviewer: String, recommendation: Recommendation, summary: String?, at date: Date) throws(StoreError) {
        try recommend(session: session, interviewer: interviewer, recommendation: recommendation, summary: summary, finish: true, at: date)
    }
}
