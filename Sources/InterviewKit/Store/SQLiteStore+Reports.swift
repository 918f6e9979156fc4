import Foundation
import GRDB

extension SQLiteStore: ReportStore {
    public func sessions(ofCandidate candidate: String) throws(StoreError) -> [SessionRecord] {
        // Uses the unique index on candidate(name), then session_by_candidate (candidate_id, started_at).
        let ids: [Int64] = try read { db in
            guard let candidateID = try Int64.fetchOne(db, sql: "SELECT id FROM candidate WHERE name = ?", arguments: [candidate]) else {
                throw StoreError.unknownCandidate(candidate)
            }
            return try Int64.fetchAll(
                db, sql: "SELECT id FROM session WHERE candidate_id = ? ORDER BY started_at, id", arguments: [candidateID])
        }
        var records: [SessionRecord] = []
        records.reserveCapacity(ids.count)
        for id in ids { records.append(try session(id)) }
        return records
    }

    public func topicsInUse(recentSessions limit: Int) throws(StoreError) -> [String] {
        // session_by_started gives the newest sessions; session_question's (session_id, position) index their questions.
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT sq.topic FROM (SELECT id FROM session ORDER BY started_at DESC LIMIT ?) recent
                    JOIN session_question sq ON sq.session_id = recent.id
                    ORDER BY sq.topic
                    """, arguments: [max(limit, 0)])
        }
    }
}
