import Foundation

/// Every store operation the commands use, whichever engine holds the database.
public typealias InterviewDatabase = SessionStore & AnalyticsStore & StandingsStore & ReportStore & MaintenanceStore

/// Opens the store a ``DatabaseAddress`` names: a SQLite file or a PostgreSQL database.
public enum StoreOpener {
    /// Opens (and for `.readWrite` creates or migrates) the database.
    ///
    /// - Parameter environment: Where a PostgreSQL password is looked up (`PGPASSWORD`, `PGPASSFILE`, `HOME`).
    public static func open(
        _ address: DatabaseAddress, mode: SQLiteStore.Mode = .readWrite,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> any InterviewDatabase {
        switch address {
        case .sqlite(let location): return try SQLiteStore.open(location, mode: mode)
        case .postgres(let server): return try openPostgres(server, mode: mode, environment: environment)
        }
    }

    /// A read-only store, or nil when there is no database yet (no file, or a server database
    /// without the schema).
    public static func openIfPresent(
        _ address: DatabaseAddress, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> (any InterviewDatabase)? {
        switch address {
        case .sqlite(let location):
            guard FileManager.default.fileExists(atPath: location.path) else { return nil }
            return try SQLiteStore.open(location, mode: .readOnly)
        case .postgres(let server):
            do throws(StoreError) {
                return try openPostgres(server, mode: .readOnly, environment: environment)
            } catch {
                if case .missingDatabase = error { return nil }
                throw error
            }
        }
    }

    /// The SQLite store at `address`, for what only SQLite offers (the benchmarks' bulk path).
    ///
    /// - Throws: ``StoreError/unsupported(address:operation:instead:)`` for a PostgreSQL address.
    public static func openSQLite(
        _ address: DatabaseAddress, operation: String, mode: SQLiteStore.Mode = .readWrite
    ) throws(StoreError) -> SQLiteStore {
        switch address {
        case .sqlite(let location): return try SQLiteStore.open(location, mode: mode)
        case .postgres(let server):
            throw .unsupported(address: server.description, operation: operation, instead: "pass --db with a file path")
        }
    }

    /// The PostgreSQL store, in a build with the `PostgreSQL` trait; otherwise the one-line
    /// ``StoreError/postgresNotBuilt(address:)``.
    static func openPostgres(_ server: PostgresAddress, mode: SQLiteStore.Mode, environment: [String: String]) throws(StoreError) -> any InterviewDatabase {
        #if PostgreSQL
            return try PostgresStore.open(server, mode: mode, environment: environment)
        #else
            throw .postgresNotBuilt(address: server.description)
        #endif
    }

    /// Copies a SQLite database into the PostgreSQL database at `server` (`db migrate`).
    public static func migrate(_ source: SQLiteStore, to server: PostgresAddress, environment: [String: String]) throws(StoreError) -> DatabaseMigration {
        #if PostgreSQL
            return try PostgresStore.open(server, mode: .readWrite, environment: environment).importRows(from: source)
        #else
            throw .postgresNotBuilt(address: server.description)
        #endif
    }

    /// Marks an interviewer of the PostgreSQL database at `server` as the hiring manager, or not
    /// (`db manager`); `login` is the role that records as them.
    public static func setManager(
        on server: PostgresAddress, interviewer: String, login: String, isManager: Bool,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) {
        #if PostgreSQL
            try PostgresStore.open(server, mode: .readWrite, environment: environment).setManager(
                interviewer: interviewer, login: login, isManager: isManager)
        #else
            throw .postgresNotBuilt(address: server.description)
        #endif
    }
}
