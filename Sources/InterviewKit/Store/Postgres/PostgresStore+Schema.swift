#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Schema versions applied to the database, in order; empty for a database without the schema.
    func appliedVersions(_ db: PostgresTransaction) throws -> [String] {
        guard try db.value(Bool.self, "SELECT to_regclass('schema_migrations') IS NOT NULL") == true else { return [] }
        return try db.values(String.self, "SELECT identifier FROM schema_migrations ORDER BY applied_order")
    }

    /// Refuses a database of a newer version (untouched) and, when `migrate`, applies the missing
    /// migrations in one transaction under an advisory lock, so that two processes never race.
    func prepareSchema(migrate: Bool) throws(StoreError) {
        let known = PostgresMigrations.identifiers
        let applied = try read { db in try appliedVersions(db) }
        if applied.contains(where: { !known.contains($0) }) { throw .newerSchema(path: name) }
        guard applied.count < known.count else { return }
        if applied.isEmpty, !migrate { throw .missingDatabase(path: name) }
        guard migrate else {
            throw .database(path: name, message: "the database needs an upgrade; run a command that records first")
        }
        // Taken before the transaction begins, so that the transaction's catalog lookups see
        // the tables another process created while this one waited for the lock.
        try withConnection { db in try db.query("SELECT pg_advisory_lock(\(PostgresMigrations.lockKey))") }
        defer { _ = try? withConnection { db in try db.query("SELECT pg_advisory_unlock(\(PostgresMigrations.lockKey))") } }
        try write { db in
            if try db.value(Bool.self, "SELECT to_regclass('schema_migrations') IS NULL") == true {
                try db.query(PostgresQuery(unsafeSQL: PostgresMigrations.bookkeeping))
            }
            let applied = try appliedVersions(db)
            if applied.contains(where: { !known.contains($0) }) { throw StoreError.newerSchema(path: name) }
            for migration in PostgresMigrations.all where !applied.contains(migration.identifier) {
                for statement in migration.statements { try db.query(PostgresQuery(unsafeSQL: statement)) }
                try db.query("INSERT INTO schema_migrations (identifier) VALUES (\(migration.identifier))")
            }
        }
    }
}
#endif
