#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore: ReportStore {
    /// Uses the unique index on candidate(name).
    static let candidateIDSQL = "SELECT id FROM candidate WHERE name = $1"
    /// Uses session_by_candidate (candidate_id, started_at).
    static let candidateSessionsSQL = "SELECT id FROM session WHERE candidate_id = $1 ORDER BY started_at, id"
    /// session_by_started gives the newest sessions; session_question's (session_id, position) index their questions.
    static let topicsInUseSQL = """
        SELECT DISTINCT sq.topic COLLATE "C" AS topic FROM (SELECT id FROM session ORDER BY started_at DESC LIMIT $1) recent
        JOIN session_question sq ON sq.session_id = recent.id
        ORDER BY 1
        """

    public func sessions(ofCandidate candidate: String) throws(StoreError) -> [SessionRecord] {
        try read { db in
            var binds = PostgresBindings()
            binds.append(candidate)
            guard let candidateID = try db.value(Int64.self, PostgresQuery(unsafeSQL: Self.candidateIDSQL, binds: binds)) else {
                throw StoreError.unknownCandidate(candidate)
            }
            var sessionBinds = PostgresBindings()
            sessionBinds.append(candidateID)
            let ids = try db.values(Int64.self, PostgresQuery(unsafeSQL: Self.candidateSessionsSQL, binds: sessionBinds))
            return try ids.map { id in try Self.session(db, id: id, store: name) }
        }
    }

    public func topicsInUse(recentSessions limit: Int) throws(StoreError) -> [String] {
        try read { db in
            var binds = PostgresBindings()
            binds.append(max(limit, 0))
            return try db.values(String.self, PostgresQuery(unsafeSQL: Self.topicsInUseSQL, binds: binds))
        }
    }
}
#endif
