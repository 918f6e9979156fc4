import Foundation
import PostgresNIO

extension PostgresStore: MaintenanceStore {
    /// The schema versions, and that row-level security is on with every policy in place. The
    /// server enforces foreign keys and checks its own pages, so there are no orphans to look for.
    public func check() throws(StoreError) -> DatabaseCheck {
        try read { db in
            let applied = try appliedVersions(db)
            var problems: [String] = []
            if applied.contains("v2-panel") {
                let tables = ["interviewer"] + PostgresMigrations.markTables.map(\.table)
                let secured = Set(
                    try db.values(
                        String.self,
                        """
                        SELECT c.relname::TEXT FROM pg_class c WHERE c.oid = ANY(
                          SELECT to_regclass(t)::OID FROM unnest(\(tables)::TEXT[]) t) AND c.relrowsecurity
                        """))
                for table in tables where !secured.contains(table) { problems.append("row-level security is off on table \(table)") }
                let present = Set(
                    try db.values(String.self, "SELECT policyname::TEXT FROM pg_policies WHERE schemaname = current_schema()"))
                for policy in PostgresMigrations.policyNames where !present.contains(policy) {
                    problems.append("row-level security policy \(policy) is missing")
                }
            }
            let candidates = try db.value(Int.self, "SELECT COUNT(*) FROM candidate") ?? 0
            let sessions = try db.value(Int.self, "SELECT COUNT(*) FROM session") ?? 0
            return DatabaseCheck(
                integrity: problems, orphans: [], appliedVersions: applied, knownVersions: PostgresMigrations.identifiers,
                candidates: candidates, sessions: sessions)
        }
    }

    /// A server database is copied by the server's own tools.
    public func backup(to destination: String, replacing: Bool) throws(StoreError) -> Int64 {
        throw .unsupported(address: name, operation: "`db backup`", instead: "copy a PostgreSQL database with pg_dump")
    }

    /// Each kind of record about a candidate and the rows of its table that belong to them
    /// (`$1` is the candidate's id).
    private static let candidateRows: [(kind: String, sql: String)] = {
        let sessions = "SELECT id FROM session WHERE candidate_id = $1"
        let questions = "SELECT sq.id FROM session_question sq JOIN session s ON s.id = sq.session_id WHERE s.candidate_id = $1"
        return [
            ("session", "SELECT COUNT(*) FROM session WHERE candidate_id = $1"),
            ("question", "SELECT COUNT(*) FROM session_question WHERE session_id IN (\(sessions))"),
            ("score", "SELECT COUNT(*) FROM score WHERE session_question_id IN (\(questions))"),
            ("covered point", "SELECT COUNT(*) FROM covered_point WHERE session_question_id IN (\(questions))"),
            ("follow-up", "SELECT COUNT(*) FROM follow_up_asked WHERE session_question_id IN (\(questions))"),
            ("red flag", "SELECT COUNT(*) FROM red_flag WHERE session_question_id IN (\(questions))"),
            ("skip", "SELECT COUNT(*) FROM skip WHERE session_question_id IN (\(questions))"),
            ("note", "SELECT COUNT(*) FROM note WHERE session_id IN (\(sessions))"),
            ("recommendation", "SELECT COUNT(*) FROM recommendation WHERE session_id IN (\(sessions))"),
            ("panel seat", "SELECT COUNT(*) FROM session_interviewer WHERE session_id IN (\(sessions))"),
        ]
    }()

    public func records(of candidate: String) throws(StoreError) -> CandidateRecords {
        try read { db in try Self.records(db, candidate: candidate).records }
    }

    /// Deletes in one transaction; the server reclaims the space itself, so the log counts as emptied.
    public func forget(candidate: String) throws(StoreError) -> CandidateErasure {
        try write { db in
            let (id, records) = try Self.records(db, candidate: candidate)
            try db.query("DELETE FROM candidate WHERE id = \(id)")
            return CandidateErasure(removed: records, logEmptied: true)
        }
    }

    private static func records(_ db: PostgresTransaction, candidate: String) throws -> (id: Int64, records: CandidateRecords) {
        guard let id = try db.value(Int64.self, "SELECT id FROM candidate WHERE name = \(candidate)") else {
            throw StoreError.unknownCandidate(candidate)
        }
        let counts = try candidateRows.map { kind, sql in
            var binds = PostgresBindings()
            binds.append(id)
            return CandidateRecords.Count(kind: kind, count: try db.value(Int.self, PostgresQuery(unsafeSQL: sql, binds: binds)) ?? 0)
        }
        return (id, CandidateRecords(candidate: candidate, counts: counts))
    }
}
