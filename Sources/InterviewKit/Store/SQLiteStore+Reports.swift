import Foundation
import GRDB

extension SQLiteStore: ReportStore {
    /// Uses the unique index on candidate(name).
    static let candidateIDSQL = "SELECT id FROM candidate WHERE name = ?"
    /// Uses session_by_candidate (candidate_id, started_at): no sort, no scan.
    static let candidateSessionsSQL = "SELECT id FROM session WHERE candidate_id = ? ORDER BY started_at, id"
    /// session_by_started gives the newest sessions; session_question's (session_id, position) index their questions.
    static let topicsInUseSQL = """
        SELECT DISTINCT sq.topic FROM (SELECT id FROM session ORDER BY started_at DESC LIMIT ?) recent
        JOIN session_question sq ON sq.session_id = recent.id
        ORDER BY sq.topic
        """

    /// All in one read transaction: the sessions are a consistent snapshot, and the statements
    /// are prepared once for all of them.
    public func sessions(ofCandidate candidate: String) throws(StoreError) -> [SessionRecord] {
        try read { db in
            guard let candidateID = try Int64.fetchOne(db, sql: Self.candidateIDSQL, arguments: [candidate]) else {
                throw StoreError.unknownCandidate(candidate)
            }
            return try Int64.fetchAll(db, sql: Self.candidateSessionsSQL, arguments: [candidateID]).map { id in
                try Self.session(db, id: id)
            }
        }
    }

    public func topicsInUse(recentSessions limit: Int) throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: Self.topicsInUseSQL, arguments: [max(limit, 0)]) }
    }
}
