#if PostgreSQL
import Foundation
import PostgresNIO

/// The PostgreSQL implementation of the store protocols, with the SQLite store's semantics.
///
/// The protocols are synchronous: the store keeps one connection on NIO's shared event loop group
/// and waits for each answer (callers are never on an event loop). Every recording operation is
/// one transaction committed before it returns; it locks its session's row first (as SQLite's
/// IMMEDIATE transactions take the write lock) and is retried a few times when the server reports
/// a serialization failure or a deadlock. A lost connection refuses the operation in one line and
/// is opened again by the next operation.
public final class PostgresStore: RecordingStore, @unchecked Sendable {
    public typealias Mode = SQLiteStore.Mode

    public let address: PostgresAddress
    let password: String?
    let mode: Mode
    /// A file of trusted certificates for `verify-ca` / `verify-full` (libpq's `PGSSLROOTCERT`).
    let rootCertificate: String?
    let logger: Logger
    /// Guards `connection`: one operation at a time uses it.
    private let lock = NSLock()
    private var connection: PostgresConnection?

    /// How many times a transaction is tried when the server reports a serialization failure or a deadlock.
    static let attempts = 12
    /// How long a connection attempt waits for the server.
    static let connectTimeout: TimeAmount = .seconds(5)

    init(address: PostgresAddress, password: String?, mode: Mode, rootCertificate: String? = nil) {
        self.address = address
        self.password = password
        self.mode = mode
        self.rootCertificate = rootCertificate
        var logger = Logger(label: "interview.postgres")
        logger.logLevel = .critical
        self.logger = logger
    }

    deinit {
        // The closure keeps the connection until it is closed, as PostgresNIO requires.
        if let connection { connection.close().whenComplete { _ in _ = connection } }
    }

    /// Connects to the database at `address` and, for `.readWrite`, brings its schema up to date.
    ///
    /// - Parameter environment: Where `PGPASSWORD`, `PGPASSFILE`, `HOME` and `PGSSLROOTCERT` are read.
    /// - Throws: ``StoreError/newerSchema(path:)`` for a database of a newer version (left
    ///   untouched), and the one-line connection errors.
    public static func open(
        _ address: PostgresAddress, mode: Mode = .readWrite, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(StoreError) -> PostgresStore {
        let store = PostgresStore(
            address: address, password: PostgresPassword.lookup(for: address, environment: environment), mode: mode,
            rootCertificate: environment["PGSSLROOTCERT"])
        try store.prepareSchema(migrate: mode == .readWrite)
        return store
    }

    var name: String { address.description }

    // MARK: - Connection

    private func configuration() throws(StoreError) -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        if address.sslMode == .disable {
            tls = .disable
        } else {
            var settings = TLSConfiguration.makeClientConfiguration()
            switch address.sslMode {
            case .disable, .prefer, .require: settings.certificateVerification = .none
            case .verifyCA: settings.certificateVerification = .noHostnameVerification
            case .verifyFull: settings.certificateVerification = .fullVerification
            }
            if let rootCertificate, address.sslMode == .verifyCA || address.sslMode == .verifyFull {
                settings.trustRoots = .file(rootCertificate)
            }
            do {
                let context = try NIOSSLContext(configuration: settings)
                tls = address.sslMode == .prefer ? .prefer(context) : .require(context)
            } catch {
                throw .tlsFailed(server: address.server, reason: Self.reason(error))
            }
        }
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password, database: address.database, tls: tls)
        configuration.options.connectTimeout = Self.connectTimeout
        return configuration
    }

    /// The open connection, made anew when there is none or the last one was lost.
    private func connected() throws(StoreError) -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        let future = PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try configuration(), id: 1, logger: logger)
        do {
            let made = try future.wait()
            connection = made
            return made
        } catch {
            throw map(error)
        }
    }

    /// Closes the connection (the next operation opens a new one).
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        if let connection { _ = try? connection.close().wait() }
        connection = nil
    }

    // MARK: - Transactions

    /// Runs `body` in one committed read-write transaction, retried on a serialization failure or
    /// a deadlock; a ``StoreError`` thrown by `body` rolls it back.
    @discardableResult
    func write<T>(_ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        guard mode == .readWrite else { throw .readOnly(path: name) }
        return try transaction(begin: "BEGIN ISOLATION LEVEL READ COMMITTED", writes: true, body)
    }

    /// Runs `body` in one read-only transaction that sees a single snapshot.
    func read<T>(_ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", writes: false, body)
    }

    private func transaction<T>(begin: String, writes: Bool, _ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        var attempt = 0
        while true {
            attempt += 1
            let transaction = PostgresTransaction(connection: try connected(), logger: logger)
            var committing = false
            do {
                try transaction.query(PostgresQuery(unsafeSQL: begin))
                let result = try body(transaction)
                committing = writes
                try transaction.query("COMMIT")
                return result
            } catch {
                // COMMIT answered by anything but the server's own verdict (a lost connection, a
                // terminated session): it may have committed, and nothing here can tell.
                if committing && (transaction.connection.isClosed || !Self.isVerdict(error)) {
                    let dropped = transaction.connection
                    if !dropped.isClosed { dropped.close().whenComplete { _ in _ = dropped } }
                    connection = nil
                    throw .commitUnconfirmed(server: address.server)
                }
                let lost = transaction.connection.isClosed
                if !lost { _ = try? transaction.query("ROLLBACK") }
                if let error = error as? StoreError { throw error }
                if lost {
                    connection = nil
                    throw map(error)
                }
                if Self.isRetryable(error), attempt < Self.attempts {
                    usleep(UInt32.random(in: 2_000...10_000) * UInt32(attempt))
                    continue
                }
                throw map(error)
            }
        }
    }

    /// Runs statements outside a transaction block (each commits on its own), for the schema.
    @discardableResult
    func withConnection<T>(_ body: (PostgresTransaction) throws -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let transaction = PostgresTransaction(connection: try connected(), logger: logger)
        do {
            return try body(transaction)
        } catch {
            if transaction.connection.isClosed { connection = nil }
            if let error = error as? StoreError { throw error }
            throw map(error)
        }
    }

    /// Runs one statement written by the program (never with user input) outside a transaction,
    /// for administration such as `CREATE DATABASE`.
    func execute(unsafeSQL sql: String) throws(StoreError) {
        try withConnection { db in try db.query(PostgresQuery(unsafeSQL: sql)) }
    }

    /// The integer that a statement written by the program returns, as this login role sees it.
    func integer(unsafeSQL sql: String) throws(StoreError) -> Int? {
        try read { db in try db.value(Int.self, PostgresQuery(unsafeSQL: sql)) }
    }

    /// The plan of a statement written by the program with `$1` bound to `text` or `number`,
    /// planned as on a large database (sequential scans discouraged), one line per node.
    func plan(unsafeSQL sql: String, text: String? = nil, number: Int? = nil) throws(StoreError) -> [String] {
        try read { db in
            try db.query("SET LOCAL enable_seqscan = off")
            var binds = PostgresBindings()
            if let text { binds.append(text) } else { binds.append(number) }
            return try db.query(PostgresQuery(unsafeSQL: "EXPLAIN " + sql, binds: binds)).map { try $0[0].decode(String.self) }
        }
    }

    // MARK: - Errors

    /// The SQLSTATE of a server error, if `error` is one.
    static func sqlState(_ error: any Error) -> String? {
        guard let error = error as? PSQLError, error.code == .server else { return nil }
        return error.serverInfo?[.sqlState]
    }

    /// An error the server answered for a statement (not a lost connection, not a terminated
    /// session): after COMMIT it means the transaction was rolled back.
    static func isVerdict(_ error: any Error) -> Bool {
        guard let state = sqlState(error) else { return false }
        return !state.hasPrefix("57") && !state.hasPrefix("08")
    }

    /// Serialization failure and deadlock: the transaction may succeed when run again.
    static func isRetryable(_ error: any Error) -> Bool {
        ["40001", "40P01"].contains(sqlState(error) ?? "")
    }

    /// Turns a PostgresNIO or NIO error into a one-line ``StoreError`` that never holds the password.
    func map(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        let server = address.server
        guard let error = error as? PSQLError else {
            if Self.isTLS(error) { return .tlsFailed(server: server, reason: Self.reason(error)) }
            if error is PostgresDecodingError { return .database(path: name, message: "unexpected value in the database: \(error)") }
            return .serverUnreachable(server: server, reason: Self.reason(error))
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "server error \(state)"
            switch state {
            case "28P01", "28000": return .authenticationFailed(server: server, user: address.user, reason: message)
            case "25006": return .readOnly(path: name)
            case "53100": return .diskFull(path: name)
            case "57P01", "57P02", "57P03", "08000", "08003", "08006": return .serverUnreachable(server: server, reason: message)
            case "40001", "40P01", "55P03": return .busy(path: name)
            case "42501" where message.contains("row-level security"):
                return .database(
                    path: name,
                    message: "the login role '\(address.user)' may not record as this interviewer (a name belongs to the role that first recorded it)")
            default: return .database(path: name, message: message)
            }
        case .sslUnsupported:
            return .tlsFailed(server: server, reason: "the server does not offer TLS (sslmode=\(address.sslMode.rawValue))")
        case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return .tlsFailed(server: server, reason: error.underlying.map(Self.reason) ?? "the TLS handshake failed")
        case .authMechanismRequiresPassword:
            return .authenticationFailed(server: server, user: address.user, reason: "the server asks for a password and none was found")
        case .saslError, .unsupportedAuthMechanism:
            return .authenticationFailed(server: server, user: address.user, reason: error.underlying.map(Self.reason) ?? "\(error.code)")
        default:
            if let underlying = error.underlying {
                if Self.isTLS(underlying) { return .tlsFailed(server: server, reason: Self.reason(underlying)) }
                return .serverUnreachable(server: server, reason: Self.reason(underlying))
            }
            return .serverUnreachable(server: server, reason: "the connection was closed")
        }
    }

    static func isTLS(_ error: any Error) -> Bool {
        error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError
    }

    /// A short reason: "connection refused", "no answer within 5 s", the server's or TLS's words.
    static func reason(_ error: any Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first { return reason(first.error) }
            if let dns = error.dnsAError ?? error.dnsAAAAError { return "cannot resolve the host (\(reason(dns)))" }
            return "cannot connect"
        }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout: return "no answer within \(connectTimeout.nanoseconds / 1_000_000_000) s"
            case .ioOnClosedChannel, .alreadyClosed, .eof: return "the connection was closed"
            default: return "\(error)"
            }
        }
        if let error = error as? PSQLError {
            return error.serverInfo?[.message] ?? error.underlying.map(reason) ?? "\(error.code)"
        }
        let text = "\(error)"
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }
}
#endif
