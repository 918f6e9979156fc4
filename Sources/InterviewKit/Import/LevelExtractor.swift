import Foundation

/// Finds the level label lists attach to a question: glued to the end (`...?Senior`),
/// bracketed (`(Senior)`, `[senior]`), after a separator (`- Senior`, `| Senior`), or in front
/// (`[Senior] How ...`, `Senior: How ...`).
enum LevelExtractor {
    /// Level labels, longest first so `Mid-level` wins over `Mid`.
    static let labels: [String] = [
        "intermediate", "entry-level", "mid-level", "principal", "beginner", "advanced", "senior",
        "junior", "expert", "medium", "staff", "entry", "easy", "hard", "lead", "mid",
    ]

    /// The text without its level label, and the label (capitalised), if there is one.
    static func split(_ text: String) -> (String, String?) {
        let trimmed = TextNormalizer.trim(text)
        if let found = gluedSuffix(trimmed) ?? separatedSuffix(trimmed) ?? prefix(trimmed) {
            return found
        }
        return (trimmed, nil)
    }

    /// A line that is nothing but a level label (`Senior`, `(Senior)`, `**Senior**`).
    static func standalone(_ text: String) -> String? {
        let core = TextNormalizer.trim(text, " \t*_()[]{}-–—|:.").lowercased()
        return labels.contains(core) ? capitalized(core) : nil
    }

    static func capitalized(_ label: String) -> String {
        label.prefix(1).uppercased() + label.dropFirst()
    }

    /// `...?Senior`, `...(Free)Intermediate`, `...Question 9Senior`: a capitalised label with no
    /// space before it.
    private static func gluedSuffix(_ text: String) -> (String, String?)? {
        for label in labels {
            for form in [capitalized(label), label.uppercased()] where text.hasSuffix(form) {
                let before = text.dropLast(form.count)
                guard let c = before.last,
                      c.isLowercase || c.isNumber || "?.!)]\"'”’".contains(c) else { continue }
                return (TextNormalizer.trim(before), capitalized(label))
            }
        }
        return nil
    }

    /// `... (Senior)`, `... [senior]`, `... - Senior`, `...? Senior`, `... | Senior`.
    private static func separatedSuffix(_ text: String) -> (String, String?)? {
        var body = Substring(text)
        let closing = body.last == ")" || body.last == "]"
        if closing { body = body.dropLast() }
        let lower = body.suffix(16).lowercased()
        for label in labels where lower.hasSuffix(label) {
            var before = body.dropLast(label.count)
            if closing {
                guard let open = before.last, open == "(" || open == "[" else { continue }
                before = before.dropLast()
            } else {
                guard before.last == " " else { continue }
                let core = TextNormalizer.trim(before)
                guard let mark = core.last, "-–—|:?".contains(mark) else { continue }
            }
            let rest = TextNormalizer.trim(before, " \t-–—|:")
            guard !rest.isEmpty else { continue }
            return (rest, capitalized(label))
        }
        return nil
    }

    /// `[Senior] How ...`, `(senior) How ...`, `Senior: How ...`, `Senior - How ...`.
    private static func prefix(_ text: String) -> (String, String?)? {
        guard let lead = text.first, "[(".contains(lead) || lead.isLetter else { return nil }
        let lower = text.prefix(16).lowercased()
        for label in labels where lower.contains(label) {
            for (open, close) in [("[", "]"), ("(", ")"), ("", ":"), ("", " -"), ("", " |"), ("", " –")] {
                let head = open + label + close
                guard lower.hasPrefix(head) else { continue }
                let rest = TextNormalizer.trim(text.dropFirst(head.count), " \t-–—|:")
                guard !rest.isEmpty else { continue }
                return (rest, capitalized(label))
            }
        }
        return nil
    }
}
