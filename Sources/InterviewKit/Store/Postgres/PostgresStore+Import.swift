#if PostgreSQL
import Foundation
import GRDB
import PostgresNIO

extension PostgresStore {
    /// The tables of the schema in an order that respects their references.
    static let migratedTables = [
        "candidate", "interviewer", "session", "session_interviewer", "session_question", "score", "covered_point", "follow_up_asked",
        "red_flag", "note", "skip", "recommendation",
    ]

    /// Tables whose `id` comes from an identity sequence, moved past the copied ids afterwards.
    static let identityTables = ["candidate", "interviewer", "session", "session_question", "follow_up_asked", "note"]

    /// Copies every row of a SQLite database into this one in one transaction, keeping ids, times
    /// and snapshots. Rows already on the server are left as they are, so running it again adds
    /// nothing. A candidate, interviewer or session that the server holds under the same id (or
    /// name) but with other content stops the copy before anything is written.
    public func importRows(from source: SQLiteStore) throws(StoreError) -> DatabaseMigration {
        let batchRows = 500
        return try write { pg in
            var types: [String: [(column: String, type: String)]] = [:]
            for row in try pg.query(
                "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS d FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY ordinal_position"
            ) {
                types[try row.get("t", as: String.self), default: []].append((try row.get("c", as: String.self), try row.get("d", as: String.self)))
            }
            try checkConflicts(pg, source: source)
            var tables: [DatabaseMigration.Table] = []
            for table in Self.migratedTables {
                let localColumns = try source.read { db in try db.columns(in: table).map(\.name) }
                let columns = (types[table] ?? []).filter { localColumns.contains($0.column) }
                guard !columns.isEmpty else { continue }
                let list = columns.map { "\"\($0.column)\"" }.joined(separator: ", ")
                var added = 0
                var total = 0
                func insert(_ rows: [[DatabaseValue]]) throws {
                    guard !rows.isEmpty else { return }
                    var bindings = PostgresBindings(capacity: rows.count * columns.count)
                    var tuples: [String] = []
                    for row in rows {
                        var placeholders: [String] = []
                        for (index, value) in row.enumerated() {
                            try Self.bind(value, as: columns[index].type, column: "\(table).\(columns[index].column)", into: &bindings)
                            placeholders.append("$\(bindings.count)")
                        }
                        tuples.append("(" + placeholders.joined(separator: ", ") + ")")
                    }
                    let sql = "INSERT INTO \(table) (\(list)) VALUES \(tuples.joined(separator: ", ")) ON CONFLICT DO NOTHING RETURNING 1"
                    added += try pg.query(PostgresQuery(unsafeSQL: sql, binds: bindings)).count
                    total += rows.count
                }
                var pending: [[DatabaseValue]] = []
                var failure: (any Error)?
                try source.read { db in
                    let cursor = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(table)")
                    while let row = try cursor.next() {
                        pending.append(row.databaseValues.map { $0 })
                        if pending.count == batchRows {
                            do { try insert(pending) } catch { failure = error; return }
                            pending.removeAll(keepingCapacity: true)
                        }
                    }
                }
                if let failure { throw failure }
                try insert(pending)
                tables.append(DatabaseMigration.Table(name: table, added: added, present: total - added))
            }
            for table in Self.identityTables {
                try pg.query(
                    PostgresQuery(
                        unsafeSQL: "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), GREATEST((SELECT MAX(id) FROM \(table)), 1))"))
            }
            return DatabaseMigration(tables: tables)
        }
    }

    /// The same id or name with other content on either side is refused before anything is written.
    private func checkConflicts(_ pg: PostgresTransaction, source: SQLiteStore) throws {
        for table in ["candidate", "interviewer"] {
            let local: [(Int64, String)] = try source.read { db in
                try Row.fetchAll(db, sql: "SELECT id, name FROM \(table)").map { ($0["id"], $0["name"]) }
            }
            var byID: [Int64: String] = [:]
            var byName: [String: Int64] = [:]
            for row in try pg.query(PostgresQuery(unsafeSQL: "SELECT id, name FROM \(table)")) {
                let id = try row.get("id", as: Int64.self), name = try row.get("name", as: String.self)
                byID[id] = name
                byName[name] = id
            }
            for (id, name) in local {
                if let other = byID[id], other != name { throw StoreError.migrationConflict(table: table, detail: "id \(id) as '\(other)', not '\(name)'") }
                if let other = byName[name], other != id { throw StoreError.migrationConflict(table: table, detail: "'\(name)' under id \(other), not \(id)") }
            }
        }
        let sessions: [(Int64, Int64, String)] = try source.read { db in
            try Row.fetchAll(db, sql: "SELECT id, candidate_id, blueprint_id FROM session").map { ($0["id"], $0["candidate_id"], $0["blueprint_id"]) }
        }
        var server: [Int64: (Int64, String)] = [:]
        for row in try pg.query("SELECT id, candidate_id, blueprint_id FROM session") {
            server[try row.get("id", as: Int64.self)] = (try row.get("candidate_id", as: Int64.self), try row.get("blueprint_id", as: String.self))
        }
        for (id, candidate, blueprint) in sessions {
            if let other = server[id], other != (candidate, blueprint) {
                throw StoreError.migrationConflict(table: "session", detail: "session \(id) of another candidate or blueprint")
            }
        }
    }

    /// A SQLite value as the PostgreSQL column's type wants it.
    private static func bind(_ value: DatabaseValue, as type: String, column: String, into bindings: inout PostgresBindings) throws {
        if value.isNull {
            bindings.appendNull()
            return
        }
        switch type {
        case "bigint", "integer", "smallint":
            guard let number = Int64.fromDatabaseValue(value) else { throw StoreError.database(path: column, message: "not a whole number") }
            bindings.append(number)
        case "double precision", "real", "numeric":
            guard let number = Double.fromDatabaseValue(value) else { throw StoreError.database(path: column, message: "not a number") }
            bindings.append(number)
        case "boolean":
            guard let flag = Bool.fromDatabaseValue(value) else { throw StoreError.database(path: column, message: "not a boolean") }
            bindings.append(flag)
        case "timestamp with time zone", "timestamp without time zone":
            guard let date = Date.fromDatabaseValue(value) else { throw StoreError.database(path: column, message: "not a date") }
            bindings.append(date.stamp)
        default:
            guard let text = String.fromDatabaseValue(value) else { throw StoreError.database(path: column, message: "not text") }
            bindings.append(text)
        }
    }
}
#endif
