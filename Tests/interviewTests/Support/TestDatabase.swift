import Foundation
import GRDB
import Testing

@testable import InterviewKit

/// The engine a command test points the built executable at: the same script and assertions on a
/// SQLite file and on a PostgreSQL database.
///
/// PostgreSQL needs `INTERVIEW_TEST_POSTGRES` (an admin role that may create databases; `.ci/postgres`
/// starts a server and sets it, with the passwords in PGPASSFILE, which the child processes inherit).
/// Without it the PostgreSQL cases record a warning naming the variable and are cancelled: they
/// never pass silently.
enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static let all = Engine.allCases

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    static let environment = ProcessInfo.processInfo.environment

    static let missingServer: Comment =
        "PostgreSQL case not run: set INTERVIEW_TEST_POSTGRES=postgres://admin@127.0.0.1:5432/db (see .ci/postgres) to run it"

    /// Runs `body` with a fresh, empty database of this engine and a temporary folder, both removed
    /// afterwards; cancels the test case when PostgreSQL is asked for and no server is configured.
    func withDatabase<T>(_ body: (TestDatabase) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        switch self {
        case .sqlite:
            return try body(TestDatabase(engine: self, folder: folder, address: folder.appendingPathComponent("db.sqlite").path))
        case .postgres:
            return try Engine.withPostgres { address in try body(TestDatabase(engine: self, folder: folder, address: address.description)) }
        }
    }

    /// Runs `body` with the address of a new PostgreSQL database owned by the admin role, dropped
    /// afterwards (with whatever sessions of the binary still hold it).
    static func withPostgres<T>(_ body: (PostgresAddress) throws -> T) throws -> T {
        guard let value = environment["INTERVIEW_TEST_POSTGRES"], !value.isEmpty,
            let admin = try? PostgresAddress.parse(value, environment: environment)
        else {
            Issue.record(missingServer, severity: .warning)
            try Test.cancel(missingServer)
        }
        #if !PostgreSQL
            Issue.record(notBuilt, severity: .warning)
            try Test.cancel(notBuilt)
        #else
        let name = "interview_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let server = PostgresStore(address: admin, password: PostgresPassword.lookup(for: admin, environment: environment), mode: .readWrite)
        try server.execute(unsafeSQL: "CREATE DATABASE \(name)")
        defer {
            try? server.execute(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            server.close()
        }
        var address = admin
        address.database = String(name)
        return try body(address)
        #endif
    }

    static let notBuilt: Comment =
        "PostgreSQL case not run: this build has no PostgreSQL backend (run swift test --traits PostgreSQL)"
}

/// One test's database: where `INTERVIEW_DB` points, a folder for output files, and direct reads
/// that check what the commands wrote without going through them.
struct TestDatabase {
    let engine: Engine
    /// A private temporary folder (output files, other SQLite files).
    let folder: URL
    /// The SQLite path or the `postgres://` address (without a password).
    let address: String

    /// The built executable with `INTERVIEW_DB` set to this database.
    var runner: InterviewRunner { InterviewRunner(environment: ["INTERVIEW_DB": address]) }

    /// The session as recorded, read straight from the database (read-only, as the library sees it).
    func session(_ id: Int64) throws -> SessionRecord {
        try StoreOpener.open(try DatabaseAddress.resolve(option: address, environment: Engine.environment), mode: .readOnly).session(id)
    }

    /// The integer a query of the test returns (SQL both engines understand).
    func integer(_ sql: String) throws -> Int {
        switch engine {
        case .sqlite:
            let queue = try DatabaseQueue(path: address)
            defer { try? queue.close() }
            return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
        case .postgres:
            #if PostgreSQL
                let store = try PostgresStore.open(try PostgresAddress.parse(address, environment: Engine.environment), mode: .readOnly)
                defer { store.close() }
                return try store.integer(unsafeSQL: sql) ?? 0
            #else
                try Test.cancel(Engine.notBuilt)
            #endif
        }
    }

    /// Whether `text` is left anywhere in the database: in the file's bytes (database and WAL) on
    /// SQLite, in any row of any table on PostgreSQL (as the owner, who is not filtered by row-level security).
    func contains(_ text: String) throws -> Bool {
        switch engine {
        case .sqlite:
            let bytes = ["", "-wal"].reduce(into: Data()) { data, suffix in data += FileManager.default.contents(atPath: address + suffix) ?? Data() }
            return bytes.range(of: Data(text.utf8)) != nil
        case .postgres:
            let literal = "'%" + text.replacingOccurrences(of: "'", with: "''") + "%'"
            let sql = """
                SELECT COUNT(*)::INT8 FROM pg_tables t WHERE t.schemaname = current_schema()
                  AND query_to_xml(format('SELECT * FROM %I', t.tablename), true, false, '')::TEXT LIKE \(literal)
                """
            return try integer(sql) > 0
        }
    }

    /// The question ids of a session, in order, as `report --format json` lists them.
    func questions(ofSession id: Int) throws -> [String] {
        let result = try runner.run(["report", String(id), "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }
}
