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
        return "\(ymd(t))T\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))Z"
    }

    /// `2026-11-26 04:18 UTC`.
    public static func minute(_ date: Date) -> String {
        let t = parts(date)
        return "\(ymd(t)) \(two(t.tm_hour)):\(two(t.tm_min)) UTC"
    }

    /// `2026-11-26`.
    public static func day(_ date: Date) -> String {
        ymd(parts(date))
    }

    private static func ymd(_ t: tm) -> String {
        "\(NumberText.padded(Int(t.tm_year) + 1900, width: 4))-\(two(t.tm_mon + 1))-\(two(t.tm_mday))"
    }

    private static func two(_ value: Int32) -> String {
        NumberText.padded(Int(value), width: 2)
    }
}
