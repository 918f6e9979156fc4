import Foundation
import InterviewKit

/// The database a command was pointed at (`--db`, else `INTERVIEW_DB`, else the XDG data folder),
/// as a plain value that both `DatabaseOptions` and the fast path of `QuickLaunch` hold.
struct DatabaseChoice: Equatable {
    var db: String?

    var address: DatabaseAddress {
        get throws { try DatabaseAddress.resolve(option: db, environment: ProcessInfo.processInfo.environment) }
    }

    func open(_ mode: SQLiteStore.Mode = .readWrite) throws -> any InterviewDatabase {
        try StoreOpener.open(address, mode: mode)
    }

    func openIfPresent() throws -> (any InterviewDatabase)? {
        try StoreOpener.openIfPresent(address)
    }
}
