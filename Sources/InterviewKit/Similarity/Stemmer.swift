/// A light suffix stemmer for English technical vocabulary.
///
/// It conflates the forms that matter when two questions are compared: plurals, verb forms
/// (`scheduling`/`scheduler`/`schedule`), and derivations (`optimize`/`optimization`,
/// `predictable`/`predictability`, `concurrent`/`concurrency`, `safe`/`safety`/`safely`).
/// Stems are keys, not words: `allocation` and `allocate` both become `alloc`. Agent nouns in
/// `-or` stay apart (`allocator`, `executor`, `processor` name components, not actions).
enum Stemmer {
    /// Suffixes stripped (longest first) with what replaces them; a stem keeps at least 3 letters.
    private static let rules: [(String, String)] = [
        ("ization", ""), ("isation", ""), ("ability", ""), ("ibility", ""), ("istic", ""),
        ("ically", ""), ("ating", ""), ("ation", ""), ("ated", ""), ("ural", ""), ("ution", "ut"), ("izing", ""), ("ising", ""),
        ("ized", ""), ("ised", ""), ("izer", ""), ("iser", ""), ("ness", ""), ("ment", ""),
        ("ency", "en"), ("ence", "en"), ("able", ""), ("ible", ""), ("ism", ""), ("ize", ""),
        ("ise", ""), ("ity", ""), ("ety", "e"), ("ing", ""), ("ion", ""), ("ate", ""), ("ure", ""),
        ("ent", "en"), ("ive", ""), ("ed", ""), ("er", ""), ("ly", ""), ("al", ""),
        ("ic", ""),
    ]

    private static let undoubled: Set<Character> = ["b", "d", "g", "m", "n", "p", "t"]

    /// The stem of one lower-cased word. Words of three letters or fewer, and words with
    /// digits or symbols (`c++`, `u8`), are returned unchanged.
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        var s = dePluralize(word)
        for _ in 0..<2 {
            let before = s
            s = stripOnce(s)
            if s == before { break }
        }
        if s.count > 3, s.hasSuffix("e") { s.removeLast() }
        return s
    }

    private static func dePluralize(_ w: String) -> String {
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }

    private static func stripOnce(_ w: String) -> String {
        for (suffix, replacement) in rules where w.hasSuffix(suffix) {
            let base = String(w.dropLast(suffix.count))
            guard base.count >= 3 else { continue }
            var result = base + replacement
            if suffix == "ing" || suffix == "ed" || suffix == "er",
               let last = result.last, undoubled.contains(last),
               result.count >= 4, result.dropLast().last == last {
                result.removeLast()
            }
            return result
        }
        return w
    }
}
