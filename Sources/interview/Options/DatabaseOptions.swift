import ArgumentParser
import Foundation
import InterviewKit

/// `--db PATH` or `--db postgres://user@host:port/database`, falling back to `INTERVIEW_DB`, then
/// the XDG data folder.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file, or a postgres://user@host:port/database address (default: $INTERVIEW_DB, else ~/.local/share/interview/interview.sqlite).",
            valueName: "path"))
    var db: String?

    var address: DatabaseAddress {
        get throws { try DatabaseAddress.resolve(option: db, environment: ProcessInfo.processInfo.environment) }
    }

    func open(_ mode: SQLiteStore.Mode = .readWrite) throws -> any InterviewDatabase {
        try StoreOpener.open(address, mode: mode)
    }

    /// A read-only store, or nil when there is no database yet.
    func openIfPresent() throws -> (any InterviewDatabase)? {
        try StoreOpener.openIfPresent(address)
    }

    /// The SQLite store, for what only SQLite offers; a PostgreSQL address is refused in one line.
    func openSQLite(for operation: String) throws -> SQLiteStore {
        try StoreOpener.openSQLite(address, operation: operation)
    }
}
