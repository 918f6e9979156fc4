#if PostgreSQL
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

    private static let candidateRows = CandidateRecords.countQueries(placeholder: "$1")

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
#endif
