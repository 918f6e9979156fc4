import Foundation

/// Turns a scraped question list into entries, clusters of rewordings, topics and suggested
/// merges.
///
/// The pipeline: decode (UTF-8, BOM, CRLF) → parse lines (`ListParser`) → drop placeholders
/// (`PlaceholderDetector`) → profile each distinct text (`QuestionAnalyzer`) → cluster by
/// similarity (`QuestionClusterer`, average linkage) → pick canonical texts, topics
/// (`TopicClassifier`) and known ids → list the near misses as suggestions.
public struct BankImporter: Sendable {
    public let lexicon: ImportLexicon
    private let compiled: CompiledLexicon
    /// Each bank topic's area (`Topic.area`), or the topic itself: what `topic` reports.
    private let areaOf: [String: String]

    /// Largest file accepted, in bytes.
    public static let sizeLimit = 64 * 1024 * 1024
    /// Lowest similarity listed as a suggestion.
    static let suggestionFloor = 0.2

    public init(lexicon: ImportLexicon) {
        self.lexicon = lexicon
        compiled = CompiledLexicon(lexicon)
        areaOf = Dictionary(lexicon.topics.map { ($0.id, $0.area ?? $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    /// Imports the bytes of a list; `path` only names the file in errors.
    public func run(_ data: Data, path: String) throws(ImportError) -> ImportResult {
        try run(text: Self.decode(data, path: path), path: path)
    }

    /// Imports list text already decoded.
    public func run(text: String, path: String) throws(ImportError) -> ImportResult {
        let parsed = ListParser().parse(text)
        guard !parsed.isEmpty else {
            if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
            throw .noQuestions(path: path, lines: text.split(whereSeparator: \.isNewline).count)
        }
        let numbers = Self.numbers(parsed)

        // Distinct texts, in order of first appearance; placeholders are decided per text.
        var uniqueOf: [String: Int] = [:]
        var allTexts: [String] = []
        var allEntries: [[Int]] = []
        var allKeys: [String] = []
        var textOfEntry: [Int] = []
        for i in parsed.indices {
            let key = TextNormalizer.key(parsed[i].text)
            textOfEntry.append(uniqueOf[key] ?? allTexts.count)
            if let u = uniqueOf[key] {
                allEntries[u].append(i)
            } else {
                uniqueOf[key] = allTexts.count
                allTexts.append(parsed[i].text)
                allKeys.append(key)
                allEntries.append([i])
            }
        }
        var stemCache: [String: String] = [:]
        let allTokens = allTexts.map { TextNormalizer.tokens($0, stems: &stemCache) }
        let isPlaceholder = PlaceholderDetector().detect(allTexts, tokens: allTokens, keys: allKeys)
        var placeholder = [Bool](repeating: false, count: parsed.count)
        for (u, entries) in allEntries.enumerated() where isPlaceholder[u] {
            for i in entries { placeholder[i] = true }
        }
        let realUniques = allTexts.indices.filter { !isPlaceholder[$0] }
        var uniqueOfEntry = [Int?](repeating: nil, count: parsed.count)
        for (r, u) in realUniques.enumerated() {
            for i in allEntries[u] { uniqueOfEntry[i] = r }
        }
        guard !realUniques.isEmpty else { throw .onlyPlaceholders(path: path, placeholders: parsed.count) }
        let realCount = realUniques.reduce(0) { $0 + allEntries[$1].count }
        let uniqueTexts = realUniques.map { allTexts[$0] }
        let uniqueEntries = realUniques.map { allEntries[$0] }
        let tokens = realUniques.map { allTokens[$0] }
        let knownTokens = lexicon.known.flatMap(\.texts).map { TextNormalizer.tokens($0, stems: &stemCache) }
        let analyzer = QuestionAnalyzer(lexicon: compiled, ubiquitous: QuestionSimilarity.ubiquitousStems(tokens + knownTokens))
        let profiles = tokens.map { analyzer.profile(tokens: $0) }
        let knownCorpus = zip(lexicon.known.flatMap(\.texts), knownTokens)
            .filter { uniqueOf[TextNormalizer.key($0.0)] == nil }
            .map { analyzer.profile(tokens: $0.1) }
        let model = SimilarityModel(corpus: profiles + knownCorpus)
        let knownIDs = realUniques.map { compiled.known[allKeys[$0]]?.id }

        let clusterer = QuestionClusterer(threshold: QuestionSimilarity.mergeThreshold, keepBelow: 0.15, postingCap: 400)
        let outcome = clusterer.cluster(IndexedProfiles(profiles, model: model), known: knownIDs)

        // Build clusters in order of their first entry.
        var membersOf = [[Int]](repeating: [], count: outcome.clusterCount)
        for (u, c) in outcome.assignment.enumerated() { membersOf[c].append(u) }
        let firstEntry = membersOf.map { members in members.map { uniqueEntries[$0][0] }.min() ?? 0 }
        let order = membersOf.indices.sorted { firstEntry[$0] < firstEntry[$1] }
        let knownTopic = Dictionary(lexicon.known.map { ($0.id, $0.topic) }, uniquingKeysWith: { first, _ in first })
        let isHeading = parsed.indices.map { i in placeholder[i] && PlaceholderDetector.isHeading(allTokens[textOfEntry[i]]) }
        let topicOf = topics(clusters: membersOf, profiles: profiles, knownIDs: knownIDs, knownTopic: knownTopic,
                             parsed: parsed, isHeading: isHeading, analyzer: analyzer, texts: uniqueTexts,
                             clusterOfEntry: uniqueOfEntry.map { $0.map { outcome.assignment[$0] } })
        var usedIDs: Set<String> = []
        var clusterID = [String](repeating: "", count: outcome.clusterCount)
        var clusterTopic = [String?](repeating: nil, count: outcome.clusterCount)
        var clusters: [ImportResult.Cluster] = []
        for c in order {
            let members = membersOf[c]
            let canonical = Self.canonical(members, entries: uniqueEntries, texts: uniqueTexts, pairs: outcome.pairs)
            let id = Self.uniqueSlug(analyzer.slug(tokens: tokens[canonical]), used: &usedIDs)
            let known = members.lazy.compactMap { knownIDs[$0] }.first
            let topic = topicOf[c]
            clusterID[c] = id
            clusterTopic[c] = topic
            let entryNumbers = members.flatMap { uniqueEntries[$0] }.sorted().map { numbers[$0] }
            clusters.append(.init(id: id, canonical: uniqueTexts[canonical], members: entryNumbers,
                                  topic: topic.map { areaOf[$0] ?? $0 }, known: known, bankTopic: topic))
        }

        var clusterOfEntry: [Int: Int] = [:]
        for (u, c) in outcome.assignment.enumerated() {
            for i in uniqueEntries[u] { clusterOfEntry[i] = c }
        }
        let entries = parsed.indices.map { i -> ImportResult.Entry in
            let c = clusterOfEntry[i]
            return .init(number: numbers[i], text: parsed[i].text, level: parsed[i].level,
                         placeholder: placeholder[i], cluster: c.map { clusterID[$0] },
                         topic: c.flatMap { clusterTopic[$0] }.map { areaOf[$0] ?? $0 }, bankTopic: c.flatMap { clusterTopic[$0] })
        }
        let limit = realCount / 2
        let suggestions = outcome.residual
            .filter { $0.similarity >= Self.suggestionFloor }
            .sorted { ($0.similarity, $1.a, $1.b) > ($1.similarity, $0.a, $0.b) }
            .prefix(limit)
            .map { ImportResult.Suggestion(a: clusterID[$0.a], b: clusterID[$0.b],
                                           similarity: (($0.similarity * 10_000).rounded() / 10_000)) }
        let unplaced = order.filter { clusterTopic[$0] == nil }
            .map { c in (id: clusterID[c], tokens: membersOf[c].map { tokens[$0] }) }
        let proposed = TopicProposer().propose(unplaced: unplaced, listTokens: tokens)
        return ImportResult(
            entries: entries, clusters: clusters, suggestions: Array(suggestions),
            placeholders: parsed.indices.filter { placeholder[$0] }.map { numbers[$0] },
            unclassified: unplaced.map(\.id), proposed: proposed)
    }

    // MARK: - Steps

    /// Each cluster's topic: a known question's own, otherwise the evidence of its members'
    /// words (`TopicClassifier`) weighed with the list around them (`TopicContext`): its
    /// neighbours and the keywords of the section heading above it (the page's own, or one
    /// numbered among the entries).
    ///
    /// `isHeading` says, per entry, whether it is a heading numbered among the entries;
    /// `clusterOfEntry` gives each real entry's cluster.
    private func topics(clusters membersOf: [[Int]], profiles: [QuestionProfile], knownIDs: [String?],
                        knownTopic: [String: String], parsed: [ParsedEntry], isHeading: [Bool],
                        analyzer: QuestionAnalyzer, texts: [String], clusterOfEntry: [Int?]) -> [String?] {
        let classifier = TopicClassifier(lexicon: compiled, topics: lexicon.topics)
        let indexOf = Dictionary(compiled.topicIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let known = membersOf.map { members in members.lazy.compactMap { knownIDs[$0] }.first.flatMap { knownTopic[$0] } }
        let own = membersOf.indices.map { c -> [Int: Double] in
            if let topic = known[c] { return indexOf[topic].map { [$0: 1] } ?? [:] }
            let evidence = classifier.evidence(membersOf[c].map { profiles[$0] })
            // Words no topic knows may be names glued from words it does: `ConcurrentDictionary`,
            // `BlockingCollection`, `PeriodicTimer`.
            guard evidence.values.allSatisfy({ $0 <= 0 }) else { return evidence }
            let split = membersOf[c].compactMap { m -> QuestionProfile? in
                let text = TextNormalizer.splittingCamelCase(texts[m])
                return text == texts[m] ? nil : analyzer.profile(text)
            }
            return split.isEmpty ? evidence : classifier.evidence(split)
        }
        var items: [TopicContext.Item] = []
        var section: String?
        for i in parsed.indices {
            // The page's own section headings, then headings numbered among the entries.
            if parsed[i].section != section {
                section = parsed[i].section
                items.append(.heading(section.map { classifier.headingShare($0, analyzer: analyzer) } ?? [:]))
            }
            if isHeading[i] {
                items.append(.heading(classifier.headingShare(parsed[i].text, analyzer: analyzer)))
            } else if let cluster = clusterOfEntry[i] {
                items.append(.question(cluster: cluster))
            }
        }
        var context = TopicContext()
        context.areaOf = compiled.topicIDs.enumerated().map { t, id in areaOf[id].flatMap { indexOf[$0] } ?? t }
        let assigned = context.assign(own: own, items: items)
        return membersOf.indices.map { c in known[c] ?? assigned[c].map { compiled.topicIDs[$0] } }
    }

    /// UTF-8 text without a byte-order mark; binary or invalid bytes are refused.
    static func decode(_ data: Data, path: String) throws(ImportError) -> String {
        guard data.count <= sizeLimit else { throw .tooLarge(path: path, bytes: data.count, limit: sizeLimit) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) { throw .notText(path: path, offset: nul) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notText(path: path, offset: Self.firstInvalidUTF8(bytes))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty(path: path) }
        return text
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: return i
            }
            guard i + length <= bytes.count,
                  bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else { return i }
            i += length
        }
        return 0
    }

    /// The list's own numbers when nine entries in ten or more have one and they run upward (a
    /// slip of the page's aside: a number given twice or one back, once in a hundred steps), the
    /// others numbered on after the largest; else 1, 2, 3, ... (a list numbered again from 1 in
    /// a later section, or hardly numbered).
    static func numbers(_ parsed: [ParsedEntry]) -> [Int] {
        let given = parsed.compactMap(\.number)
        let steps = zip(given, given.dropFirst())
        let slips = steps.filter { $0 >= $1 }.count
        let restarts = steps.filter { $0 - 1 > $1 }.count
        guard !given.isEmpty, given.count * 10 >= parsed.count * 9, restarts == 0, slips <= given.count / 100 else {
            return parsed.indices.map { $0 + 1 }
        }
        var next = given.max() ?? 0
        return parsed.map { entry in
            if let number = entry.number { return number }
            next += 1
            return next
        }
    }

    /// The clearest member: a concrete wording before one of a generic shape (``GenericPrompt``:
    /// "How does Rust handle X?" becomes a variant the screen does not offer), then the wording
    /// used most often, then the one closest to the others, then the shorter, then the first.
    static func canonical(_ members: [Int], entries: [[Int]], texts: [String],
                          pairs: [QuestionClusterer.Pair: Double]) -> Int {
        guard members.count > 1 else { return members[0] }
        func closeness(_ u: Int) -> Double {
            members.reduce(0) { $0 + ($1 == u ? 0 : pairs[.init(u, $1)] ?? 0) }
        }
        let generic = Dictionary(members.map { ($0, GenericPrompt.match(texts[$0]) != nil) }, uniquingKeysWith: { first, _ in first })
        return members.max { l, r in
            if generic[l] != generic[r] { return generic[l] == true }
            if entries[l].count != entries[r].count { return entries[l].count < entries[r].count }
            let cl = closeness(l), cr = closeness(r)
            if abs(cl - cr) > 1e-9 { return cl < cr }
            return l > r
        } ?? members[0]
    }

    static func uniqueSlug(_ slug: String, used: inout Set<String>) -> String {
        let base = slug.isEmpty ? "question" : slug
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
