#if PostgreSQL
import Foundation
import PostgresNIO

/// One connection inside an open transaction: runs statements whose values are always bound
/// (``PostgresQuery`` interpolation turns every `\(value)` into a `$n` parameter).
struct PostgresTransaction {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> [PostgresRandomAccessRow] {
        try connection.query(query, logger: logger).wait().map { $0.makeRandomAccess() }
    }

    /// Runs one statement and hands each row to `body` as it arrives, without collecting them.
    ///
    /// `body` runs on the connection's event loop while this thread waits for the end of the
    /// rows: never at the same time as the caller, so it may touch the caller's state. The loop
    /// reads more from the socket only between calls, so a slow `body` slows the server down
    /// instead of piling rows up in memory.
    func forEach(_ query: PostgresQuery, _ body: (PostgresRow) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            // The event loop may drop its last reference to the handler only after `wait` has
            // returned: the handler lets go of `body` first, so that `body` has not escaped.
            let handler = RowHandler(body)
            defer { handler.release() }
            _ = try connection.query(query, logger: logger) { row in try handler(row) }.wait()
        }
    }

    /// The first column of the first row, or nil when there is no row.
    func value<T: PostgresDecodable>(_ type: T.Type, _ query: PostgresQuery) throws -> T? {
        guard let row = try self.query(query).first, !row.isEmpty, row[0].bytes != nil else { return nil }
        return try row[0].decode(T.self)
    }

    /// The first column of every row.
    func values<T: PostgresDecodable>(_ type: T.Type, _ query: PostgresQuery) throws -> [T] {
        try self.query(query).map { try $0[0].decode(T.self) }
    }
}

/// A row callback handed to the event loop while its owner waits (see ``PostgresTransaction/forEach(_:_:)``).
private final class RowHandler: @unchecked Sendable {
    private let lock = NSLock()
    private var body: ((PostgresRow) throws -> Void)?

    init(_ body: @escaping (PostgresRow) throws -> Void) { self.body = body }

    func callAsFunction(_ row: PostgresRow) throws {
        try lock.withLock { try body?(row) }
    }

    func release() {
        lock.withLock { body = nil }
    }
}

extension PostgresRandomAccessRow {
    func get<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }

    /// A `timestamptz` column, to the millisecond as the SQLite store keeps dates.
    func date(_ column: String) throws -> Date {
        try self[column].decode(Date.self).millisecondPrecision
    }

    func optionalDate(_ column: String) throws -> Date? {
        try self[column].decode(Date?.self)?.millisecondPrecision
    }
}

extension Date {
    /// The date rounded to the nearest millisecond, as GRDB writes dates into SQLite: bound into
    /// statements and applied again to what is read, so that a date reads back equal.
    var millisecondPrecision: Date {
        Date(timeIntervalSinceReferenceDate: (timeIntervalSinceReferenceDate * 1000).rounded() / 1000)
    }

    var stamp: Date { millisecondPrecision }
}
#endif
