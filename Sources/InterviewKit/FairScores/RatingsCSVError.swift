import Foundation

/// Why a ratings CSV file (`interview fit --ratings FILE.csv`) was refused. Nothing is fitted
/// from a file with any of these; each prints as one line naming the file and, where there is one,
/// the physical 1-based line (of a record spanning lines, the line it starts on) and the column.
public enum RatingsCSVError: InterviewError, Equatable {
    /// The file could not be opened or read (missing, a directory, no permission).
    case unreadable(file: String, reason: String)
    /// The file is binary or not UTF-8 text; `line` holds the first offending byte.
    case notText(file: String, line: Int)
    /// No data rows: the file is empty, blank, or has only the header.
    case noRatings(file: String)
    /// A header column that is not one of `allowed` (an empty name when the header has an unnamed
    /// column, e.g. a trailing comma); `position` is 1-based.
    case unknownColumn(file: String, line: Int, column: String, position: Int, allowed: [String])
    /// The same column named twice in the header.
    case duplicateColumn(file: String, line: Int, column: String)
    /// Required columns the header lacks, in the order they are listed.
    case missingColumns(file: String, line: Int, missing: [String])
    /// A record with a different number of fields from the header (`found` 0: a blank line between
    /// rows); `lines` is 1 plus the line breaks inside its quoted fields (more than 1 suggests an
    /// unclosed quote).
    case wrongFieldCount(file: String, line: Int, found: Int, expected: Int, lines: Int)
    /// A required field (or the weight, when that column exists) left empty.
    case emptyField(file: String, line: Int, column: String)
    /// A score that is not a whole number.
    case scoreNotInteger(file: String, line: Int, value: String, lo: Int, hi: Int)
    /// A score outside the scale.
    case scoreOutOfScale(file: String, line: Int, value: Int, lo: Int, hi: Int)
    /// A weight that is not a positive finite number.
    case badWeight(file: String, line: Int, value: String)
    /// The same criterion given a different weight from the one an earlier line gave it.
    case conflictingWeight(file: String, line: Int, criterion: String, weight: Double, firstLine: Int, firstWeight: Double)
    /// A second rating for the same candidate, question, interviewer and criterion.
    case duplicateRating(file: String, line: Int, firstLine: Int, candidate: String, question: String, interviewer: String, criterion: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the ratings file: \(reason)"
        case let .notText(file, line):
            return "\(file):\(line): not UTF-8 text (binary or another encoding); save the ratings as CSV UTF-8"
        case let .noRatings(file):
            return "\(file): no ratings: the file needs a header row naming \(RatingsCSV.columnList) and at least one row of ratings"
        case let .unknownColumn(file, line, column, position, allowed):
            let what = column.isEmpty ? "column \(position) has no name" : "unknown column \(column)"
            return "\(file):\(line): \(what); allowed columns: \(allowed.joined(separator: ", "))"
        case let .duplicateColumn(file, line, column):
            return "\(file):\(line): column \(column) appears twice in the header"
        case let .missingColumns(file, line, missing):
            let s = missing.count == 1 ? "" : "s"
            return "\(file):\(line): missing column\(s) \(missing.joined(separator: ", ")); the header needs \(RatingsCSV.columnList)"
        case let .wrongFieldCount(file, line, found, expected, lines):
            if found == 0 { return "\(file):\(line): blank line between rows; remove it (each row needs \(expected) fields as in the header)" }
            let hint = lines > 1 ? " (a quoted field runs on over line breaks: is a quote left open?)" : ""
            return "\(file):\(line): \(found) field\(found == 1 ? "" : "s"), expected \(expected) as in the header\(hint)"
        case let .emptyField(file, line, column):
            return "\(file):\(line): column \(column): empty, a value is required"
        case let .scoreNotInteger(file, line, value, lo, hi):
            return "\(file):\(line): column score: \(Self.quoted(value)) is not a whole number in the scale \(lo)-\(hi)"
        case let .scoreOutOfScale(file, line, value, lo, hi):
            return "\(file):\(line): column score: \(value) is outside the scale \(lo)-\(hi)"
        case let .badWeight(file, line, value):
            return "\(file):\(line): column weight: \(Self.quoted(value)) is not a positive number"
        case let .conflictingWeight(file, line, criterion, weight, firstLine, firstWeight):
            return "\(file):\(line): column weight: criterion \(Self.oneLine(criterion)) has weight \(Self.number(weight)) here "
                + "but \(Self.number(firstWeight)) on line \(firstLine); give each criterion one weight"
        case let .duplicateRating(file, line, firstLine, candidate, question, interviewer, criterion):
            return "\(file):\(line): duplicate rating: candidate \(Self.oneLine(candidate)), question \(Self.oneLine(question)), "
                + "interviewer \(Self.oneLine(interviewer)), criterion \(Self.oneLine(criterion)) already rated on line \(firstLine)"
        }
    }

    /// A value as the file had it, quoted, with line breaks and quotes escaped to keep one line.
    private static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// An id as it is, but with line breaks escaped so the message stays on one line.
    private static func oneLine(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return value }
        return value.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
