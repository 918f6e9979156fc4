import Foundation
import Testing
@testable import InterviewKit

@Suite("Importing a list")
struct BankImporterTests {
    let importer: BankImporter

    init() throws {
        importer = BankImporter(lexicon: try ImportTestSupport.lexicon())
    }

    static func pairScore(_ result: ImportResult, gold: [Int: String]) -> (precision: Double, recall: Double) {
        let entries = Dictionary(uniqueKeysWithValues: result.entries.map { ($0.number, $0) })
        let real = gold.keys.filter { gold[$0] != "-" }.sorted()
        var tp = 0, predicted = 0, expected = 0
        for (i, a) in real.enumerated() {
            for b in real[(i + 1)...] {
                let same = gold[a] == gold[b]
                let joined = entries[a]?.cluster != nil && entries[a]?.cluster == entries[b]?.cluster
                if same { expected += 1 }
                if joined { predicted += 1 }
                if same && joined { tp += 1 }
            }
        }
        return (predicted == 0 ? 1 : Double(tp) / Double(predicted), expected == 0 ? 1 : Double(tp) / Double(expected))
    }

    // MARK: - Lists of other subjects and formats

    @Test("a Go list (numbered, headings, levels in brackets): placeholders exact, no false merge, most rewordings joined")
    func goList() throws {
        let importer = BankImporter(lexicon: try ImportTestSupport.lexicon(topics: ImportFixtures.goTopics))
        let result = try importer.run(Data(ImportListFixtures.goList.utf8), path: "go.md")
        #expect(result.entries.map(\.number) == Array(1...33))
        #expect(result.placeholders == [22, 23])
        #expect(result.entries[0].level == "Senior")
        let score = Self.pairScore(result, gold: ImportListFixtures.goGold)
        #expect(score.precision == 1)
        #expect(score.recall >= 0.8)
        let topics = Dictionary(uniqueKeysWithValues: result.entries.map { ($0.number, $0.topic) })
        #expect(topics[16] == "memory")
        #expect(topics[24] == "design")
        #expect(topics[11] == "concurrency")
    }

    @Test("a distributed-systems list (one per line, metadata between, FAQ): placeholders exact, no false merge")
    func distributedList() throws {
        let importer = BankImporter(lexicon: try ImportTestSupport.lexicon(topics: ImportFixtures.distributedTopics))
        let result = try importer.run(Data(ImportListFixtures.distributedList.utf8), path: "dist.txt")
        #expect(result.entries.count == ImportListFixtures.distributedGold.count)
        #expect(result.placeholders == [21, 22, 23])
        #expect(result.entries.first?.level == "Senior")
        #expect(result.entries[2].level == "Intermediate")
        let score = Self.pairScore(result, gold: ImportListFixtures.distributedGold)
        #expect(score.precision == 1)
        #expect(score.recall >= 0.7)
        #expect(!result.entries.contains { $0.text.contains("prepare") })
    }

    @Test("Markdown headings per question (`## Q1.`), prose between, comparisons and design tasks")
    func headingsList() throws {
        let text = """
        # System design interview questions
        ## Q1. How would you design a URL shortener?
        Think about hashing, storage and redirects.
        ## Q2. How would you design a URL shortening service like bit.ly?
        ## Q3. How would you design a news feed?
        ## Q4. Design a news feed for a social network at scale
        ## Q5. What is the difference between SQL and NoSQL databases?
        ## Q6. SQL vs NoSQL: how do you choose?
        ## Q7. How do you scale a relational database?
        ## Q8. System Design Question 8
        ## Q9. How do you shard a relational database?
        """
        let topics = [ImportTopic(id: "design", keywords: ["design", "url shortener", "news feed"]),
                      ImportTopic(id: "storage", keywords: ["database", "sql", "nosql", "sharding", "relational"])]
        let importer = BankImporter(lexicon: try ImportTestSupport.lexicon(topics: topics))
        let result = try importer.run(Data(text.utf8), path: "design.md")
        #expect(result.entries.map(\.number) == Array(1...9))
        #expect(result.placeholders == [8])
        let gold: [Int: String] = [1: "url", 2: "url", 3: "feed", 4: "feed", 5: "sql", 6: "sql", 7: "scale", 8: "-", 9: "shard"]
        let score = Self.pairScore(result, gold: gold)
        #expect(score.precision == 1)
        #expect(score.recall == 1)
        #expect(result.entries.filter { !$0.placeholder }.map(\.topic)
            == ["design", "design", "design", "design", "storage", "storage", "storage", "storage"])
    }

    @Test("the list's own numbers hold through a slip of the page (a number given twice), and after an unnumbered entry; numbering again per section is renumbered")
    func ownNumbers() {
        func entries(_ numbers: [Int?]) -> [ParsedEntry] { numbers.map { ParsedEntry(number: $0, text: "q", level: nil, line: 1) } }
        let fromTwo = Array(2...100) + [100, 101]
        #expect(BankImporter.numbers(entries(fromTwo)) == fromTwo)
        #expect(BankImporter.numbers(entries(Array(1...40) + [nil] + Array(41...60))) == Array(1...40) + [61] + Array(41...60))
        let sections = Array(1...10) + Array(1...10) + Array(1...10)
        #expect(BankImporter.numbers(entries(sections)) == Array(1...30))
        #expect(BankImporter.numbers(entries([nil, nil, 3])) == [1, 2, 3])
        // A second list numbered from 1 after the first (tips after the questions) is no slip.
        #expect(BankImporter.numbers(entries(Array(1...100) + Array(1...10))) == Array(1...110))
    }

    @Test("a cluster no keyword matches gets topic null and is reported as unclassified")
    func unclassified() throws {
        let importer = BankImporter(lexicon: try ImportTestSupport.lexicon(topics: [ImportTopic(id: "async", keywords: ["future"])]))
        let result = try importer.run(Data("1. How does a Future get polled?\n2. Why do birds sing at dawn?\n".utf8), path: "u")
        #expect(result.clusters.map(\.topic) == ["async", nil])
        #expect(result.unclassified == [result.clusters[1].id])
        #expect(result.entries[1].topic == nil)
        #expect(result.yamlSkeleton().contains("topic: unclassified"))
    }

    // MARK: - Known questions

    @Test("an entry matching a bank question (case, spacing, apostrophes, trailing punctuation aside) is known with its topic")
    func knownQuestions() throws {
        let known = [ImportKnownQuestion(id: "async/waker-os-events", topic: "async",
                                         texts: ["How does Rust's Waker integrate with OS-level event notification systems?"])]
        let importer = BankImporter(lexicon: try ImportTestSupport.lexicon(known: known))
        let text = """
        1. how does Rust’s  Waker integrate with OS-level event notification systems
        2. How does Rust handle memory fragmentation in long-running services?
        """
        let result = try importer.run(Data(text.utf8), path: "list.md")
        #expect(result.clusters.count == 2)
        #expect(result.clusters[0].known == "async/waker-os-events")
        #expect(result.clusters[0].topic == "async")
        #expect(result.clusters[1].known == nil)
        let yaml = result.yamlSkeleton()
        #expect(!yaml.contains("Waker"))
        #expect(yaml.contains("memory fragmentation"))
    }

    // MARK: - Output shapes

    @Test("JSON has cli.md's fields, absent values as null")
    func jsonShape() throws {
        let text = "- 1Rust Interview Question 2 (Free)Senior\n- 2How does Rust handle FFI?\n- 3How does Rust handle FFI (Foreign Function Interface)?Senior\n"
        let result = try importer.run(Data(text.utf8), path: "list.txt")
        let data = try JSONEncoder().encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(Set(entries[0].keys) == ["number", "text", "level", "placeholder", "cluster", "topic", "bankTopic"])
        #expect(entries[0]["cluster"] is NSNull)
        #expect(entries[0]["placeholder"] as? Bool == true)
        #expect(entries[1]["level"] is NSNull)
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        #expect(Set(clusters[0].keys) == ["id", "canonical", "members", "topic", "bankTopic", "known"])
        #expect(clusters[0]["members"] as? [Int] == [2, 3])
        #expect(clusters[0]["known"] is NSNull)
        #expect(object["suggestions"] is [Any])
        #expect(clusters.count == 1)
    }

    @Test("YAML skeleton: per topic, slug ids, lower-cased level, variants, empty points, suggestions as comments")
    func yamlSkeleton() throws {
        let text = """
        - 1How does Rust implement backpressure in streaming architectures?Senior
        - 2How does Rust implement backpressure in streaming systems?Senior
        - 3What is interior mutability in Rust?Intermediate
        - 4How does Rust implement observability: logs #1?Senior
        - 5How does Rust handle memory fragmentation in long-running services?Senior
        - 6How does Rust optimize memory fragmentation in long-running services?Senior
        - 7How does Rust handle FFI?Senior
        - 8What is Pin in Rust?Senior
        - 9How does the Rust borrow checker work?Senior
        """
        let result = try importer.run(Data(text.utf8), path: "list.txt")
        let yaml = result.yamlSkeleton()
        #expect(result.clusters.count == 7)
        #expect(yaml.contains("topic: async\nquestions:\n  - id: async/backpressure-streaming-architectures\n    level: senior\n    minutes: 8\n    text: How does Rust implement backpressure in streaming architectures?\n    seen_as:\n      - How does Rust implement backpressure in streaming systems?\n    points: []"))
        #expect(yaml.contains("  - id: memory/interior-mutability\n    level: intermediate"))
        #expect(yaml.contains("text: \"How does Rust implement observability: logs #1?\""))
        #expect(yaml.contains("  - id: memory/memory-fragmentation-long-running-services\n"))
        #expect(yaml.components(separatedBy: "\n---\n").count == 4)
        #expect(!yaml.contains("TODO"))
    }

    @Test("a concrete wording is the canonical text over a generic one, which goes to seen_as")
    func concreteCanonical() throws {
        let text = """
        - 1How does Rust handle backpressure in a Tokio pipeline?Senior
        - 2How does Rust handle backpressure in a Tokio pipeline?Senior
        - 3How do you handle backpressure in a Tokio pipeline?Senior
        """
        let result = try importer.run(Data(text.utf8), path: "list.txt")
        #expect(result.clusters.count == 1)
        #expect(result.clusters.first?.canonical == "How do you handle backpressure in a Tokio pipeline?", "used less often, but concrete")
        #expect(result.yamlSkeleton().contains(
            "    text: How do you handle backpressure in a Tokio pipeline?\n    seen_as:\n      - How does Rust handle backpressure in a Tokio pipeline?\n"))
    }

    // MARK: - Bad input

    @Test("a list of one entry, with or without a number: one cluster, its topic, nothing to suggest or propose")
    func oneEntry() throws {
        for text in ["1. How does a Future get polled?\n", "How does a Future get polled?"] {
            let result = try importer.run(Data(text.utf8), path: "one.txt")
            #expect(result.entries.count == 1)
            #expect(result.clusters.count == 1)
            #expect(result.clusters.first?.topic == "async")
            #expect(result.suggestions.isEmpty)
            #expect(result.proposed.isEmpty)
        }
    }

    @Test("empty, whitespace-only and BOM-only files are refused in one line")
    func emptyFiles() {
        for bytes in [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            #expect(throws: ImportError.empty(path: "e.txt")) { try importer.run(Data(bytes), path: "e.txt") }
        }
        #expect(ImportError.empty(path: "e.txt").description == "e.txt: the file is empty, nothing to import")
    }

    @Test("binary and invalid UTF-8 files are refused with the offending byte")
    func binaryFiles() {
        #expect(throws: ImportError.notText(path: "b", offset: 3)) {
            try importer.run(Data([0x41, 0x42, 0x43, 0x00, 0x44]), path: "b")
        }
        #expect(throws: ImportError.notText(path: "b", offset: 2)) {
            try importer.run(Data([0x41, 0x42, 0xC3, 0x28, 0x44]), path: "b")
        }
        #expect(!ImportError.notText(path: "b", offset: 2).description.contains("\n"))
    }

    @Test("a file without questions, or only placeholders, is refused naming what was found")
    func nothingToImport() {
        #expect(throws: ImportError.noQuestions(path: "n", lines: 3)) {
            try importer.run(Data("Title\n\nJust prose here. Nothing else. Really nothing.\nAnd more.".utf8), path: "n")
        }
        #expect(throws: ImportError.onlyPlaceholders(path: "p", placeholders: 2)) {
            try importer.run(Data("- 1Rust Interview Question 5 (Free)Senior\n- 2Rust Interview Question 6 (Free)Senior\n".utf8), path: "p")
        }
    }

    @Test("CRLF line ends and a byte-order mark read like plain LF text")
    func crlfAndBOM() throws {
        let lf = "1. How does Rust handle FFI?\n2. What is Pin?\n"
        let crlf = [0xEF, 0xBB, 0xBF] + Array(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let a = try importer.run(Data(lf.utf8), path: "a")
        let b = try importer.run(Data(crlf), path: "b")
        #expect(a == b)
        #expect(b.entries.map(\.text) == ["How does Rust handle FFI?", "What is Pin?"])
    }

    @Test("random bytes and mangled lists never crash or hang: a result or an ImportError")
    func fuzz() {
        var rng = ImportFuzzGenerator(state: 0x5EED)
        let pieces = ["- ", "1. ", "12", "How does Rust ", "?", "Senior", "(Free)", "\n", "\r\n", "## ", "Level: ",
                      "Question 5", "’", "→", " vs ", "[", "]", "(", ")", "#", ":", "\u{FEFF}", "é", "🦀", "\t", " "]
        var outcomes = (ok: 0, refused: 0)
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            if round % 2 == 0 {
                bytes = (0..<rng.below(300)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            } else {
                for _ in 0..<rng.below(60) { bytes += Array(pieces[rng.below(pieces.count)].utf8) }
                if rng.below(10) == 0, !bytes.isEmpty { bytes[rng.below(bytes.count)] = UInt8(truncatingIfNeeded: rng.next()) }
            }
            do {
                let result = try importer.run(Data(bytes), path: "fuzz")
                #expect(result.suggestions.count * 2 <= max(1, result.entries.count))
                outcomes.ok += 1
            } catch {
                #expect(!error.description.isEmpty)
                outcomes.refused += 1
            }
        }
        #expect(outcomes.ok + outcomes.refused == 3000)
        #expect(outcomes.ok > 0)
    }

    @Test("a large scraped file: identical texts deduplicated, time grows about linearly")
    func largeFile() throws {
        func list(copies: Int) -> Data {
            var text = "Rust questions\n"
            var n = 0
            for copy in 0..<copies {
                for (k, subject) in ["backpressure in streaming systems", "cache locality", "thread safety",
                                     "memory fragmentation in services", "zero-copy parsing",
                                     "lock contention under load"].enumerated() {
                    n += 1
                    text += "- \(n)How does Rust handle \(subject) for workload \(copy % 40) case \(k)?Senior\n"
                }
            }
            return Data(text.utf8)
        }
        let small = list(copies: 500), large = list(copies: 2000)
        let clock = ContinuousClock()
        var result: ImportResult?
        let tSmall = try clock.measure { _ = try importer.run(small, path: "small") }
        let tLarge = try clock.measure { result = try importer.run(large, path: "large") }
        print("large file: \(small.count) bytes in \(tSmall), \(large.count) bytes in \(tLarge)")
        #expect(result?.entries.count == 12_000)
        #expect(tLarge < tSmall * 8)
    }
}
