/// Turns text into comparable keys and tokens.
enum TextNormalizer {
    /// Prefixes that stay glued to the rest of a hyphenated word (`non-blocking` → `nonblocking`).
    private static let gluedPrefixes: Set<String> = [
        "non", "multi", "micro", "pre", "re", "co", "sub", "un", "anti", "self", "cross", "inter",
        "intra", "semi", "post", "de", "mis", "over", "hyper", "meta",
    ]

    private static let apostrophes: Set<Character> = ["’", "‘", "ʼ", "´", "`", "′"]

    /// The text as the "same text" test sees it: case, whitespace, apostrophe style and
    /// trailing punctuation do not matter.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let isSpace = scalar.isASCII
                ? (scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r")
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch scalar.value {
            case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x0060, 0x2032: out.append("'")
            case 0x201C, 0x201D: out.append("\"")
            default: out.append(scalar)
            }
        }
        while let last = out.last, trailing.contains(last) { out.removeLast() }
        return String(out)
    }

    private static let trailing: Set<Unicode.Scalar> = [".", "?", "!", ":", ";", ",", "…", " "]

    /// The words of `text`, lower-cased and stemmed. Hyphenated words split into their parts
    /// unless the first part is a glued prefix; `/` splits; `c++`, `c#`, `io_uring` stay whole.
    static func tokens(_ text: String) -> [QuestionToken] {
        var stems: [String: String] = [:]
        return tokens(text, stems: &stems)
    }

    /// `tokens(_:)` with a cache of stems, for tokenising many texts.
    static func tokens(_ text: String, stems: inout [String: String]) -> [QuestionToken] {
        var result: [QuestionToken] = []
        var word = ""
        var depth = 0
        var possessive = false
        let chars = Array(text.lowercased())
        func flush() {
            if !word.isEmpty {
                let stem: String
                if let cached = stems[word] {
                    stem = cached
                } else {
                    stem = Stemmer.stem(word)
                    stems[word] = stem
                }
                result.append(QuestionToken(raw: word, stem: stem, inParens: depth > 0, possessive: possessive))
            }
            word = ""
            possessive = false
        }
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if ch.isLetter || ch.isNumber {
                word.append(ch)
            } else if (ch == "+" || ch == "#"), !word.isEmpty, word.last?.isLetter == true {
                word.append(ch)
                if ch == "+", next == "+" { word.append("+"); i += 1 }
            } else if ch == "_", !word.isEmpty, next?.isLetter == true {
                word.append(ch)
            } else if ch == "'" || apostrophes.contains(ch) {
                let after: Character? = i + 2 < chars.count ? chars[i + 2] : nil
                if next == "s", !(after?.isLetter ?? false), !word.isEmpty {
                    possessive = true
                    i += 1
                } else if !(next?.isLetter ?? false) || word.isEmpty {
                    flush()
                }
            } else if ch == "-" || ch == "‐" || ch == "‑", !word.isEmpty, next?.isLetter == true {
                if !gluedPrefixes.contains(word.split(separator: "-").last.map(String.init) ?? word) {
                    flush()
                }
            } else {
                flush()
                if ch == "(" || ch == "[" { depth += 1 }
                if (ch == ")" || ch == "]"), depth > 0 { depth -= 1 }
            }
            i += 1
        }
        flush()
        return result
    }

    /// `text` without leading and trailing characters from `characters`. (Foundation's
    /// `trimmingCharacters(in:)` goes through NSString on Linux and dominated large imports.)
    /// The text with names glued from capitalised words taken apart (`ConcurrentDictionary` gives
    /// `Concurrent Dictionary`, `IAsyncEnumerable` gives `IAsync Enumerable`); other text as it is.
    static func splittingCamelCase(_ text: String) -> String {
        var out = ""
        var previous: Character = " "
        for ch in text {
            if ch.isUppercase, previous.isLowercase { out.append(" ") }
            out.append(ch)
            previous = ch
        }
        return out
    }

    static func trim(_ text: some StringProtocol, _ characters: String = " \t\u{00A0}\u{FEFF}") -> String {
        guard let start = text.firstIndex(where: { !characters.contains($0) }),
              let end = text.lastIndex(where: { !characters.contains($0) }) else { return "" }
        return String(text[start...end])
    }

    /// `text` without leading and trailing punctuation.
    static func trimPunctuation(_ text: some StringProtocol) -> String {
        guard let start = text.firstIndex(where: { !$0.isPunctuation }),
              let end = text.lastIndex(where: { !$0.isPunctuation }) else { return "" }
        return String(text[start...end])
    }
}
