import Foundation
import GRDB

/// The SQLite implementation of ``InterviewStore``: the one type that owns the database.
///
/// A file opens as a `DatabasePool` (WAL, `synchronous = FULL`, foreign keys on, a busy timeout so
/// that several processes can record at once); read-only commands open a read-only connection. A
/// database written by a newer version is refused and left untouched.
public final class SQLiteStore: RecordingStore {
    let reader: any DatabaseReader
    private let writer: (any DatabaseWriter)?
    public let path: String

    public enum Mode: Sendable {
        case readWrite
        case readOnly
    }

    /// How long a write waits for another process's transaction before giving up.
    static let busyTimeout: TimeInterval = 30

    private init(reader: any DatabaseReader, writer: (any DatabaseWriter)?, path: String) {
        self.reader = reader
        self.writer = writer
        self.path = path
    }

    /// Opens (and for `.readWrite` creates and migrates) the database at `location`.
    public static func open(_ location: DatabaseLocation, mode: Mode = .readWrite) throws(StoreError) -> SQLiteStore {
        let path = location.path
        do {
            switch mode {
            case .readOnly:
                guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missingDatabase(path: path) }
                let queue = try DatabaseQueue(path: path, configuration: readOnlyConfiguration())
                let store = SQLiteStore(reader: queue, writer: nil, path: path)
                try store.checkSchema(migrate: false)
                return store
            case .readWrite:
                // An existing file is checked read-only first: opening a pool switches the file to
                // WAL, which must not happen to a database of a newer version.
                if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue > 0 {
                    let probe = SQLiteStore(reader: try DatabaseQueue(path: path, configuration: readOnlyConfiguration()), writer: nil, path: path)
                    if try probe.read({ db in try Migrations.migrator.hasBeenSuperseded(db) }) {
                        throw StoreError.newerSchema(path: path)
                    }
                }
                try location.prepareForWriting()
                let pool = try DatabasePool(path: path, configuration: makeConfiguration())
                let store = SQLiteStore(reader: pool, writer: pool, path: path)
                try store.checkSchema(migrate: true)
                return store
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw map(error, path: path)
        }
    }

    /// An empty in-memory database with the whole schema, for tests and `demo`.
    public static func inMemory() throws(StoreError) -> SQLiteStore {
        do {
            let queue = try DatabaseQueue(configuration: makeConfiguration())
            let store = SQLiteStore(reader: queue, writer: queue, path: ":memory:")
            try store.checkSchema(migrate: true)
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw map(error, path: ":memory:")
        }
    }

    static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        return config
    }

    /// A connection that only reads: foreign keys are only enforced on writes, so the pragma that
    /// turns them on is skipped.
    static func readOnlyConfiguration() -> Configuration {
        var config = makeConfiguration()
        config.readonly = true
        config.foreignKeysEnabled = false
        return config
    }

    private func checkSchema(migrate: Bool) throws {
        let migrator = Migrations.migrator
        // The migrations table read directly: the migrator's own queries are built through GRDB's
        // query interface, which costs a read-only command more than the read itself.
        let applied: Set<String> = try reader.read { db in
            let table = try String.fetchOne(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations'")
            return table == nil ? [] : Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        let known = Set(migrator.migrations)
        if !applied.isSubset(of: known) { throw StoreError.newerSchema(path: path) }
        let missing = known.subtracting(applied)
        guard !missing.isEmpty, migrate || !missing.isSubset(of: Migrations.optionalForReading) else { return }
        guard migrate, let writer else { throw StoreError.database(path: path, message: "the database needs an upgrade; run a command that records first") }
        do {
            try migrator.migrate(writer)
        } catch {
            // Another process may have created the schema at the same moment.
            let completed = (try? reader.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
            if !completed { throw error }
        }
    }

    /// Turns a GRDB or SQLite error into a one-line ``StoreError``.
    static func map(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else { return .database(path: path, message: "\(error)") }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_IOERR where freeBytes(besides: path).map({ $0 < 1 << 20 }) == true:
            // A write into the -wal or -shm file on a full disk surfaces as an I/O error.
            return .diskFull(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CANTOPEN:
            // An existing file on read-only media (or in a folder that refuses its -wal/-shm files).
            let folder = (path as NSString).deletingLastPathComponent
            if FileManager.default.fileExists(atPath: path), access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0 {
                return .readOnly(path: path)
            }
            return .cannotCreate(path: path, reason: "cannot open the file")
        case .SQLITE_PERM, .SQLITE_AUTH: return .readOnly(path: path)
        default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// The space left on the file system holding `path`, when it can be told.
    static func freeBytes(besides path: String) -> UInt64? {
        let folder = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    // MARK: - Transactions

    /// Runs `updates` in one committed write transaction (IMMEDIATE: it takes the write lock
    /// up front, so a busy database waits instead of failing half-way).
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        guard let writer else { throw .readOnly(path: path) }
        do {
            return try writer.write(updates)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Runs `updates` on the writer outside any transaction, for what SQLite refuses inside one
    /// (`VACUUM`, checkpoints); `updates` opens its own transactions.
    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        guard let writer else { throw .readOnly(path: path) }
        do {
            return try writer.writeWithoutTransaction(updates)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.map(error, path: path)
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try reader.read(value)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.map(error, path: path)
        }
    }
}
