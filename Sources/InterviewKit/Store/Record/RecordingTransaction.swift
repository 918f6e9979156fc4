import Foundation

/// One backend's side of recording, inside one transaction: reading the facts the rules need and
/// writing the rows they allow. It holds SQL and nothing else; ``Recorder`` holds the logic.
protocol RecordingTransaction {
    /// The session's stored status (nil: no such session); the backend keeps other writers of the
    /// session waiting until the transaction ends.
    func status(of session: Int64) throws -> String?
    /// Adds the interviewer to the session's panel (first record) and returns their id.
    func join(session: Int64, interviewer: String, at date: Date) throws -> Int64
    /// The drawn question's row, or nil when the session did not draw it.
    func askedQuestion(session: Int64, question: String) throws -> AskedRow?
    /// The ids of the questions the session drew, in order.
    func questionIDs(session: Int64) throws -> [String]
    /// Writes one checked change about a question (`question` is its row id; nil: the session).
    func apply(_ change: RecordingChange, session: Int64, question: Int64?, interviewer: Int64, at date: Date) throws
    func addSeconds(_ seconds: Int, question: Int64) throws
    func setPosition(_ position: Int, session: Int64, at date: Date) throws
    /// Records or replaces the interviewer's recommendation; a nil summary keeps the one recorded.
    func recommend(_ recommendation: Recommendation, summary: String?, session: Int64, interviewer: Int64, at date: Date) throws
    func markFinished(session: Int64, at date: Date) throws
    /// Sets the session's last activity.
    func touch(session: Int64, at date: Date) throws
}
