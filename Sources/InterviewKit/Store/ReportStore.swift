import Foundation

/// The reads that reports need: whole sessions, a candidate's sessions in time order, and the
/// topics the team asks about, and what is still owed. Every report read is an indexed lookup, never
/// a scan of the database, so that a report stays fast on a database of 100,000 sessions; only
/// ``scorecards(pausedBefore:)`` goes over the sessions.
public protocol ReportStore: Sendable {
    /// The whole record of one session.
    func session(_ id: Int64) throws(StoreError) -> SessionRecord

    /// Every session of the candidate (open and finished), oldest first; throws
    /// ``StoreError/unknownCandidate(_:)`` for a name the database does not know.
    func sessions(ofCandidate candidate: String) throws(StoreError) -> [SessionRecord]

    /// The topics drawn into the `limit` most recently started sessions, sorted: the topics the
    /// team currently asks about, against which a report lists the topics a candidate was never asked.
    func topicsInUse(recentSessions limit: Int) throws(StoreError) -> [String]

    /// Open sessions with nothing recorded since `pausedBefore`, oldest first, then the panel
    /// members of finished sessions whose recommendation or summary is missing.
    func scorecards(pausedBefore: Date) throws(StoreError) -> [ScorecardRow]
}
