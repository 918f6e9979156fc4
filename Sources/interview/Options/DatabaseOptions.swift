import ArgumentParser
import Foundation
import InterviewKit

/// `--db PATH`, falling back to `INTERVIEW_DB`, then the XDG data folder.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $INTERVIEW_DB, else ~/.local/share/interview/interview.sqlite).", valueName: "path"))
    var db: String?

    var location: DatabaseLocation {
        DatabaseLocation.resolve(option: db, environment: ProcessInfo.processInfo.environment)
    }

    func open(_ mode: SQLiteStore.Mode = .readWrite) throws -> SQLiteStore {
        try SQLiteStore.open(location, mode: mode)
    }

    /// A read-only store, or nil when there is no database yet.
    func openIfPresent() throws -> SQLiteStore? {
        guard FileManager.default.fileExists(atPath: location.path) else { return nil }
        return try open(.readOnly)
    }
}
