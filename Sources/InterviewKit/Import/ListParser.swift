import Foundation

/// Reads a scraped or hand-written question list into entries.
///
/// Accepted shapes: the scraped `- 4How does ...?Senior` (number glued to the front, level glued
/// to the end); plain lists numbered `1.` `1)` `Q1:` `1.1` or bulleted `-` `*` `+` `•`; one question
/// per line; Markdown headings that are questions (`### Q1.`, `#### Q.`, `### 🧵 1.`); Markdown
/// tables; questions in `<summary>` or bold; levels glued, bracketed, after a dash, in a table
/// column, or on a `Level:` line below the question; lettered items (`a) `). A question wrapped
/// onto an indented line is joined back. HTML, MediaWiki and CSV/TSV are first turned into such
/// lines (`PageFormat`). A page's own section headings travel with the entries below them. The
/// kind of line that carries most questions (list items, headings, bare lines) is the list; other
/// lines are page furniture, as is everything after an FAQ heading.
struct ListParser: Sendable {
    enum Kind: Sendable { case list, heading, bare }

    struct Candidate: Sendable {
        var kind: Kind
        var entry: ParsedEntry
        var questionLike: Bool
        var placeholderLike: Bool
        var furnitureLike: Bool
        var indented = false
        /// A link to an anchor of the page: a table of contents' item.
        var anchorLink = false
    }

    static let metadataKeys: Set<String> = [
        "level", "difficulty", "seniority", "experience", "tags", "tag", "topic", "topics",
        "category", "categories", "company", "companies", "asked at", "asked by", "source", "answer",
        "time", "duration", "type", "role", "status", "frequency", "votes", "views", "date",
        "updated", "author", "link", "url", "a", "hint", "note", "notes", "language", "area",
    ]
    private static let levelKeys: Set<String> = ["level", "difficulty", "seniority", "experience"]
    /// "Difference between commands and events.": a comparison asks even without a question mark.
    private static let comparisonOpeners: Set<String> = ["difference", "differences", "comparison"]
    private static let furnitureOpeners: Set<String> = [
        "explore", "browse", "see", "view", "read", "click", "sign", "log", "login", "subscribe",
        "share", "next", "previous", "prev", "back", "home", "download", "follow", "join", "contact",
        "related", "more", "or", "copyright", "privacy", "terms", "cookie", "cookies", "menu",
        "search", "get", "start", "try", "buy", "upgrade", "unlock", "skip", "jump", "table",
    ]

    func parse(_ page: String) -> [ParsedEntry] {
        let text = PageFormat().normalize(page)
        var candidates: [Candidate] = []
        var inFAQ = false
        var lastNumber: Int?
        var lineNumber = 0
        var section: String?
        /// The columns of the Markdown table being read, and the row that may be its header.
        var table: MarkdownTable?
        var tableHeader: (line: Int, cells: [String], added: Bool)?
        var lastTableLine = 0
        /// The last line of the latest entry, for a continuation line under it.
        var continuedLine = 0
        func add(_ candidate: Candidate?, section own: String? = nil) {
            guard var c = candidate else { return }
            c.entry.section = own ?? section
            candidates.append(c)
            continuedLine = lineNumber
        }
        for rawLine in text.split(omittingEmptySubsequences: false,
                                  whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            let line = TextNormalizer.trim(Self.withoutHTMLTags(TextNormalizer.trim(rawLine)))
            guard !line.isEmpty, line.utf8.count <= 2000 else { continue }
            let indented = rawLine.prefix { $0 == " " || $0 == "\t" }.count >= 2
            if let heading = Self.headingText(line) {
                if Self.isFAQTitle(heading) && !candidates.isEmpty { inFAQ = true; continue }
                inFAQ = false
                let (number, rest) = Self.leadingNumber(Self.afterSymbols(heading) ?? heading)
                let (body, level) = LevelExtractor.split(rest)
                let c = candidate(.heading, number: number, body: body, level: level, line: lineNumber)
                add(c)
                // A heading that asks nothing names the section of the entries below it.
                if c?.questionLike != true { section = body }
                continue
            }
            if Self.isFAQTitle(line) && !candidates.isEmpty { inFAQ = true; continue }
            if inFAQ { continue }
            if let level = metadataLevel(line) {
                if case .some(let found) = level, let last = candidates.indices.last,
                   candidates[last].entry.level == nil {
                    candidates[last].entry.level = found
                }
                continue
            }
            if line.hasPrefix("|") {
                // A Markdown table: one row per entry, its category column naming its section; a
                // header row names the columns.
                let cells = MarkdownTable.cells(line)
                // A table is a run of adjacent rows; a blank or other line ends it.
                if lastTableLine != lineNumber - 1 {
                    table = nil
                    tableHeader = nil
                }
                lastTableLine = lineNumber
                if MarkdownTable.isSeparator(cells) {
                    if let header = tableHeader, header.line == lineNumber - 1 {
                        if header.added { candidates.removeLast() }
                        table = MarkdownTable(header: header.cells)
                    }
                    tableHeader = nil
                    continue
                }
                let row: (number: Int?, text: String, level: String?, category: String?)?
                switch table?.read(cells) ?? .heuristic {
                case .skipped: row = nil
                case .entry(let number, let text, let level, let category):
                    let (body, glued) = LevelExtractor.split(text)
                    row = (number, body, level ?? glued, category)
                case .heuristic: row = Self.tableRow(line)
                }
                var added = false
                if let row {
                    let count = candidates.count
                    add(candidate(.list, number: row.number, body: row.text, level: row.level, line: lineNumber), section: row.category)
                    added = candidates.count > count
                    if let number = row.number { lastNumber = number }
                }
                // The first row of a table may be its header, which the separator below it confirms.
                if table == nil, tableHeader == nil {
                    tableHeader = (lineNumber, cells, added)
                }
                continue
            }
            if let (number, rest) = listItem(line, expected: lastNumber.map { $0 + 1 }) {
                if metadataLevel(rest) != nil { continue }
                // An indented bullet under a numbered question belongs to it ("- Follow-up: ...").
                if indented, number == nil, let last = candidates.last, last.kind == .list,
                   last.entry.number != nil, last.questionLike, !last.indented { continue }
                let (body, level) = LevelExtractor.split(rest)
                if var c = candidate(.list, number: number, body: body, level: level, line: lineNumber) {
                    c.indented = indented
                    add(c)
                    if let number { lastNumber = number }
                }
                continue
            }
            // An indented line right under an unfinished item continues it ("... f2 goroutine and" /
            // "    in main print (f1 and f2 completed): what is the output?").
            if indented, let last = candidates.last, last.kind != .bare, continuedLine == lineNumber - 1,
               let end = last.entry.text.last, !".?!:)".contains(end),
               line.first?.isLetter == true, !line.contains(where: { "{};=".contains($0) }),
               var joined = candidate(last.kind, number: last.entry.number, body: last.entry.text + " " + line,
                                      level: last.entry.level, line: last.entry.line) {
                joined.entry.section = last.entry.section
                joined.indented = last.indented
                candidates[candidates.count - 1] = joined
                continuedLine = lineNumber
                continue
            }
            let (body, level) = LevelExtractor.split(line)
            let c = candidate(.bare, number: nil, body: body, level: level, line: lineNumber)
            add(c)
            // "Concurrency questions:" over a list names its section too.
            if let c, c.furnitureLike, body.hasSuffix(":"), body.split(separator: " ").count <= 6 {
                section = String(body.dropLast())
            }
        }
        return select(candidates)
    }

    /// Keeps the candidates of the kind that carries the most questions.
    private func select(_ candidates: [Candidate]) -> [ParsedEntry] {
        func count(_ kind: Kind) -> Int {
            candidates.filter { $0.kind == kind && $0.questionLike }.count
        }
        func numberedCount(_ kind: Kind) -> Int {
            candidates.filter { $0.kind == kind && $0.questionLike && $0.entry.number != nil }.count
        }
        // Numbered questions are the list; unnumbered lines that ask, however many, are then the
        // answers' follow-ups ("Cross Q1: ..." under "### 1) What ...?").
        let numberedKinds = numberedCount(.list) >= 5 || numberedCount(.heading) >= 5
        let counts: [(Kind, Int)] = [(.list, count(.list)), (.heading, count(.heading)), (.bare, numberedKinds ? 0 : count(.bare))]
        guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 > 0 else {
            return candidates.filter { $0.placeholderLike }.map(\.entry)
        }
        let kind = counts.first { $0.1 == best.1 }?.0 ?? best.0
        // Where the questions are numbered ("### 41. Implement ..."), an unnumbered line of the
        // same kind that asks nothing is a section heading ("## Design Patterns").
        let asking = candidates.filter { $0.kind == kind && $0.questionLike }
        let numbered = asking.filter { $0.entry.number != nil }.count
        let numberedList = numbered >= 5 && numbered * 5 >= asking.count * 4
        // A numbered question of another kind that fills a gap in the list's numbers belongs to it
        // ("17. How ...?" between "## 16. ..." and "## 18. ...").
        let taken = Set(asking.compactMap(\.entry.number))
        let range = (taken.min() ?? 0)...(taken.max() ?? 0)
        return candidates.filter { c in
            guard !c.anchorLink else { return false }
            guard c.kind == kind else {
                guard numberedList, c.kind != .bare, c.questionLike, let n = c.entry.number else { return false }
                return range.contains(n) && !taken.contains(n)
            }
            if numberedList, c.entry.number == nil, !c.entry.text.hasSuffix("?") { return false }
            if c.questionLike || c.placeholderLike { return true }
            // A numbered item is an entry even when it asks nothing ("### Q52. Top N per group.",
            // "9. Unlock 50 more questions"): the placeholder detector decides what it is. A
            // numbered link is a table of contents.
            if c.entry.number != nil, kind == .list || kind == .heading, !Self.isLink(c.entry.text) { return true }
            return kind == .list && !c.furnitureLike
        }.map(\.entry)
    }

    private func candidate(_ kind: Kind, number: Int?, body: String, level: String?, line: Int) -> Candidate? {
        var number = number
        var text = Self.stripEmphasis(body)
        // "**Q1. What is the JVM?**": the label shows once the emphasis is gone.
        if number == nil, text != TextNormalizer.trim(body) {
            let (n, rest) = Self.leadingNumber(text)
            if let n { number = n; text = rest }
        }
        text = Self.withoutInlineAnswer(Self.stripQuestionLabel(text))
        // An item that links to its answer elsewhere is its label; one that links to an anchor of
        // the page is its table of contents, not an entry.
        var level = level
        if let link = Self.markdownLink(text) {
            guard !link.target.hasPrefix("#") else {
                return Candidate(kind: kind, entry: ParsedEntry(number: number, text: link.label, level: level, line: line),
                                 questionLike: false, placeholderLike: false, furnitureLike: true, anchorLink: true)
            }
            text = link.label
            if level == nil, let label = LevelExtractor.standalone(link.rest) { level = label }
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !text.isEmpty else {
            // A bare number with a level is still an entry: an empty placeholder.
            guard kind == .list, number != nil else { return nil }
            return Candidate(kind: kind, entry: ParsedEntry(number: number, text: "", level: level, line: line),
                             questionLike: false, placeholderLike: true, furnitureLike: false)
        }
        let first = Self.firstWord(text)
        var sentenceBreaks = 0
        var previous: Character = " "
        for ch in text {
            if ch == " ", previous == "." { sentenceBreaks += 1 }
            previous = ch
        }
        let endsWithQuestion = text.hasSuffix("?")
        let questionLike = (2...60).contains(words.count) && sentenceBreaks < 2
            && (endsWithQuestion || (ImportVocabulary.questionOpeners.contains(first) && words.count <= 40)
                || (words.count <= 40 && Self.comparisonOpeners.contains(first)))
        let lower = text.lowercased()
        let placeholderLike = !endsWithQuestion && Self.hasNumberedQuestionLabel(lower)
        // A numbered item of one or two words is a section heading of the list, kept as an entry
        // (the placeholder detector drops it); unnumbered, it is page furniture.
        let furnitureLike = (words.count < 3 && number == nil) || words.count > 60 || text.hasSuffix(":")
            || Self.furnitureOpeners.contains(first) || Self.isLink(text)
        return Candidate(kind: kind, entry: ParsedEntry(number: number, text: text, level: level, line: line),
                         questionLike: questionLike, placeholderLike: placeholderLike, furnitureLike: furnitureLike)
    }

    // MARK: - Line shapes

    /// The text of a Markdown heading (`## Title`), or nil.
    static func headingText(_ line: String) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let hashes = line.prefix { $0 == "#" }
        guard hashes.count <= 6 else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.first == " " || rest.first == "\t" else { return nil }
        var text = TextNormalizer.trim(rest)
        while text.hasSuffix("#") { text.removeLast() }
        return TextNormalizer.trim(text)
    }

    static func isFAQTitle(_ line: String) -> Bool {
        guard line.utf8.count <= 48 else { return false }
        let key = TextNormalizer.trim(TextNormalizer.key(line), "*_#: ")
        return ImportVocabulary.faqHeadings.contains(key)
    }

    /// `Level: Senior` → `.some("Senior")`; `Tags: async` → `.some(nil)`; a question → nil.
    /// A line that is only a level word (`Senior`, `[Senior]`) counts as a level line.
    func metadataLevel(_ line: String) -> String?? {
        if line.utf8.count <= 24, let level = LevelExtractor.standalone(line) { return .some(level) }
        guard !line.hasSuffix("?"), let colon = line.prefix(32).firstIndex(of: ":") else { return nil }
        let key = TextNormalizer.trim(line[..<colon], " *_-•")
            .lowercased()
        guard Self.metadataKeys.contains(key) else { return nil }
        let value = TextNormalizer.trim(line[line.index(after: colon)...])
        return .some(Self.levelKeys.contains(key) ? LevelExtractor.standalone(value) : nil)
    }

    /// A list item's number (if any) and text. Bullets `-` `*` `+` `•` `–`, numbers `1.` `1)`
    /// `1:` `1 -` `Q1.` `Question 1:`, and numbers glued to the text after a bullet (`- 4How`).
    func listItem(_ line: String, expected: Int?) -> (Int?, String)? {
        var rest = Substring(line)
        var bulleted = false
        if let first = rest.first, "-*+•–·▪".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2).drop { $0 == " " }
            bulleted = true
        } else if let letter = Self.letterLabel(rest) {
            // "a) What ...", "(b) How ...": a lettered item, a bullet without a number.
            rest = rest.dropFirst(letter).drop { $0 == " " }
            bulleted = true
        }
        // An outline number ("1.1 What are ...", "2.3.1) ...") marks an item without a whole number.
        if let body = Self.afterOutlineNumber(rest),
           bulleted || body.hasSuffix("?") || ImportVocabulary.questionOpeners.contains(Self.firstWord(body)) {
            return (nil, body)
        }
        let (number, afterNumber) = Self.leadingNumber(Self.afterSymbols(String(rest)) ?? String(rest))
        if let number { return (number, afterNumber) }
        guard bulleted else { return nil }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let after = rest.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 7, let whole = Int(digits), let next = after.first else {
            return (nil, String(rest))
        }
        // In a glued list the next number is known: "- 1232-bit ..." after entry 11 is 12 + "32-bit".
        if let expected, whole != expected, digits.count > String(expected).count,
           digits.hasPrefix(String(expected)) {
            return (expected, String(digits.dropFirst(String(expected).count)) + after)
        }
        guard next.isLetter || "\"“'‘(".contains(next) else { return (nil, String(rest)) }
        return (whole, String(after))
    }

    /// A web address or a Markdown link (`[Top 100](#top-100)`): navigation, not a question.
    /// A text that is one Markdown link, `[label](target)`, with at most a level or a tag after it
    /// (`[What is Pin?](#q4) Advanced`): its label, target and the rest.
    static func markdownLink(_ text: String) -> (label: String, target: String, rest: String)? {
        guard text.hasPrefix("["), let middle = text.range(of: "]("),
              let end = text[middle.upperBound...].firstIndex(of: ")") else { return nil }
        let label = TextNormalizer.trim(text[text.index(after: text.startIndex)..<middle.lowerBound])
        let target = String(text[middle.upperBound..<end])
        let rest = TextNormalizer.trim(text[text.index(after: end)...])
        guard !label.isEmpty, !label.contains("]("), !target.contains(" "),
              rest.split(separator: " ").count <= 2 else { return nil }
        return (label, target, rest)
    }

    static func isLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("http://") || lower.contains("https://") || lower.contains("www.")
            || (text.hasPrefix("[") && text.hasSuffix(")") && text.contains("]("))
    }

    /// The length of a lowercase letter label (`a) `, `(b) `) opening a line, or nil.
    static func letterLabel(_ line: Substring) -> Int? {
        let chars = Array(line.prefix(4))
        let start = chars.first == "(" ? 1 : 0
        guard chars.count >= start + 3, chars[start].isASCII, chars[start].isLowercase, chars[start + 1] == ")",
              chars[start + 2] == " " else { return nil }
        return start + 2
    }

    /// HTML elements that pages wrap questions in (`<summary>What is ...?</summary>`, `<b>`,
    /// `<li>`), without their tags; other angle brackets (`Option<T>`) stay.
    static func withoutHTMLTags(_ line: String) -> String {
        guard line.contains("<") else { return line }
        var out = ""
        var backticks = 0
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "<") {
            let before = rest[..<open]
            out += before
            backticks += before.filter { $0 == "`" }.count
            let after = rest[rest.index(after: open)...]
            let name = after.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            // Code keeps its angle brackets: inside backticks, or a type's parameter (`Pin<P>`, `Option<B>`).
            let inCode = backticks % 2 == 1
            let typeParameter = out.last.map { $0.isLetter || $0.isNumber || $0 == ":" } ?? false
            if !inCode, !typeParameter, htmlTags.contains(name), let close = after.firstIndex(of: ">") {
                rest = after[after.index(after: close)...]
            } else {
                out.append("<")
                rest = after
            }
        }
        return out + rest
    }

    static let htmlTags: Set<String> = [
        "details", "summary", "p", "br", "b", "strong", "i", "em", "li", "ul", "ol", "div", "span", "a", "h1",
        "h2", "h3", "h4", "h5", "h6", "hr", "sup", "sub", "u", "mark", "small", "blockquote", "section",
    ]

    /// The text after leading pictographs ("🧵 1. What are goroutines?"), when one leads it and a
    /// number follows; nil otherwise, so that "👉 Expect ..." keeps the mark that sets it aside.
    static func afterSymbols(_ text: String) -> String? {
        let rest = text.drop { ch in
            ch == " " || ch.unicodeScalars.allSatisfy { $0.isPictograph || $0.properties.isVariationSelector || $0.properties.isJoinControl }
        }
        guard rest.count < text.count, rest.first?.isNumber == true else { return nil }
        return String(rest)
    }

    static func firstWord(_ text: String) -> String {
        TextNormalizer.trimPunctuation(String(text.prefix { $0 != " " && $0 != "\t" }).lowercased())
    }

    /// The text after an outline number of two or more parts (`1.1 `, `2.3.1) `), or nil.
    static func afterOutlineNumber(_ text: Substring) -> String? {
        var rest = text
        var parts = 0
        while let first = rest.first, first.isASCII, first.isNumber {
            rest = rest.drop { $0.isASCII && $0.isNumber }
            parts += 1
            guard rest.first == ".", rest.dropFirst().first?.isNumber == true else { break }
            rest = rest.dropFirst()
        }
        guard parts >= 2 else { return nil }
        if let mark = rest.first, ".)".contains(mark) { rest = rest.dropFirst() }
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let body = TextNormalizer.trim(rest)
        return body.isEmpty ? nil : body
    }

    /// `12. text`, `12) text`, `12: text`, `12 - text`, `12、text`, `Q12. text`, `Question 12: text`,
    /// `[12] text`, `(12) text`, `#12 text`; and, before a word that opens a question, `12 What ...`,
    /// `Q12 What ...`, `IV. What ...`.
    static func leadingNumber(_ text: String) -> (Int?, String) {
        if let labelled = bracketedNumber(text) ?? romanNumber(text) { return labelled }
        var rest = Substring(text)
        var prefixed = false
        guard let lead = rest.first, lead.isNumber || lead == "q" || lead == "Q" else { return (nil, text) }
        let opening = rest.prefix(9).lowercased()
        for label in ["question ", "question", "q"] where opening.hasPrefix(label) {
            let after = rest.dropFirst(label.count)
            if after.first?.isNumber == true { rest = after; prefixed = true; break }
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 7, let value = Int(digits) else { return (nil, text) }
        var after = rest.dropFirst(digits.count)
        let spaces = after.prefix { $0 == " " }.count
        after = after.dropFirst(spaces)
        guard let mark = after.first else { return (nil, text) }
        if spaces == 0, "、．".contains(mark) {
            let body = TextNormalizer.trim(after.dropFirst())
            return body.isEmpty ? (nil, text) : (value, body)
        }
        // "12 What is ...?", "Q12 How ...": no mark, but a question follows.
        if spaces > 0, ImportVocabulary.questionOpeners.contains(firstWord(String(after))), after.first?.isUppercase == true {
            return (value, String(after))
        }
        if ".):".contains(mark) || (spaces > 0 && "-–—".contains(mark)) {
            let body = after.dropFirst().drop { $0 == " " || $0 == "\t" }
            if body.isEmpty || (mark == "." && body.first?.isNumber == true) { return (nil, text) }
            guard after.dropFirst().first == " " || after.dropFirst().first == "\t" || prefixed else {
                return (nil, text)
            }
            return (value, String(body))
        }
        return (nil, text)
    }

    /// `[12] text`, `(12) text`, `#12 text`: a number set in brackets or after a hash.
    static func bracketedNumber(_ text: String) -> (Int?, String)? {
        let pairs: [(open: Character, close: Character?)] = [("[", "]"), ("(", ")"), ("#", nil)]
        for pair in pairs where text.first == pair.open {
            let digits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 7, let value = Int(digits) else { continue }
            var after = text.dropFirst(1 + digits.count)
            if let close = pair.close {
                guard after.first == close else { continue }
                after = after.dropFirst()
            }
            guard after.first == " " || after.first == "\t" else { continue }
            let body = TextNormalizer.trim(after)
            if !body.isEmpty { return (value, body) }
        }
        return nil
    }

    /// `IV. What ...?`: a Roman numeral and a full stop or bracket, before a word that opens a
    /// question (a section heading "II. Basics" keeps its numeral).
    static func romanNumber(_ text: String) -> (Int?, String)? {
        let numeral = text.prefix { "IVXLC".contains($0) }
        guard !numeral.isEmpty, numeral.count <= 6 else { return nil }
        let after = text.dropFirst(numeral.count)
        guard let mark = after.first, ".)".contains(mark), after.dropFirst().first == " " else { return nil }
        let body = TextNormalizer.trim(after.dropFirst())
        guard ImportVocabulary.questionOpeners.contains(firstWord(body)) else { return nil }
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0
        let digits = numeral.compactMap { values[$0] }
        for (i, v) in digits.enumerated() { total += i + 1 < digits.count && v < digits[i + 1] ? -v : v }
        return (total, body)
    }

    /// "question 5", "question #5", "q5": a numbered label, the mark of a placeholder title.
    static func hasNumberedQuestionLabel(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (i, w) in words.enumerated() {
            if w.hasPrefix("q"), w.count > 1, w.dropFirst().allSatisfy(\.isNumber) { return true }
            if w == "question" || w == "q", i + 1 < words.count, words[i + 1].allSatisfy(\.isNumber) {
                return true
            }
        }
        return false
    }

    /// A Markdown table row (`| 12 | What is a nil channel? | Medium | Channels |`): its number
    /// cell, its question (the cell that asks, or the longest), a level cell, and one more short
    /// cell as its category. Separator rows give nil.
    static func tableRow(_ line: String) -> (number: Int?, text: String, level: String?, category: String?)? {
        let cells = MarkdownTable.cells(line)
        guard !cells.isEmpty, !MarkdownTable.isSeparator(cells) else { return nil }
        func number(_ i: Int) -> Int? { Int(cells[i].trimmingCharacters(in: CharacterSet(charactersIn: ".#"))) }
        var rest = Array(cells.indices)
        let numberAt = rest.first { number($0) != nil }
        rest.removeAll { $0 == numberAt }
        let levelAt = rest.first { LevelExtractor.standalone(cells[$0]) != nil }
        rest.removeAll { $0 == levelAt }
        guard let textAt = rest.first(where: { cells[$0].hasSuffix("?") })
            ?? rest.max(by: { cells[$0].count < cells[$1].count }) else { return nil }
        rest.removeAll { $0 == textAt }
        let category = rest.first { !cells[$0].isEmpty && cells[$0].split(separator: " ").count <= 4 }.map { cells[$0] }
        return (numberAt.flatMap(number), cells[textAt], levelAt.flatMap { LevelExtractor.standalone(cells[$0]) }, category)
    }

    /// "Q. What is ...?", "Q: ...", "Question: ...": a label without a number, not part of the text.
    static func stripQuestionLabel(_ text: String) -> String {
        let lower = text.prefix(12).lowercased()
        for label in ["question", "ques", "q"] where lower.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            guard let mark = rest.first, ".:)-".contains(mark), rest.dropFirst().first == " " else { continue }
            return TextNormalizer.trim(rest.dropFirst())
        }
        return text
    }

    /// "What is a goroutine? A: A green thread.": the question, without the answer after it.
    static func withoutInlineAnswer(_ text: String) -> String {
        var rest = Substring(text)
        while let mark = rest.firstIndex(of: "?") {
            let after = rest[rest.index(after: mark)...]
            if inlineAnswerLabels.contains(where: { after.hasPrefix($0) }) { return String(text[...mark]) }
            rest = after
        }
        return text
    }

    static let inlineAnswerLabels = [" A: ", " A. ", " Ans: ", " Answer: ", " Answer - ", " A - "]

    static func stripEmphasis(_ text: String) -> String {
        var s = TextNormalizer.trim(text)
        for mark in ["**", "__"] where s.hasPrefix(mark) && s.hasSuffix(mark) && s.count > 4 {
            s = String(s.dropFirst(2).dropLast(2))
        }
        return TextNormalizer.trim(s)
    }
}
