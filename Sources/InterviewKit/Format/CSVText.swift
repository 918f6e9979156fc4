import CSV
import Foundation

/// CSV as spreadsheets read it: RFC 4180 rows written by CSV.swift (CRLF line ends; a field with
/// a comma, quote or line break quoted, quotes doubled), and cells that came from a person guarded
/// against formula injection.
public enum CSVText {
    /// The rows, each ended by CRLF.
    public static func rows(_ rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        // Writing to memory cannot fail; should the writer refuse anyway, the output is empty.
        guard let writer = try? CSVWriter(stream: stream, newline: .crlf) else { return "" }
        for row in rows {
            guard (try? writer.write(row: row)) != nil else { return "" }
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data, !rows.isEmpty else { return "" }
        return String(decoding: data, as: UTF8.self) + "\r\n"
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
