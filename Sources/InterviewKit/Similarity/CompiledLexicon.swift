/// An `ImportLexicon` turned into stems, ready for matching.
struct CompiledLexicon: Sendable {
    /// One phrase of a concept, as stems without function words.
    struct Term: Sendable {
        var concept: Int
        var stems: [String]
    }

    /// One keyword of one or more topics, as stems without function words.
    struct Keyword: Sendable {
        var stems: [String]
        /// Topic index → weight (1 for a listed keyword, less for a concept alias of one).
        var topics: [Int: Double]
    }

    var terms: [Term]
    /// Indices into `terms` (ascending, so longest first) by each term's first stem.
    var termsByFirstStem: [String: [Int]]
    /// Context phrases of two or more words, as stems (function words kept), longest first.
    var contextPhrases: [[String]]
    /// `contextPhrases` by their first stem, longest first.
    var contextPhrasesByFirstStem: [String: [[String]]]
    /// Single-word context entries, as stems.
    var contextWords: Set<String>
    var topicIDs: [String]
    /// Keywords by their first stem, longest first within a stem.
    var keywordsByFirstStem: [String: [Keyword]]
    /// Known question id and topic by normalised text.
    var known: [String: (id: String, topic: String)]

    init(_ lexicon: ImportLexicon) {
        var terms: [Term] = []
        for (index, phrases) in lexicon.concepts.enumerated() {
            for phrase in phrases {
                let stems = Self.contentStems(phrase)
                if !stems.isEmpty { terms.append(Term(concept: index, stems: stems)) }
            }
        }
        self.terms = terms.enumerated()
            .sorted { ($0.element.stems.count, -$0.offset) > ($1.element.stems.count, -$1.offset) }
            .map(\.element)
        var byFirst: [String: [Int]] = [:]
        for (i, term) in self.terms.enumerated() { byFirst[term.stems[0], default: []].append(i) }
        termsByFirstStem = byFirst

        var phrases: [[String]] = []
        var words: Set<String> = []
        for entry in lexicon.context {
            let stems = TextNormalizer.tokens(entry).map(\.stem)
            if stems.count == 1 { words.insert(stems[0]) } else if stems.count > 1 { phrases.append(stems) }
        }
        contextPhrases = phrases.sorted { $0.count > $1.count }
        var phrasesByFirst: [String: [[String]]] = [:]
        for phrase in contextPhrases { phrasesByFirst[phrase[0], default: []].append(phrase) }
        contextPhrasesByFirstStem = phrasesByFirst
        contextWords = words

        topicIDs = lexicon.topics.map(\.id)
        var keywords: [[String]: [Int: Double]] = [:]
        for (t, topic) in lexicon.topics.enumerated() {
            for phrase in topic.keywords + [topic.id] + topic.titlePhrases {
                let stems = Self.contentStems(phrase)
                if !stems.isEmpty { keywords[stems, default: [:]][t] = 1 }
            }
        }
        // What a description lists ("tail latency, partial and cascading failures, SLOs") counts
        // too, half as much as a listed keyword, where no topic lists it: a bank whose topics
        // list few keywords still places the questions its descriptions name.
        var described: [[String]: [Int: Double]] = [:]
        for (t, topic) in lexicon.topics.enumerated() {
            for phrase in topic.descriptionPhrases {
                let stems = Self.contentStems(phrase)
                if !stems.isEmpty, keywords[stems] == nil { described[stems, default: [:]][t] = Self.describedWeight }
            }
        }
        keywords.merge(described) { listed, _ in listed }
        // A concept alias of a keyword signals the keyword's topic too, a little less strongly.
        var aliases: [[String]: [Int: Double]] = [:]
        for phrases in lexicon.concepts {
            let stemmed = phrases.map(Self.contentStems).filter { !$0.isEmpty }
            let topics = stemmed.compactMap { keywords[$0] }.reduce(into: [Int: Double]()) { acc, map in
                for (t, weight) in map { acc[t] = max(acc[t] ?? 0, 0.8 * weight) }
            }
            guard !topics.isEmpty else { continue }
            for stems in stemmed where keywords[stems] == nil {
                aliases[stems, default: [:]].merge(topics) { max($0, $1) }
            }
        }
        keywords.merge(aliases) { listed, _ in listed }
        var keywordsByFirst: [String: [Keyword]] = [:]
        for (stems, topics) in keywords {
            keywordsByFirst[stems[0], default: []].append(Keyword(stems: stems, topics: topics))
        }
        for key in keywordsByFirst.keys {
            keywordsByFirst[key]?.sort { ($0.stems.count, $0.stems.joined(separator: " ")) > ($1.stems.count, $1.stems.joined(separator: " ")) }
        }
        keywordsByFirstStem = keywordsByFirst

        var known: [String: (id: String, topic: String)] = [:]
        for question in lexicon.known {
            for text in question.texts {
                let key = TextNormalizer.key(text)
                if !key.isEmpty, known[key] == nil { known[key] = (question.id, question.topic) }
            }
        }
        self.known = known
    }

    /// Weight of a phrase a topic's description lists, against 1 for a listed keyword.
    static let describedWeight = 0.5

    /// Stems of a phrase's words, function words left out.
    static func contentStems(_ phrase: String) -> [String] {
        TextNormalizer.tokens(phrase)
            .filter { !ImportVocabulary.functionWords.contains($0.raw) }
            .map(\.stem)
    }
}
