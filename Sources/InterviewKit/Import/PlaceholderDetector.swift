/// Finds entries that carry no question: "Rust Interview Question 5 (Free)",
/// "Rust Advanced Interview Question 9", an empty entry, or a title template repeated with only
/// a number changed. General rules only:
/// - an entry in question form (ends with `?`, or opens like a question) is not a placeholder,
///   unless it belongs to a counted family (below);
/// - otherwise it is one when nothing is left after removing function words, placeholder words
///   (`interview`, `question`, `free`, ...), level labels, numbers, bracketed tags and the words
///   most entries share (the language's name);
/// - or when it has a numbered label (`Question 5`, `Q5`) and at most three other words;
/// - or when its text with digits masked occurs three times or more;
/// - and, before the question-form rule, when four or more entries share their words and differ
///   only by a counter (``countedFamilies(masked:keys:)``);
/// - in a list of questions (four in five entries or more), a short entry that is not one and
///   that introduces a question (the next distinct text is in question form) and does not end
///   with a full stop unless it opens with a gerund: a section heading ("Ownership and
///   borrowing", "Building a web server."); a short task at the end of the list ("Top N per
///   group.") or a prompt ("Event-driven microservices patterns.") stays;
/// - a note set off by a symbol few entries open with ("👉 Expect follow-ups on page size."),
///   when it is not in question form.
struct PlaceholderDetector: Sendable {
    func detect(_ texts: [String]) -> [Bool] {
        detect(texts, tokens: texts.map(TextNormalizer.tokens), keys: texts.map(TextNormalizer.key))
    }

    /// - Parameters:
    ///   - tokenized: the tokens of each text, in the same order.
    ///   - keys: the normalised key of each text (`TextNormalizer.key`).
    func detect(_ texts: [String], tokens tokenized: [[QuestionToken]], keys: [String]) -> [Bool] {
        var df: [String: Int] = [:]
        for tokens in tokenized {
            for stem in Set(tokens.map(\.stem)) { df[stem, default: 0] += 1 }
        }
        let shared: Set<String> = texts.count >= 8
            ? Set(df.filter { Double($0.value) > 0.5 * Double(texts.count) }.keys) : []
        var templates: [String: Int] = [:]
        let masked = keys.map(Self.mask)
        for m in masked { templates[m, default: 0] += 1 }

        let counted = Self.countedFamilies(masked: masked, keys: keys)
        let questionForm = texts.indices.map { Self.inQuestionForm(texts[$0], tokenized[$0]) }
        // In a list of questions, a short entry that is not one is a section heading.
        let asides = texts.map(Self.opensWithMarker)
        let asideCount = asides.filter { $0 }.count
        // Short entries that introduce a question are candidate headings; the rest of the list
        // must be questions, four in five or more (a list of statements is not one of questions).
        // A heading names a subject; it ends as a sentence does only in a gerund ("Building a
        // web server."): "Event-driven microservices patterns." asks for them.
        let introduces = texts.indices.map { i in
            !questionForm[i] && tokenized[i].count <= Self.headingWords
                && (!texts[i].hasSuffix(".") || tokenized[i].first?.raw.hasSuffix("ing") == true)
                && i + 1 < texts.count && questionForm[i + 1]
        }
        let others = texts.count - introduces.filter { $0 }.count
        let listOfQuestions = texts.count >= 8 && Double(questionForm.filter { $0 }.count) >= 0.8 * Double(others)
        return texts.indices.map { i in
            let text = texts[i]
            let tokens = tokenized[i]
            if tokens.isEmpty { return true }
            if counted.contains(masked[i]) { return true }
            if questionForm[i] { return Self.asksOfUnseenCode(text, tokens) }
            if listOfQuestions, introduces[i] { return true }
            if asides[i], asideCount * 5 <= texts.count { return true }
            let content = Self.content(tokens)
            if content.allSatisfy({ shared.contains($0.stem) }) { return true }
            if ListParser.hasNumberedQuestionLabel(text.lowercased()),
               content.filter({ !$0.inParens }).count <= 3 {
                return true
            }
            return templates[masked[i], default: 0] >= 3 && text.contains(where: \.isNumber)
        }
    }

    /// Whether a placeholder entry reads as a section heading (a few words: "⚙️ Concepts &
    /// Theory (Q1–Q25)", not the sentence of an aside), whose words say what the questions below
    /// it are about.
    static func isHeading(_ tokens: [QuestionToken]) -> Bool {
        !tokens.isEmpty && tokens.count <= headingWords
    }

    /// The most words a section heading has ("Smart pointers and interior mutability").
    static let headingWords = 6

    /// Templates (digits masked) that a family of entries fills with a counter: four or more
    /// entries, the same words, each with its own small whole number ("Explain pattern #26 of the
    /// guide", "How does Rust handle topic number 3 in practice?"), the numbers running densely
    /// like a counter. Such entries ask nothing of their own, even in question form. Numbers that
    /// mean something (HTTP 404, 429, 500, 503; ports; years) are spread out, or repeat.
    static func countedFamilies(masked: [String], keys: [String]) -> Set<String> {
        var numbers: [String: [Int]] = [:]
        for (template, key) in zip(masked, keys) where template != key {
            let values = key.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard values.count == 1, let value = values.first else { continue }
            numbers[template, default: []].append(value)
        }
        // A counter runs densely (1, 2, 3 or 20-31); codes such as 404, 429, 500, 503 are spread.
        return Set(numbers.filter { _, values in
            guard values.count >= 4, Set(values).count == values.count, let low = values.min(), let high = values.max() else { return false }
            return high - low < 2 * values.count
        }.keys)
    }

    /// Whether a text opens with a pictograph or an arrow (`👉`, `⚠️`, `→`) or a note label
    /// (`Note:`, `Tip:`), the way an aside between questions is set off.
    static func opensWithMarker(_ text: String) -> Bool {
        if text.unicodeScalars.first?.isPictograph == true { return true }
        let lower = text.lowercased()
        return Self.noteLabels.contains { lower.hasPrefix($0) }
    }

    static let noteLabels = ["note:", "tip:", "hint:", "nb:", "n.b.", "p.s.", "ps:", "reminder:"]

    static func inQuestionForm(_ text: String, _ tokens: [QuestionToken]) -> Bool {
        // "Difference between commands and events.", "Rc vs Arc": a comparison asks something.
        if text.hasSuffix("?") || (tokens.count >= 3 && QuestionIntent.detect(tokens) == .compare) { return true }
        guard let first = tokens.first?.raw else { return false }
        return (ImportVocabulary.questionOpeners.contains(first) && tokens.count >= 3) || isTaskSentence(text, tokens)
    }

    /// A command sentence whose verb no list names: a verb, then an article, ending in a full stop
    /// ("Parse a CSV file using STL.", "Benchmark the two allocators."). A heading is seldom a
    /// sentence, and one that is opens with a gerund ("Building a web server."); a note
    /// ("Note: the answers are in part 2.") is none.
    static func isTaskSentence(_ text: String, _ tokens: [QuestionToken]) -> Bool {
        guard text.hasSuffix("."), tokens.count >= 3, let first = tokens.first?.raw, !opensWithMarker(text) else { return false }
        return ["a", "an", "the"].contains(tokens[1].raw) && !first.hasSuffix("ing")
            && !ImportVocabulary.functionWords.contains(first) && first.allSatisfy(\.isLetter)
    }

    /// "What is the output?", "What does this code print?": a question about code the list does
    /// not show (a scraper drops code blocks). Nothing is left after function words, placeholder
    /// words and the words that point at code; code in backticks is a subject.
    static func asksOfUnseenCode(_ text: String, _ tokens: [QuestionToken]) -> Bool {
        guard !text.contains("`") else { return false }
        let content = content(tokens)
        return !content.isEmpty && content.allSatisfy { codePointers.contains($0.raw) }
    }

    /// The words that could say what an entry is about: no function word, placeholder word,
    /// level label or number.
    static func content(_ tokens: [QuestionToken]) -> [QuestionToken] {
        tokens.filter { t in
            !ImportVocabulary.functionWords.contains(t.raw) && !ImportVocabulary.placeholderWords.contains(t.raw)
                && !LevelExtractor.labels.contains(t.raw) && !t.raw.allSatisfy(\.isNumber)
        }
    }

    /// Words that point at code shown elsewhere.
    static let codePointers: Set<String> = [
        "output", "outputs", "print", "prints", "printed", "code", "snippet", "program", "result", "results",
        "following", "above", "below", "happen", "happens", "guess", "return", "returns", "value", "line", "lines",
    ]

    /// A normalised key with every run of digits replaced by `#`.
    static func mask(_ key: String) -> String {
        var out = ""
        var inDigits = false
        for ch in key {
            if ch.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.append(ch)
                inDigits = false
            }
        }
        return out
    }
}
