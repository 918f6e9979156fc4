import Foundation
import GRDB
import GRDBSQLite

/// The rows of one statement, read with SQLite's own column functions: for the passes over every
/// score of a database (millions of rows), where decoding each row through GRDB's `Row` cost four
/// times what SQLite spends on the query (100,000 sessions, 4.8 million scores: 2.5 s against
/// 0.6 s). Columns are read by index from the current row, which is valid until the next `step`.
struct SQLiteRawRows {
    private let statement: Statement
    private let database: Database

    init(_ database: Database, sql: String, arguments: StatementArguments = []) throws {
        self.database = database
        statement = try database.makeStatement(sql: sql)
        try statement.setArguments(arguments)
    }

    /// Moves to the next row; false after the last one.
    func step() throws -> Bool {
        let code = sqlite3_step(statement.sqliteStatement)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = database.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(statement.sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(statement.sqliteStatement, column) }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement.sqliteStatement, column)) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(statement.sqliteStatement, column) }

    /// The column's text; empty for NULL.
    func text(_ column: Int32) -> String {
        withText(column) { String(decoding: $0, as: UTF8.self) }
    }

    /// The column's date as GRDB stores it (text, UTC); throws on anything else.
    func date(_ column: Int32) throws -> Date {
        guard let date = try optionalDate(column) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "no date in column \(column)", sql: statement.sql)
        }
        return date
    }

    /// The column's date, nil for NULL; throws on a value that is not a date.
    func optionalDate(_ column: Int32) throws -> Date? {
        guard sqlite3_column_type(statement.sqliteStatement, column) != SQLITE_NULL else { return nil }
        guard let date = Date.fromDatabaseValue(text(column).databaseValue) else {
            throw DatabaseError(resultCode: .SQLITE_MISMATCH, message: "not a date in column \(column)", sql: statement.sql)
        }
        return date
    }

    /// The column's text as UTF-8 bytes, valid only inside `body`.
    func withText<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        let count = Int(sqlite3_column_bytes(statement.sqliteStatement, column))
        guard let bytes = sqlite3_column_text(statement.sqliteStatement, column) else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return body(UnsafeRawBufferPointer(start: bytes, count: count))
    }
}
