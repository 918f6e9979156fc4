/// How alike two question texts are, the measure the whole tool uses: the importer's
/// clustering, the bank linter's near-duplicate check, and the draw's "no two questions ask
/// the same thing".
///
/// Built from the same lexicon as the importer (concept aliases and context phrases); word
/// rarity comes from the bank's known questions, or from a corpus passed in.
public struct QuestionSimilarity: Sendable {
    private let analyzer: QuestionAnalyzer
    private let model: SimilarityModel
    /// The profiles of the corpus's texts, made once when the rarity weights were counted.
    private let corpusProfiles: [String: QuestionProfile]
    /// Similarity above which two texts are one question.
    public let threshold: Double

    /// Word rarity from the lexicon's known questions.
    public init(lexicon: ImportLexicon) {
        self.init(lexicon: lexicon, corpus: lexicon.known.flatMap(\.texts))
    }

    /// Word rarity from `corpus` (for example every question text and variant of the bank).
    public init(lexicon: ImportLexicon, corpus: [String]) {
        let compiled = CompiledLexicon(lexicon)
        let tokens = corpus.map(TextNormalizer.tokens)
        let analyzer = QuestionAnalyzer(lexicon: compiled, ubiquitous: Self.ubiquitousStems(tokens))
        self.analyzer = analyzer
        let profiles = tokens.map { analyzer.profile(tokens: $0) }
        model = SimilarityModel(corpus: profiles)
        corpusProfiles = Dictionary(zip(corpus, profiles), uniquingKeysWith: { first, _ in first })
        threshold = Self.mergeThreshold
    }

    private func profile(_ text: String) -> QuestionProfile {
        corpusProfiles[text] ?? analyzer.profile(text)
    }

    /// From 0 (unrelated, or asking for different things) to 1 (the same question).
    public func similarity(_ a: String, _ b: String) -> Double {
        if TextNormalizer.key(a) == TextNormalizer.key(b) { return 1 }
        return model.similarity(profile(a), profile(b))
    }

    /// Whether a strong answer to one would fully answer the other, as far as the measure can tell.
    public func isSameQuestion(_ a: String, _ b: String) -> Bool {
        similarity(a, b) > threshold
    }

    /// What the measure keeps of one wording, to be stored and compared later without the bank.
    func storedProfile(_ text: String) -> StoredProfile {
        StoredProfile(key: TextNormalizer.key(text), profile: profile(text))
    }

    /// The rarity weight of a feature in this bank.
    func weight(_ feature: String) -> Double { model.weight(feature) }

    /// The weight of a feature the bank never used.
    var unseenWeight: Double { model.unseenWeight }

    /// Whether two stored wordings ask the same question, given the weights of their features.
    static func isSameQuestion(_ a: StoredProfile, _ b: StoredProfile, model: SimilarityModel, threshold: Double) -> Bool {
        if a.key == b.key { return true }
        return model.similarity(a.profile, b.profile) > threshold
    }

    /// Pairs of texts (indices into `texts`, `a < b`) above `minimum` (default: the threshold),
    /// most similar first; identical texts score 1.
    /// Only texts sharing a content word or concept are compared, so this scales to large banks.
    public func similarPairs(_ texts: [String], minimum: Double? = nil) -> [(a: Int, b: Int, similarity: Double)] {
        let floor = minimum ?? threshold
        let profiles = texts.map(profile)
        var postings: [String: [Int]] = [:]
        for (i, p) in profiles.enumerated() {
            for f in Set(p.features) { postings[f, default: []].append(i) }
        }
        var keys: [String: Int] = [:]
        var result: [(a: Int, b: Int, similarity: Double)] = []
        for i in texts.indices {
            let key = TextNormalizer.key(texts[i])
            if let j = keys[key] { result.append((j, i, 1)) } else { keys[key] = i }
            var candidates: Set<Int> = []
            for f in Set(profiles[i].features) {
                for j in postings[f] ?? [] where j > i { candidates.insert(j) }
            }
            for j in candidates.sorted() where TextNormalizer.key(texts[j]) != key {
                let s = model.similarity(profiles[i], profiles[j])
                if s > floor { result.append((i, j, s)) }
            }
        }
        return result.sorted { ($0.similarity, $1.a, $1.b) > ($1.similarity, $0.a, $0.b) }
    }

    /// Average similarity above which two clusters merge.
    static let mergeThreshold = 0.5

    /// Stems found in more than half of the distinct texts (at least 8 of them).
    static func ubiquitousStems(_ tokens: [[QuestionToken]]) -> Set<String> {
        guard tokens.count >= 8 else { return [] }
        var df: [String: Int] = [:]
        for t in tokens {
            for stem in Set(t.map(\.stem)) { df[stem, default: 0] += 1 }
        }
        return Set(df.filter { Double($0.value) > 0.5 * Double(tokens.count) }.keys)
            .subtracting(ImportVocabulary.stopStems)
    }
}
