import Foundation
import GRDB

/// Reads the dates GRDB stores (`yyyy-MM-dd HH:mm:ss.SSS`, UTC) without Foundation's Calendar,
/// which GRDB goes through and which cost a tenth of a candidate report's time. The `Date` is the
/// one Calendar gives, bit for bit: the day's start plus the time of day, added in that order.
/// Any other stored shape is left to GRDB.
enum StoredDate {
    /// The date in column `index` of `row`, or nil for NULL.
    static func read(_ row: Row, _ index: Int) -> Date? {
        let value = row[index] as DatabaseValue
        if case .string(let text) = value.storage, let date = parse(text) { return date }
        return Date.fromDatabaseValue(value)
    }

    /// The date in column `index` of `row`, which must hold one.
    static func required(_ row: Row, _ index: Int) throws -> Date {
        guard let date = read(row, index) else { throw Unreadable(text: (row[index] as DatabaseValue).description) }
        return date
    }

    /// A stored value that is not a date, reported as one line.
    struct Unreadable: Error, CustomStringConvertible {
        var text: String
        var description: String { "a stored date is unreadable: \(text)" }
    }

    /// The date `yyyy-MM-dd HH:mm:ss.SSS` means in UTC, or nil for any other shape.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 23, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x20, bytes[13] == 0x3A, bytes[16] == 0x3A,
                bytes[19] == 0x2E
            else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var value = 0
                for byte in bytes[start..<start + count] {
                    guard byte >= 0x30, byte <= 0x39 else { return nil }
                    value = value * 10 + Int(byte - 0x30)
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
                let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
                (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60, second < 60
            else { return nil }
            let dayStart = Double(daysSince1970(year: year, month: month, day: day) * 86_400 - 978_307_200)
            return Date(timeIntervalSinceReferenceDate: dayStart + (Double(hour * 3_600 + minute * 60 + second) + Double(millisecond) / 1_000))
        }
    }

    /// Days from 1970-01-01 to the given day of the proleptic Gregorian calendar.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
