extension QuestionAnalyzer {
    /// A short kebab-case id from a question's content words ("backpressure-streaming-architectures").
    func slug(_ text: String, maxWords: Int = 6) -> String {
        slug(tokens: TextNormalizer.tokens(text), maxWords: maxWords)
    }

    func slug(tokens: [QuestionToken], maxWords: Int = 6) -> String {
        var words: [String] = []
        for t in tokens where words.count < maxWords {
            guard !ImportVocabulary.stopWords.contains(t.raw), !ImportVocabulary.stopStems.contains(t.stem),
                  !ubiquitous.contains(t.stem) else { continue }
            var word = ""
            for ch in t.raw.unicodeScalars {
                switch ch {
                case "+": word += "p"
                case "#": word += "sharp"
                case "_", "-": word += "-"
                case "a"..."z", "0"..."9": word.unicodeScalars.append(ch)
                default: break
                }
            }
            if !word.isEmpty { words.append(word) }
        }
        return words.joined(separator: "-")
    }
}
