import Foundation
import Testing

@testable import InterviewKit

/// A store backend the store tests run on: the same assertions on both engines.
///
/// PostgreSQL needs a server: `INTERVIEW_TEST_POSTGRES=postgres://admin@host:port/database` names a
/// role that may create databases (`.ci/postgres` starts one and sets it, with the password in the
/// file PGPASSFILE names). Each test gets a database of its own, dropped afterwards. Without the
/// variable the PostgreSQL cases record a warning naming it and are cancelled: they never pass silently.
enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static let all = Engine.allCases

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    static let variable = "INTERVIEW_TEST_POSTGRES"
    static let environment = ProcessInfo.processInfo.environment

    /// The admin address from the environment, when there is one.
    static var adminAddress: PostgresAddress? {
        guard let value = environment[variable], !value.isEmpty else { return nil }
        return try? PostgresAddress.parse(value, environment: environment)
    }

    static let missingServer: Comment =
        "PostgreSQL case not run: set INTERVIEW_TEST_POSTGRES=postgres://admin@127.0.0.1:5432/db (see .ci/postgres) to run it"

    /// Runs `body` on a fresh, empty store of this engine (created read-write and migrated).
    func withStore<T>(_ body: (any InterviewDatabase) throws -> T) throws -> T {
        switch self {
        case .sqlite:
            let folder = TemporaryFolder()
            return try withExtendedLifetime(folder) {
                try body(try SQLiteStore.open(DatabaseLocation(path: folder.url("db.sqlite"))))
            }
        case .postgres:
            #if PostgreSQL
                return try Engine.withPostgres { address in try body(try PostgresStore.open(address, environment: Engine.environment)) }
            #else
                return try Engine.withPostgres { _ in try Test.cancel(Engine.notBuilt) }
            #endif
        }
    }

    /// Runs `body` with the address of a new, empty PostgreSQL database owned by the admin role,
    /// dropped afterwards; cancels the test case when no server is configured.
    static func withPostgres<T>(_ body: (PostgresAddress) throws -> T) throws -> T {
        guard let admin = adminAddress else {
            // A cancelled case of a parameterised test does not show in the summary: the warning does.
            Issue.record(missingServer, severity: .warning)
            try Test.cancel(missingServer)
        }
        #if !PostgreSQL
            Issue.record(notBuilt, severity: .warning)
            try Test.cancel(notBuilt)
        #else
        let name = "interview_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
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
