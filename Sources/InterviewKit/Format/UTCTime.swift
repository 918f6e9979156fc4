import Foundation

/// Formats times in UTC with the C library: Foundation's date formatters load ICU data on
/// first use on Linux, which costs tens of milliseconds per command.
public enum UTCTime {
    static func parts(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var result = tm()
        gmtime_r(&seconds, &result)
        return result
    }

    /// `2026-11-26T04:18:00Z`.
    public static func iso(_ date: Date) -> String {
        let t = parts(date)
        return formatted(t, "%Y-%m-%dT%H:%M:%SZ") ?? "\(ymd(t))T\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))Z"
    }

    /// `2026-11-26 04:18 UTC`.
    public static func minute(_ date: Date) -> String {
        let t = parts(date)
        return formatted(t, "%Y-%m-%d %H:%M UTC") ?? "\(ymd(t)) \(two(t.tm_hour)):\(two(t.tm_min)) UTC"
    }

    /// `2026-11-26`.
    public static func day(_ date: Date) -> String {
        let t = parts(date)
        return formatted(t, "%Y-%m-%d") ?? ymd(t)
    }

    /// `t` by C's `strftime` in one call (a listing of 100,000 sessions formats 200,000 times);
    /// nil for a year `%Y` would not write with four digits.
    private static func formatted(_ t: tm, _ format: String) -> String? {
        guard (1000...9999).contains(Int(t.tm_year) + 1900) else { return nil }
        var t = t
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> String? in
            guard let start = buffer.baseAddress else { return nil }
            let count = strftime(start, 64, format, &t)
            return count == 0 ? nil : String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
        }
    }

    private static func ymd(_ t: tm) -> String {
        "\(NumberText.padded(Int(t.tm_year) + 1900, width: 4))-\(two(t.tm_mon + 1))-\(two(t.tm_mday))"
    }

    private static func two(_ value: Int32) -> String {
        NumberText.padded(Int(value), width: 2)
    }
}
