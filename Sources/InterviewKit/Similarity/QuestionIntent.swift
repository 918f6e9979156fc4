/// What a question asks for. Two wordings are one question only when they ask for the same
/// thing: a mechanism ("how does X work"), a definition ("what is X"), a comparison, a design,
/// a reason, or a judgement of when to use something.
enum QuestionIntent: String, Sendable, Hashable {
    case how, define, compare, design, why, when

    /// The intent of a tokenised question.
    ///
    /// "What is Rust's approach to X", "What is the role of X" and "What happens when X" ask
    /// for a mechanism, so they count as `how`; "What is X and how does it Y" stays `define`.
    static func detect(_ tokens: [QuestionToken]) -> QuestionIntent {
        let words = tokens.map(\.raw)
        guard let first = words.first else { return .how }
        if words.contains(where: ImportVocabulary.compareMarkers.contains) { return .compare }
        if hasCompareShape(words) { return .compare }
        let opening = words.prefix(6)
        let addressed = words.prefix(4).contains { ["you", "to", "we", "i", "one"].contains($0) }
        if ImportVocabulary.designVerbs.contains(first)
            || (first == "how" && addressed && opening.contains(where: ImportVocabulary.designVerbs.contains)) {
            return .design
        }
        switch first {
        case "why": return .why
        case "when": return .when
        case "define": return .define
        case "what", "whats", "explain":
            guard words.count > 1 else { return .define }
            return definitionOrMechanism(tokens)
        default: return .how
        }
    }

    /// "Arc or Rc: which ...", "X over Y": a choice between named things.
    private static func hasCompareShape(_ words: [String]) -> Bool {
        guard let which = words.firstIndex(of: "which") else { return false }
        return which <= 2 && words.contains("or")
    }

    private static func definitionOrMechanism(_ tokens: [QuestionToken]) -> QuestionIntent {
        let words = tokens.map(\.raw)
        var i = 1
        if words[0] == "explain" {
            guard words[1] == "what" else { return .how }
            i = 2
        }
        let contracted = tokens[i - 1].possessive || words[i - 1] == "whats"
        if !contracted {
            guard i < words.count else { return .define }
            if ["happens", "happen", "does", "do"].contains(words[i]) { return .how }
            guard ["is", "are", "was", "were"].contains(words[i]) else { return .how }
            i += 1
        }
        guard i < words.count else { return .define }
        if tokens[i].possessive { return .how }
        var j = i
        if ["the", "a", "an"].contains(words[j]) { j += 1 }
        let mechanismNouns: Set<String> = ["role", "approach", "purpose", "mechanism", "way", "strategy"]
        if j < words.count, mechanismNouns.contains(words[j]) { return .how }
        return .define
    }
}
