import Foundation
import GRDB

extension SQLiteStore: ReportStore {
    /// Uses the unique index on candidate(name).
    static let candidateIDSQL = "SELECT id FROM candidate WHERE name = ?"
    /// session_by_started gives the newest sessions; session_question's (session_id, position) index their questions.
    static let topicsInUseSQL = """
        SELECT DISTINCT sq.topic FROM (SELECT id FROM session ORDER BY started_at DESC LIMIT ?) recent
        JOIN session_question sq ON sq.session_id = recent.id
        ORDER BY sq.topic
        """

    /// All in one read transaction, a consistent snapshot, each table read once for all sessions.
    public func sessions(ofCandidate candidate: String) throws(StoreError) -> [SessionRecord] {
        try read { db in
            guard let candidateID = try Int64.fetchOne(db, sql: Self.candidateIDSQL, arguments: [candidate]) else {
                throw StoreError.unknownCandidate(candidate)
            }
            return try Self.sessions(db, .candidate, candidateID)
        }
    }

    public func topicsInUse(recentSessions limit: Int) throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: Self.topicsInUseSQL, arguments: [max(limit, 0)]) }
    }
}
