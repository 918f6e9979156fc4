/// Whether a question asks to find a problem or to fix / rule it out.
enum VerbClass: Sendable, Hashable {
    case neutral, diagnose, remedy

    static func detect(_ tokens: [QuestionToken]) -> VerbClass {
        for t in tokens.prefix(8) where !t.inParens {
            let forms = baseForms(t.raw)
            if forms.contains(where: ImportVocabulary.diagnoseVerbs.contains) { return .diagnose }
            if forms.contains(where: ImportVocabulary.remedyVerbs.contains) { return .remedy }
        }
        return .neutral
    }

    /// The word and the bases its inflections could come from ("reduces" → "reduce", "reduc").
    static func baseForms(_ word: String) -> [String] {
        var forms = [word]
        for suffix in ["ing", "es", "ed", "s", "d"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let base = String(word.dropLast(suffix.count))
            forms.append(base)
            forms.append(base + "e")
        }
        return forms
    }

    func conflicts(with other: VerbClass) -> Bool {
        (self == .diagnose && other == .remedy) || (self == .remedy && other == .diagnose)
    }
}
