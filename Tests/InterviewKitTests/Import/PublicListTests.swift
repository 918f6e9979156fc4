import Foundation
import Testing
@testable import InterviewKit

/// The importer on public lists it was not built on (issue 23), each labelled by hand in
/// `PublicLists/<name>.tsv` with the columns of shared/data/seed-gold.tsv (a `-page` list is the
/// same page as written, with the numbered copy's labels), against the shipped bank (its topics'
/// words and questions, concepts). The scores are printed; the issue's targets that hold are
/// asserted, the topic target is recorded as a known issue until it holds.
///
/// Two topic accuracies: `topicAcc` compares the bank topic (`bankTopic`, one of 18) with the
/// label; `areaAcc` compares what `bank import` reports as `topic` (the bank topic's area, one of
/// the spec's 11, which shared/acceptance/score_import.py reads) with the label filed under its
/// area the same way (`traits` → `compiler`).
@Suite("Public lists against their hand labels")
struct PublicListTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("PublicLists")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".tsv") }.map { String($0.dropLast(4)) }.sorted()
    }

    static let lexicon: ImportLexicon? = {
        guard let root = ImportTestSupport.repoRoot() else { return nil }
        return ImportLexicon(bank: BankLoader().loadBank(at: root.appendingPathComponent("rubrics").path).bank)
    }()

    /// Each bank topic's area (`traits` → `compiler`): the topic `bank import` reports for it.
    static let areas: [String: String] = Dictionary(
        (lexicon?.topics ?? []).compactMap { t in t.area.map { (t.id, $0) } }, uniquingKeysWith: { first, _ in first })

    /// Lists labelled with the spec's 11 topics only, as shared/data/seed-gold.tsv is, by helpers
    /// that saw neither the bank's topics nor the importer: compared by area alone.
    static let labelledByArea: Set<String> = ["rust-advanced", "nodejs-backend", "os-systems", "dotnet-async", "postgres-internals", "rust-async",
                                                       "kotlin-coroutines", "microservices"]

    /// A list's topic accuracy by bank topic (`bankTopic` against the label) and by area (the
    /// reported `topic` against the label's area).
    static func topicScores(_ name: String, _ result: ImportResult, _ gold: [ImportScore.GoldRow]) -> (topic: Double, area: Double) {
        let area = ImportScore(result: result, gold: gold, goldArea: areas).topicAccuracyPerCluster
        if labelledByArea.contains(name) { return (area, area) }
        return (ImportScore(result: result, gold: gold, predicted: \.bankTopic).topicAccuracyPerCluster, area)
    }

    /// One importer of the shipped bank for every list (its lexicon compiled once).
    static let importer: BankImporter? = lexicon.map { BankImporter(lexicon: $0) }

    /// Gold pairs of different questions that the importer put in one cluster, per real entry.
    static func falseMerges(_ result: ImportResult, _ gold: [ImportScore.GoldRow]) -> Double {
        let goldCluster = Dictionary(gold.filter { !$0.placeholder }.map { ($0.number, $0.cluster) }, uniquingKeysWith: { first, _ in first })
        var members: [String: [Int]] = [:]
        for entry in result.entries where !entry.placeholder {
            if let cluster = entry.cluster, goldCluster[entry.number] != nil { members[cluster, default: []].append(entry.number) }
        }
        var wrong = 0
        for numbers in members.values {
            for (i, a) in numbers.enumerated() {
                for b in numbers[(i + 1)...] where goldCluster[a] != goldCluster[b] { wrong += 1 }
            }
        }
        return Double(wrong) / Double(max(goldCluster.count, 1))
    }

    @Test("every list: entries found, placeholders, merges and topics, printed", arguments: names)
    func score(name: String) throws {
        let importer = try #require(Self.importer)
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".txt"))
        let gold = try ImportScore.readGold(Self.folder.appendingPathComponent(name + ".tsv"))
        let result = try importer.run(data, path: name + ".txt")
        let score = ImportScore(result: result, gold: gold)
        let topics = Self.topicScores(name, result, gold)
        let found = Set(result.entries.map(\.number))
        let matched = Double(gold.filter { found.contains($0.number) }.count) / Double(max(gold.count, 1))
        let p = score.placeholderPrecision, r = score.placeholderRecall
        // As the scorer counts it: with no placeholder in the labels, one found is an F1 of 0.
        let placeholderF1 = p + r > 0 ? 2 * p * r / (p + r) : 0
        let merges = Self.falseMerges(result, gold)
        print(String(format: "%@: entries %d/%d matched=%.3f topicAcc=%.3f areaAcc=%.3f placeholderF1=%.3f pairP=%.3f pairR=%.3f falseMerges/question=%.3f",
                     name, result.entries.count, gold.count, matched, topics.topic, topics.area, placeholderF1, score.pairPrecision,
                     score.pairRecall, merges))
        // What holds today on every list: a change that breaks it makes a list worse.
        #expect(matched >= 0.99, "\(name): entries matched \(matched)")
        #expect(placeholderF1 >= 0.95, "\(name): placeholder F1 \(placeholderF1)")
        #expect(merges <= 0.07, "\(name): false merges per question \(merges)")
        let floor = Self.floors[name] ?? (topic: 0.55, area: 0.65)
        #expect(topics.topic >= floor.topic, "\(name): topic accuracy \(topics.topic)")
        #expect(topics.area >= floor.area, "\(name): area accuracy \(topics.area)")
        // Issue 23's targets on lists the importer was not built on, topics as its scorer reads
        // them (the reported topic): recorded so that it is seen where they do not hold yet.
        withKnownIssue("issue 23: false merges <= 0.04 per question", isIntermittent: true) {
            #expect(merges <= 0.04, "\(name): false merges per question \(merges)")
        }
        withKnownIssue("issue 23: topic accuracy >= 0.80", isIntermittent: true) {
            #expect(topics.area >= 0.80, "\(name): area accuracy \(topics.area)")
        }
    }

    /// Floors below the general ones (topic 0.55: Python internals was 0.59 when it came in; area
    /// 0.65: Node.js was 0.58, now 0.69), each a little under what the list scores when it came
    /// in: lists labelled blind, in fields the bank's topics barely describe. The .NET list's
    /// labels file security, testing and accessibility under no topic, and PostgreSQL's put
    /// index choice, vacuum and planner settings under performance, where the bank's words say
    /// systems (storage internals), distributed (partitioning) or compiler (the planner).
    /// The microservices list, labelled blind after every rule of this file was set, files its
    /// failure scenarios under reliability, where the bank's words (services, Redis, gateways,
    /// rollouts) say architecture.
    static let floors: [String: (topic: Double, area: Double)] = [
        "dotnet-async": (0.42, 0.42),
        "postgres-internals": (0.46, 0.46),
        "microservices": (0.28, 0.28),
    ]

    /// The pages as published of the blind lists and the Java one (`PublicLists/raw/`: Markdown with answers, code, tables
    /// of contents, links, a number given twice), imported whole: each labelled entry is found
    /// under its own number with its own text, and topics stay near the clean copy's.
    @Test("the pages as published: every labelled entry under its number, topics printed",
          arguments: ["rust-advanced", "rust-async", "nodejs-backend", "dotnet-async", "postgres-internals", "java-concurrency",
                      "kotlin-coroutines", "microservices"])
    func rawPage(name: String) throws {
        let importer = try #require(Self.importer)
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("raw/\(name).md"))
        let gold = try ImportScore.readGold(Self.folder.appendingPathComponent(name + ".tsv"))
        let result = try importer.run(data, path: name + ".md")
        var byNumber: [Int: ImportResult.Entry] = [:]
        for entry in result.entries where byNumber[entry.number] == nil { byNumber[entry.number] = entry }
        // The labels keep a page's "Q: " before a question; the importer drops it as a label.
        func same(_ found: String, _ labelled: String) -> Bool {
            found.split(whereSeparator: \.isWhitespace) == ListParser.stripQuestionLabel(labelled).split(whereSeparator: \.isWhitespace)
        }
        let found = gold.filter { row in byNumber[row.number].map { same($0.text, row.text) } ?? false }.count
        let matched = Double(found) / Double(max(gold.count, 1))
        let area = Self.topicScores(name, result, gold).area
        print(String(format: "%@ as published: %d entries, %d of %d labelled ones under their number, areaAcc=%.3f",
                     name, result.entries.count, found, gold.count, area))
        #expect(matched >= 0.99, "\(name): \(found) of \(gold.count) entries under their number")
        let floor = Self.floors[name]?.area ?? 0.65
        #expect(area >= min(floor, 0.65) - 0.05, "\(name): area accuracy \(area) as published")
    }

    /// A second labeller, blind to the first labels, the bank and the importer, labelled two lists
    /// again with the spec's 11 names (`PublicLists/second/`): how often two careful labellers agree
    /// per cluster is the ceiling the importer's accuracy is read against.
    @Test("a second labeller's topics: the labellers' agreement and the importer's accuracy against each, printed",
          arguments: ["rust-general", "go-runtime"])
    func secondLabeller(name: String) throws {
        let importer = try #require(Self.importer)
        let first = try ImportScore.readGold(Self.folder.appendingPathComponent(name + ".tsv"))
        let second = try ImportScore.readGold(Self.folder.appendingPathComponent("second/\(name).tsv"))
        let result = try importer.run(Data(contentsOf: Self.folder.appendingPathComponent(name + ".txt")), path: name + ".txt")
        let againstFirst = ImportScore(result: result, gold: first, goldArea: Self.areas).topicAccuracyPerCluster
        let againstSecond = ImportScore(result: result, gold: second).topicAccuracyPerCluster
        // The first labels, filed under their areas, as if they were an import's topics.
        let firstAsResult = ImportResult(
            entries: first.map { .init(number: $0.number, text: $0.text, level: nil, placeholder: $0.placeholder,
                                       cluster: $0.placeholder ? nil : $0.cluster, topic: Self.areas[$0.topic] ?? $0.topic) },
            clusters: [], suggestions: [], placeholders: [], unclassified: [])
        let agreement = ImportScore(result: firstAsResult, gold: second).topicAccuracyPerCluster
        print(String(format: "%@, second labeller: labellers agree %.3f; importer %.3f against the first, %.3f against the second",
                     name, agreement, againstFirst, againstSecond))
        #expect(againstSecond >= 0.60, "\(name): \(againstSecond) against the second labeller")
    }

    /// Another team's bank lists fewer keywords than this one. With each topic cut to its first
    /// eight, what the topics' titles, descriptions and questions say must still place most
    /// questions: the mean over the lists is printed and held above a floor (on the first ten
    /// lists 0.53 before the descriptions' phrases counted, 0.59 after; 0.51 over all seventeen,
    /// with the Node.js, .NET and PostgreSQL lists, far from the bank, lowest).
    @Test("a bank with few keywords per topic: topics from titles, descriptions and questions, printed")
    func sparseBank() throws {
        var lexicon = try #require(Self.lexicon)
        lexicon.topics = lexicon.topics.map { topic in
            var topic = topic
            topic.keywords = Array(topic.keywords.prefix(8))
            return topic
        }
        let importer = BankImporter(lexicon: lexicon)
        var accuracies: [Double] = []
        for name in Self.names {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".txt"))
            let gold = try ImportScore.readGold(Self.folder.appendingPathComponent(name + ".tsv"))
            let accuracy = Self.topicScores(name, try importer.run(data, path: name + ".txt"), gold).topic
            print(String(format: "sparse bank, %@: topicAcc=%.3f", name, accuracy))
            accuracies.append(accuracy)
        }
        let mean = accuracies.reduce(0, +) / Double(max(accuracies.count, 1))
        print(String(format: "sparse bank, mean topicAcc=%.3f", mean))
        #expect(mean >= 0.48, "mean topic accuracy with eight keywords per topic: \(mean)")
    }

    /// The same list saved as an HTML page (headings as `<h2>`, questions as `<li>`, with a head,
    /// a script, navigation and a footer around them) reads the same questions with the same topics.
    @Test("every numbered list served as an HTML page: the same questions and topics", arguments: names.filter { !$0.hasSuffix("-page") })
    func asHTML(name: String) throws {
        let importer = try #require(Self.importer)
        let gold = try ImportScore.readGold(Self.folder.appendingPathComponent(name + ".tsv"))
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        // The numbered copy's lines: its section headings (`## ...`, or a numbered heading the
        // labels call a placeholder) become `<h2>`, its questions `<li>`.
        let rowOf = Dictionary(gold.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let lines = try String(contentsOf: Self.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map(String.init)
        var body = ""
        var open = false
        func heading(_ text: String) {
            if open { body += "</ol>\n" }
            body += "<h2>\(escaped(text))</h2>\n<ol>\n"
            open = true
        }
        for line in lines {
            if line.hasPrefix("## ") {
                heading(String(line.dropFirst(3)))
                continue
            }
            guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]), let row = rowOf[number] else { continue }
            if row.placeholder, PlaceholderDetector.isHeading(TextNormalizer.tokens(row.text)) {
                heading(row.text)
            } else {
                if !open { body += "<ol>\n"; open = true }
                body += "  <li><p>\(escaped(row.text))</p></li>\n"
            }
        }
        if open { body += "</ol>\n" }
        let page = """
            <!DOCTYPE html>
            <html><head><title>Questions</title><script>const q = "What is a trap?";</script></head>
            <body><nav><ul><li><a href="/">Home</a></li><li><a href="/more">More questions?</a></li></ul></nav>
            <h1>Interview questions</h1>
            \(body)<footer><p>Why not subscribe?</p></footer></body></html>
            """
        let html = try importer.run(Data(page.utf8), path: name + ".html")
        let numbered = try importer.run(Data(contentsOf: Self.folder.appendingPathComponent(name + ".txt")), path: name + ".txt")
        let real = { (result: ImportResult) in result.entries.filter { !$0.placeholder } }
        let same = zip(real(html), real(numbered)).filter { $0.topic == $1.topic }.count
        print("\(name) as an HTML page: \(real(html).count) questions, \(same) of \(real(numbered).count) topics as numbered")
        // An item of two words ("Debugging coroutines") without its number reads as page furniture:
        // the page's `<ol>` numbers are not read yet, so the Kotlin list loses five of its prompts.
        func check() {
            #expect(real(html).map(\.text) == real(numbered).map(\.text))
            #expect(Double(same) >= 0.95 * Double(real(numbered).count), "\(name): \(same) of \(real(numbered).count) topics as numbered")
        }
        if name == "kotlin-coroutines" {
            withKnownIssue("an unnumbered item of two words is page furniture") { check() }
        } else {
            check()
        }
    }
}
