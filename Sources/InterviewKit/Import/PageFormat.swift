import Foundation

/// Turns a list saved in another page format into the lines `ListParser` reads: an HTML page
/// (elements become lines, `<li>` a bullet, `<h2>` a `##` heading, entities decoded, head, script,
/// style, navigation and footer dropped), MediaWiki markup (`== Section ==` a heading, `# item` a
/// bullet), and a CSV or TSV file whose header names a question column (its level column kept).
/// Any other text is returned as it is.
struct PageFormat: Sendable {
    func normalize(_ text: String) -> String {
        if let table = delimited(text) { return table }
        if Self.isHTML(text) { return html(text) }
        if Self.isMediaWiki(text) { return mediaWiki(text) }
        return text
    }

    // MARK: - HTML

    /// A page whose markup is HTML: it opens with a doctype or `<html>`, or list and block
    /// elements (three or more) carry its text and most of its lines open with a tag. Markdown
    /// with a few elements in it (`<details>`, `<p align="center">`) stays Markdown: its line
    /// breaks matter, where HTML's do not.
    static func isHTML(_ text: String) -> Bool {
        let head = text.prefix(2048).lowercased().drop { $0.isWhitespace }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return true }
        var lines = 0, tagged = 0
        for line in text.split(whereSeparator: \.isNewline) {
            guard let first = line.first(where: { $0 != " " && $0 != "\t" }) else { continue }
            lines += 1
            if first == "<" { tagged += 1 }
        }
        guard lines > 0, tagged * 2 >= lines else { return false }
        let lower = text.lowercased()
        let blocks = ["<li>", "<li ", "<p>", "<h2", "<h3", "<tr>"].reduce(0) { $0 + lower.components(separatedBy: $1).count - 1 }
        return blocks >= 3 && (lower.contains("</li>") || lower.contains("</p>") || lower.contains("</h"))
    }

    /// Elements whose content is never a question.
    static let droppedElements = ["head", "script", "style", "nav", "footer", "noscript", "svg", "template"]
    /// Elements that end a line.
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "section", "article", "summary",
        "details", "dt", "dd", "dl", "blockquote", "pre", "hr", "header", "main", "aside", "h1", "h2", "h3",
        "h4", "h5", "h6", "body", "html", "title", "figure", "figcaption",
    ]

    /// Elements that, inside a table cell, show the table lays out a page rather than holding rows.
    static let layoutElements: Set<String> = ["ul", "ol", "li", "dl", "dt", "dd", "pre", "blockquote", "table",
                                              "h1", "h2", "h3", "h4", "h5", "h6"]

    func html(_ text: String) -> String {
        var source = text
        for name in Self.droppedElements { source = Self.removingElements(name, from: source) }
        var lines: [String] = []
        var current = ""
        func endLine() {
            let line = TextNormalizer.trim(Self.decodeEntities(current).split(whereSeparator: \.isWhitespace).joined(separator: " "))
            if !line.isEmpty, line.contains(where: { !"-#*".contains($0) && !$0.isWhitespace }) { lines.append(line) }
            current = ""
        }
        // A table row becomes a Markdown row (`| 1 | What is ...? | Senior |`), and a row of header
        // cells is followed by a separator, so the parser reads the columns by their names.
        var inRow = false
        var cells = 0
        var headerCells = 0
        func endRow() {
            guard inRow else { return }
            inRow = false
            endLine()
            if cells > 0, headerCells == cells { lines.append("|" + String(repeating: " --- |", count: cells)) }
        }
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "<") {
            current += inRow ? rest[..<open].replacingOccurrences(of: "|", with: "/") : String(rest[..<open])
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("!--") {
                guard let end = after.range(of: "-->") else { rest = ""; break }
                rest = after[end.upperBound...]
                continue
            }
            guard let close = after.firstIndex(of: ">") else { current += "<"; rest = after; continue }
            let tag = after[..<close]
            let closing = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            rest = after[after.index(after: close)...]
            guard !name.isEmpty else { current += "<" + tag + ">"; continue }
            if name == "tr" || (name == "table" && inRow) {
                endRow()
                if name == "tr", !closing {
                    endLine()
                    current = "|"
                    inRow = true
                    cells = 0
                    headerCells = 0
                }
                continue
            }
            // A list, heading or table inside a cell is a page laid out in a table: its lines stand.
            if inRow, Self.layoutElements.contains(name) {
                inRow = false
                endLine()
            }
            if inRow, Self.blockElements.contains(name) {
                if closing, name == "td" || name == "th" {
                    current += " |"
                    cells += 1
                    if name == "th" { headerCells += 1 }
                } else {
                    current += " "
                }
                continue
            }
            if Self.blockElements.contains(name) {
                // A paragraph opening inside a list item or heading (`<li><p>What ...`) stays on
                // its line; a bare marker left at a closing tag goes.
                let onlyMarker = current.allSatisfy { "-# ".contains($0) } && !current.isEmpty
                if onlyMarker && !closing { continue }
                if onlyMarker { current = "" }
                endLine()
                if !closing, name == "li" { current = "- " }
                if !closing, name.count == 2, name.first == "h", let depth = Int(name.dropFirst()), (1...6).contains(depth) {
                    current = String(repeating: "#", count: depth) + " "
                }
            }
        }
        current += rest
        endRow()
        endLine()
        return lines.joined(separator: "\n")
    }

    /// The text without every `<name ...> ... </name>` element (case aside); an element never
    /// closed loses its opening tag only.
    static func removingElements(_ name: String, from text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "<" + name, options: .caseInsensitive) {
            let next = rest[start.upperBound...].first
            guard next == nil || next == ">" || next == " " || next == "\n" || next == "\t" else {
                out += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
                continue
            }
            out += rest[..<start.lowerBound]
            // An element left open drops only its opening tag: the page's questions may follow.
            guard let end = rest[start.upperBound...].range(of: "</" + name, options: .caseInsensitive),
                  let close = rest[end.upperBound...].firstIndex(of: ">") else {
                let tagEnd = rest[start.upperBound...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
                rest = rest[tagEnd...]
                continue
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else { out += "&"; rest = after; continue }
            let name = String(after[..<semi])
            if let decoded = Self.entity(name) {
                out.append(decoded)
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    static func entity(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        case "ndash": return "–"
        case "mdash": return "—"
        case "rsquo": return "’"
        case "lsquo": return "‘"
        case "rdquo": return "”"
        case "ldquo": return "“"
        case "hellip": return "…"
        default:
            let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
            guard name.hasPrefix("#"), let value = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                  let scalar = Unicode.Scalar(value) else { return nil }
            return Character(scalar)
        }
    }

    // MARK: - MediaWiki

    /// Two or more `== Section ==` headings: the page is MediaWiki markup, where `#` opens a
    /// numbered item (one such line in Markdown is more likely an aside).
    static func isMediaWiki(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).lazy.filter { wikiHeading(TextNormalizer.trim($0)) != nil }.prefix(2).count == 2
    }

    static func wikiHeading(_ line: String) -> (depth: Int, text: String)? {
        let open = line.prefix { $0 == "=" }.count
        let close = line.reversed().prefix { $0 == "=" }.count
        guard (2...6).contains(open), open == close, line.count > 2 * open else { return nil }
        let text = TextNormalizer.trim(line.dropFirst(open).dropLast(close))
        return text.isEmpty ? nil : (open, text)
    }

    func mediaWiki(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { raw -> String in
            let line = TextNormalizer.trim(raw)
            if let heading = Self.wikiHeading(line) { return String(repeating: "#", count: heading.depth) + " " + heading.text }
            let marks = line.prefix { $0 == "#" || $0 == "*" || $0 == ":" }
            if !marks.isEmpty, marks.count <= 3 {
                let body = TextNormalizer.trim(line.dropFirst(marks.count))
                return body.isEmpty ? "" : String(repeating: "  ", count: marks.count - 1) + "- " + body
            }
            return String(raw)
        }.joined(separator: "\n")
    }

    // MARK: - CSV and TSV

    /// Header cells that name the question column, and the level column.
    static let questionHeaders: Set<String> = ["question", "questions", "prompt", "text", "title", "interview question"]
    static let levelHeaders: Set<String> = ["level", "difficulty", "seniority"]

    /// A CSV or TSV file whose header names a question column: one line per row, its question and
    /// level (`What is a mutex? [Senior]`). Nil when the first line is no such header.
    func delimited(_ text: String) -> String? {
        guard let firstLine = text.split(whereSeparator: \.isNewline).first else { return nil }
        for separator: Character in [",", "\t", ";"] where firstLine.contains(separator) {
            guard let header = Self.rows(String(firstLine), separator: separator).first?.map({ TextNormalizer.trim($0).lowercased() }),
                  let questionAt = header.firstIndex(where: Self.questionHeaders.contains) else { continue }
            let rows = Self.rows(text, separator: separator)
            guard rows.count > 1,
                  rows.dropFirst().filter({ $0.count == header.count }).count * 5 >= (rows.count - 1) * 4 else { continue }
            let levelAt = header.firstIndex(where: Self.levelHeaders.contains)
            return rows.dropFirst().compactMap { row -> String? in
                guard questionAt < row.count else { return nil }
                let question = TextNormalizer.trim(row[questionAt].split(whereSeparator: \.isNewline).joined(separator: " "))
                guard !question.isEmpty else { return nil }
                if let levelAt, levelAt < row.count, !TextNormalizer.trim(row[levelAt]).isEmpty {
                    return "- \(question) [\(TextNormalizer.trim(row[levelAt]))]"
                }
                return "- " + question
            }.joined(separator: "\n")
        }
        return nil
    }

    /// Rows of delimited text; a quoted cell may hold the separator, doubled quotes and newlines.
    static func rows(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character?
        while let ch = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(ch)
                }
            } else if ch == "\"", cell.isEmpty {
                quoted = true
            } else if ch == separator {
                row.append(cell)
                cell = ""
            } else if ch == "\n" || ch == "\r\n" || ch == "\r" {
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            } else {
                cell.append(ch)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
