import CSV
import Foundation

/// Ratings for the fair-score fit (scoring.md §9) read from a CSV file, for
/// `interview fit --ratings FILE.csv`.
///
/// The file is RFC 4180 (parsed by CSV.swift: quoted fields, doubled quotes, CRLF or LF) with a
/// header row naming the columns `candidate, question, interviewer, criterion, score` in any order
/// and case, and optionally `weight` (the criterion's rubric weight; without it criteria weigh the
/// same). Fields are trimmed of spaces and tabs. Every problem is refused as a whole, with the
/// physical line of the record and the column: nothing is fitted from a file with a bad row. Blank
/// lines before the header and after the last row are ignored (one between rows is an error). Whether the scores use at least two
/// categories is left to the fit (`FacetFitError.tooFewCategories`).
public enum RatingsCSV {
    /// The required columns, in the order messages list them.
    public static let requiredColumns = ["candidate", "question", "interviewer", "criterion", "score"]
    /// The one optional column.
    public static let optionalColumns = ["weight"]

    static var columnList: String { requiredColumns.joined(separator: ", ") + " (weight optional)" }

    /// Reads the ratings of a CSV file at `path` (named as given in messages); a missing,
    /// unreadable, binary or non-UTF-8 file is refused with its reason.
    public static func read(contentsOf path: String, scale: ScoreScale = .standard) throws(RatingsCSVError) -> FacetRatings {
        try read(decode(load(path), file: path), scale: scale, file: path)
    }

    /// Reads ratings from the text of a CSV file; `file` names it in messages.
    public static func read(_ text: String, scale: ScoreScale = .standard, file: String) throws(RatingsCSVError) -> FacetRatings {
        // A byte-order mark (as spreadsheets save) is not part of the first column's name.
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        var records = try Records(body, file: file)

        // The header: the first record that is not blank.
        var header: Records.Record?
        while let record = records.next() {
            if !isBlank(record.fields) {
                header = record
                break
            }
        }
        guard let header else { throw .noRatings(file: file) }
        let columns = try Columns(header: header.fields, line: header.line, file: file)

        var ratings = FacetRatings(scale: scale)
        ratings.reserveCapacity(records.estimatedCount)
        var firstLine: [Key: Int] = [:]
        firstLine.reserveCapacity(records.estimatedCount)
        // The weight of each criterion (by number), as first written, and where.
        var weights: [(weight: Double, text: String, line: Int)?] = []
        var blankLines: Int? = nil  // the first of a run of blank lines not (yet) followed by data

        while let record = records.next() {
            let fields = record.fields, line = record.line
            if isBlank(fields) {
                if blankLines == nil { blankLines = line }
                continue
            }
            if let blank = blankLines {
                // A blank line between rows: a row of one empty field, not the header's count.
                throw .wrongFieldCount(file: file, line: blank, found: 0, expected: columns.count, lines: 1)
            }
            guard fields.count == columns.count else {
                throw .wrongFieldCount(file: file, line: line, found: fields.count, expected: columns.count, lines: record.lines)
            }
            let candidate = trimmed(fields[columns.candidate])
            let question = trimmed(fields[columns.question])
            let interviewer = trimmed(fields[columns.interviewer])
            let criterion = trimmed(fields[columns.criterion])
            let scoreText = trimmed(fields[columns.score])
            if candidate.isEmpty { throw .emptyField(file: file, line: line, column: "candidate") }
            if question.isEmpty { throw .emptyField(file: file, line: line, column: "question") }
            if interviewer.isEmpty { throw .emptyField(file: file, line: line, column: "interviewer") }
            if criterion.isEmpty { throw .emptyField(file: file, line: line, column: "criterion") }
            if scoreText.isEmpty { throw .emptyField(file: file, line: line, column: "score") }
            guard let score = Int(scoreText) else {
                throw .scoreNotInteger(file: file, line: line, value: scoreText, lo: scale.lo, hi: scale.hi)
            }
            guard scale.contains(score) else {
                throw .scoreOutOfScale(file: file, line: line, value: score, lo: scale.lo, hi: scale.hi)
            }
            let weightText = columns.weight.map { trimmed(fields[$0]) }
            if weightText?.isEmpty == true { throw .emptyField(file: file, line: line, column: "weight") }

            do {
                try ratings.append(candidate: candidate, question: question, interviewer: interviewer,
                                   criterion: criterion, score: score)
            } catch {
                // The score was checked against the same scale above.
                throw .scoreOutOfScale(file: file, line: line, value: score, lo: scale.lo, hi: scale.hi)
            }
            let row = ratings.count - 1
            let key = Key(candidate: ratings.candidate[row], question: ratings.question[row],
                          interviewer: ratings.interviewer[row], criterion: ratings.criterion[row])
            if let first = firstLine.updateValue(line, forKey: key) {
                throw .duplicateRating(file: file, line: line, firstLine: first, candidate: candidate, question: question,
                                       interviewer: interviewer, criterion: criterion)
            }
            if let weightText {
                let number = Int(key.criterion)
                if number == weights.count { weights.append(nil) }
                // Most rows repeat their criterion's weight as written: compare before parsing.
                if let given = weights[number], given.text == weightText { continue }
                guard let weight = Double(weightText), weight.isFinite, weight > 0 else {
                    throw .badWeight(file: file, line: line, value: weightText)
                }
                if let given = weights[number] {
                    guard given.weight == weight else {
                        throw .conflictingWeight(file: file, line: line, criterion: criterion, weight: weight,
                                                 firstLine: given.line, firstWeight: given.weight)
                    }
                } else {
                    weights[number] = (weight, weightText, line)
                }
            }
        }
        guard !ratings.isEmpty else { throw .noRatings(file: file) }
        for (number, given) in weights.enumerated() {
            guard let given else { continue }
            do {
                try ratings.setWeight(given.weight, for: ratings.criteria[number])
            } catch {
                throw .badWeight(file: file, line: given.line, value: String(given.weight))
            }
        }
        return ratings
    }

    // MARK: - Header

    /// Where each column stands in a record.
    private struct Columns {
        let count: Int
        let candidate: Int, question: Int, interviewer: Int, criterion: Int, score: Int
        let weight: Int?

        init(header: [String], line: Int, file: String) throws(RatingsCSVError) {
            let allowed = RatingsCSV.requiredColumns + RatingsCSV.optionalColumns
            var position: [String: Int] = [:]
            for (index, raw) in header.enumerated() {
                let written = raw.trimmingCharacters(in: .whitespaces)
                let name = written.lowercased()
                guard allowed.contains(name) else {
                    throw .unknownColumn(file: file, line: line, column: written, position: index + 1, allowed: allowed)
                }
                guard position.updateValue(index, forKey: name) == nil else {
                    throw .duplicateColumn(file: file, line: line, column: name)
                }
            }
            let missing = RatingsCSV.requiredColumns.filter { position[$0] == nil }
            guard missing.isEmpty,
                  let candidate = position["candidate"], let question = position["question"],
                  let interviewer = position["interviewer"], let criterion = position["criterion"],
                  let score = position["score"] else {
                throw .missingColumns(file: file, line: line, missing: missing)
            }
            count = header.count
            self.candidate = candidate
            self.question = question
            self.interviewer = interviewer
            self.criterion = criterion
            self.score = score
            weight = position["weight"]
        }
    }

    // MARK: - Records with line numbers

    /// The records CSV.swift reads, each with the physical line it starts on. A record takes one
    /// line plus one per line break inside its quoted fields (CRLF, LF or a lone CR, as the reader
    /// ends rows on each).
    private struct Records {
        struct Record {
            var fields: [String]
            var line: Int
            var lines: Int
        }

        private let reader: CSVReader
        /// Only quoted fields hold line breaks: without a quote in the text, none are counted.
        private let quoted: Bool
        private var nextLine = 1
        /// A guess of the number of records from the text's length.
        let estimatedCount: Int

        init(_ text: String, file: String) throws(RatingsCSVError) {
            quoted = text.utf8.contains(0x22)
            estimatedCount = text.utf8.count / 32
            do {
                reader = try CSVReader(string: text, hasHeaderRow: false)
            } catch {
                throw .unreadable(file: file, reason: "\(error)")
            }
        }

        mutating func next() -> Record? {
            guard let fields = reader.next() else { return nil }
            var breaks = 0
            if quoted {
                for field in fields {
                    breaks += RatingsCSV.lineBreaks(in: field)
                }
            }
            defer { nextLine += 1 + breaks }
            return Record(fields: fields, line: nextLine, lines: 1 + breaks)
        }
    }

    static func lineBreaks(in field: String) -> Int {
        var count = 0
        var afterCR = false
        for byte in field.utf8 {
            if byte == 0x0A {
                if !afterCR { count += 1 }
                afterCR = false
            } else if byte == 0x0D {
                count += 1
                afterCR = true
            } else {
                afterCR = false
            }
        }
        return count
    }

    /// The numbers of a rating's ids, for finding a second rating of the same four.
    private struct Key: Hashable {
        let candidate: Int32, question: Int32, interviewer: Int32, criterion: Int32

        func hash(into hasher: inout Hasher) {
            hasher.combine(UInt64(UInt32(bitPattern: candidate)) << 32 | UInt64(UInt32(bitPattern: question)))
            hasher.combine(UInt64(UInt32(bitPattern: interviewer)) << 32 | UInt64(UInt32(bitPattern: criterion)))
        }
    }

    /// A record with nothing but spaces and tabs: a blank line.
    private static func isBlank(_ fields: [String]) -> Bool {
        fields.count == 1 && trimmed(fields[0]).isEmpty
    }

    /// The field without leading and trailing spaces and tabs (copied only when there are some).
    private static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return field }
        guard first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 else { return field }
        return field.trimmingCharacters(in: .whitespaces)
    }

    // MARK: - File

    private static func load(_ path: String) throws(RatingsCSVError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "it is a directory, not a CSV file") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(file: path, reason: "permission denied")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
    }

    /// Strict UTF-8 (a leading byte-order mark dropped); binary (a NUL byte), UTF-16 or invalid
    /// bytes are refused with the line they are on.
    static func decode(_ data: Data, file: String) throws(RatingsCSVError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .notText(file: file, line: 1) }
        if let nul = bytes.firstIndex(of: 0) { throw .notText(file: file, line: line(of: nul, in: bytes)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notText(file: file, line: line(of: BankImporter.firstInvalidUTF8(bytes), in: bytes))
        }
        return text
    }

    /// The physical 1-based line of a byte offset (LF, CRLF or a lone CR end a line).
    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
            line += 1
        }
        return line
    }
}
