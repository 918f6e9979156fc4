import Foundation
import Testing

@testable import InterviewKit

/// ``UTCTime`` against Foundation's own formatter (UTC, POSIX locale), on whole seconds and on
/// times between them (which count as the second they fall in).
@Suite("Times in UTC")
struct UTCTimeTests {
    static func reference(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    @Test("iso, minute and day are the formatter's text for random times from 1970 to 9999, and for chosen ones")
    func matchesFoundation() {
        let iso = Self.reference("yyyy-MM-dd'T'HH:mm:ss'Z'"), minute = Self.reference("yyyy-MM-dd HH:mm 'UTC'"), day = Self.reference("yyyy-MM-dd")
        var random = SplitMix64(seed: 8601)
        var seconds: [Double] = [0, 59.999, 946_684_799, 946_684_800, 951_782_400, 1_767_225_600, 1_767_225_600.5, 4_102_444_799.9, 253_402_300_799]
        for _ in 0..<2000 { seconds.append(Double(random.next() % 253_402_300_800) + Double(random.next() % 1000) / 1000) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value), whole = Date(timeIntervalSince1970: value.rounded(.down))
            #expect(UTCTime.iso(date) == iso.string(from: whole), "\(value)")
            #expect(UTCTime.minute(date) == minute.string(from: whole), "\(value)")
            #expect(UTCTime.day(date) == day.string(from: whole), "\(value)")
        }
    }

    @Test("a year before 1000 keeps four digits")
    func earlyYear() {
        #expect(UTCTime.day(Date(timeIntervalSince1970: -59_000_000_000)).hasPrefix("0100-"))
    }
}
