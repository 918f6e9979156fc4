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
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min), Int(t.tm_sec))
    }

    /// `2026-11-26 04:18 UTC`.
    public static func minute(_ date: Date) -> String {
        let t = parts(date)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min))
    }

    /// `2026-11-26`.
    public static func day(_ date: Date) -> String {
        let t = parts(date)
        return String(format: "%04d-%02d-%02d", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday))
    }
}
