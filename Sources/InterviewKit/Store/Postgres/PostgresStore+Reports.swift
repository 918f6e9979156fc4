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

#if PostgreSQL
extension PostgresStore {
    public func scorecards(pausedBefore: Date) throws(StoreError) -> [ScorecardRow] {
        try read { db in
            var binds = PostgresBindings()
            binds.append(pausedBefore.stamp)
            let paused = try db.query(PostgresQuery(unsafeSQL: PendingSQL.paused(parameter: "$1"), binds: binds)).map { row in
                ScorecardRow(
                    session: try row.get("id"), candidate: try row.get("candidate"), status: .open, since: try row.date("since"),
                    interviewer: try row.get("interviewer", as: String?.self))
            }
            let owed = try db.query(PostgresQuery(unsafeSQL: PendingSQL.scorecards, binds: PostgresBindings())).map { row in
                ScorecardRow(
                    session: try row.get("id"), candidate: try row.get("candidate"), status: .finished, since: try row.date("since"),
                    interviewer: try row.get("interviewer", as: String?.self), lastScoredAt: try row.optionalDate("scored_at"),
                    recommendation: try row.get("recommendation", as: String?.self).flatMap(Recommendation.init(rawValue:)),
                    summary: try row.get("summary", as: String?.self), recommendedAt: try row.optionalDate("recommended_at"),
                    recommendations: Int(try row.get("recommendations", as: Int64.self)))
            }
            return paused + owed
        }
    }
}
#endif
