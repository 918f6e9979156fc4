import Foundation

/// CSV as spreadsheets read it: RFC 4180 rows (CRLF line ends; a field with a comma, quote or
/// line break quoted, quotes doubled), and cells that came from a person guarded against formula
/// injection.
///
/// Written here rather than by CSV.swift's `CSVWriter` (which reads the ratings files): the writer
/// puts out one Unicode scalar at a time through an `OutputStream` and searches each field four
/// times through `NSString`, and took 4.6 s for the 12 MB of `compare --all --format csv` on
/// 10,000 candidates (quality.md: 1 s). The output is the writer's byte for byte, which a test
/// checks against the package on random fields.
public enum CSVText {
    /// The rows, each ended by CRLF (a row without fields writes nothing).
    public static func rows(_ rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        var text = ""
        var first = true
        for row in rows where !row.isEmpty {
            if !first { text += "\r\n" }
            first = false
            for (index, value) in row.enumerated() {
                if index > 0 { text += "," }
                append(value, to: &text)
            }
        }
        return text + "\r\n"
    }

    /// A field, quoted (with its quotes doubled) when it holds a comma, a quote or a line break.
    private static func append(_ value: String, to text: inout String) {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0D || $0 == 0x0A }) else {
            text += value
            return
        }
        text += "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { text += "\"" }
            text.unicodeScalars.append(scalar)
        }
        text += "\""
    }

    /// One field as it stands in a row (quoted when it needs to be).
    public static func field(_ value: String) -> String {
        String(decoding: rows([[value]]).utf8.dropLast(2), as: UTF8.self)
    }

    /// A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
    /// tab or carriage return) with a leading `'` (OWASP CSV injection).
    public static func guarded(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }
}
