import Foundation
import GRDB
import Testing

@testable import InterviewKit

@Suite("StoredDate reads what GRDB stores, as GRDB would")
struct StoredDateTests {
    @Test("50,000 random stored dates give GRDB's Date bit for bit")
    func matchesGRDB() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let milliseconds = Int64(generator.next() % 6_000_000_000_000) - 1_000_000_000_000
            let stored = Date(timeIntervalSince1970: Double(milliseconds) / 1_000).databaseValue
            let text = try #require(String.fromDatabaseValue(stored))
            let expected = try #require(Date.fromDatabaseValue(stored))
            let parsed = try #require(StoredDate.parse(text), "\(text)")
            #expect(parsed.timeIntervalSinceReferenceDate.bitPattern == expected.timeIntervalSinceReferenceDate.bitPattern, "\(text)")
        }
    }

    @Test("leap days, month ends and the epoch")
    func calendarEdges() throws {
        for text in ["2024-02-29 23:59:59.999", "2000-02-29 00:00:00.000", "1970-01-01 00:00:00.000", "2026-12-31 12:30:45.500", "1969-12-31 23:59:59.001"] {
            let expected = try #require(Date.fromDatabaseValue(text.databaseValue))
            #expect(StoredDate.parse(text) == expected, "\(text)")
        }
    }

    @Test("other shapes and impossible dates are left to GRDB")
    func otherShapes() throws {
        for text in [
            "2023-02-29 00:00:00.000", "1900-02-29 00:00:00.000", "2026-04-31 00:00:00.000", "2026-13-01 00:00:00.000",
            "2026-01-01 24:00:00.000", "2026-01-01T00:00:00.000", "2026-01-01 00:00:00", "2026-01-01", "2026-01-01 00:00:0a.000", "",
        ] {
            #expect(StoredDate.parse(text) == nil, "\(text)")
        }
        let queue = try DatabaseQueue()
        try queue.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT '2026-01-02 03:04', NULL, 'soon', 1795666680.5"))
            #expect(StoredDate.read(row, 0) == Date.fromDatabaseValue("2026-01-02 03:04".databaseValue))
            #expect(StoredDate.read(row, 1) == nil)
            #expect(throws: StoredDate.Unreadable.self) { try StoredDate.required(row, 2) }
            #expect(StoredDate.read(row, 3) == Date(timeIntervalSince1970: 1_795_666_680.5))
        }
    }
}
