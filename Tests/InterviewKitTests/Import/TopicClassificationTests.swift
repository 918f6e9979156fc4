import Foundation
import Testing
@testable import InterviewKit

/// How the importer places a question in a topic: its keywords, closeness to what a topic says
/// about itself, the list around it, and a proposed new topic when nothing fits (issue 23).
@Suite("Topic classification")
struct TopicClassificationTests {
    static let topics = [
        ImportTopic(id: "concurrency", keywords: ["mutex", "thread"], title: "Concurrency and parallelism",
                    description: "Threads and shared state: locks, atomics, barriers and latches.",
                    examples: ["How do two threads wait for each other at a barrier?", "What does a countdown latch count?"]),
        ImportTopic(id: "storage", keywords: ["b-tree"], title: "Storage engines",
                    description: "How databases keep data on disk: pages, logs, indexes and recovery.",
                    examples: ["Why does a clustered index store rows in its leaf pages?", "What is written to the redo log before a page?"]),
    ]

    static func importer(_ topics: [ImportTopic] = topics) throws -> BankImporter {
        BankImporter(lexicon: try ImportTestSupport.lexicon(topics: topics))
    }

    static func topics(_ lines: [String], _ topics: [ImportTopic] = topics) throws -> [String?] {
        let text = lines.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        return try importer(topics).run(Data(text.utf8), path: "t").entries.filter { !$0.placeholder }.map(\.topic)
    }

    @Test("a word no keyword lists but the topic's description or examples use places the question")
    func centroid() throws {
        #expect(try Self.topics(["What happens at a cyclic barrier when one party times out?",
                                 "Why are leaf pages of an index kept half full after a split?"]) == ["concurrency", "storage"])
    }

    @Test("a title's parts are keywords: 'storage engines' places a question that names them")
    func titleParts() throws {
        #expect(try Self.topics(["How do storage engines differ?"]) == ["storage"])
    }

    @Test("a question whose words no topic uses stays unclassified, whatever its neighbours are about")
    func nothingFits() throws {
        #expect(try Self.topics(["How does a mutex work?", "Why do birds sing at dawn?", "When should a thread yield?"])
            == ["concurrency", nil, "concurrency"])
    }

    @Test("a question with no keyword and only a faint likeness to one topic's text takes the topic of the list around it")
    func weakEvidenceFollowsContext() throws {
        let placed = try Self.topics(["How does a mutex work?", "When should a thread yield?",
                                      "What does a handoff queue do when its leaf is full?", "Why is a mutex unfair?"])
        #expect(placed == ["concurrency", "concurrency", "concurrency", "concurrency"])
    }

    @Test("the section heading above a question settles a near-tie between topics")
    func headingDecides() throws {
        let rest = (1...8).map { "What does a mutex protect in case \($0) of the lock table?" }
        let under = { (heading: String) in
            try Self.topics([heading, "What is written to the log when a thread commits?"] + rest)[0]
        }
        #expect(try under("Storage engines") == "storage")
        #expect(try under("Threads") == "concurrency")
    }

    @Test("a heading naming several subjects counts for a topic only by the subjects that topic's keywords match")
    func headingSubjects() throws {
        let question = "What is written to the journal when a thread commits?"
        let rest = (1...8).map { "What does a mutex protect in case \($0) of the lock table?" }
        func topic(under heading: String) throws -> String? {
            try Self.importer().run(Data("# \(heading)\n\n### Q1. \(question)\n".utf8) + Data(rest.enumerated().map {
                "### Q\($0.offset + 2). \($0.element)\n" }.joined().utf8), path: "t").entries.first?.topic
        }
        #expect(try topic(under: "Storage engines") == "storage")
        #expect(try topic(under: "Storage engines, birds, songs and poems") == "concurrency")
        let classifier = TopicClassifier(lexicon: CompiledLexicon(try ImportTestSupport.lexicon(topics: Self.topics)), topics: Self.topics)
        let analyzer = QuestionAnalyzer(lexicon: classifier.lexicon, ubiquitous: [])
        let share = classifier.headingShare("Storage engines, birds and songs", analyzer: analyzer)
        #expect(abs((share[1] ?? 0) - 1.0 / 3) < 1e-9)
    }

    @Test("a page's own section heading (`## Storage engines`) settles a near-tie for the questions below it")
    func pageSections() throws {
        let question = "What is written to the journal when a thread commits?"
        func topic(under heading: String) throws -> String? {
            let text = "# \(heading)\n\n### Q1. \(question)\n### Q2. Why do birds sing at dawn?\n"
            return try Self.importer().run(Data(text.utf8), path: "t").entries.first?.topic
        }
        #expect(try topic(under: "Storage engines") == "storage")
        #expect(try topic(under: "Threads") == "concurrency")
    }

    @Test("neighbours decide between the topics a question's own words point to, and add none")
    func neighbours() throws {
        // One word of each topic's examples ("wait", "pages") among words no topic uses.
        let weak = "What is a party, a ballot and a quorum round when pages wait?"
        let storage = try Self.topics(["What is a b-tree page split?", "What is in a redo log record?", weak,
                                       "How does a clustered index store rows?", "What is a b-tree fill factor?"])
        let concurrency = try Self.topics(["Why does a mutex need a thread owner?", "How does a countdown latch work?", weak,
                                           "What do threads wait for at a barrier?", "When is a mutex poisoned?"])
        #expect(storage[2] == "storage")
        #expect(concurrency[2] == "concurrency")
        // Only storage words, among concurrency questions: still storage.
        let alone = try Self.topics(["Why does a mutex need a thread owner?", "How does a countdown latch work?",
                                     "What is a b-tree page split?", "What do threads wait for at a barrier?"])
        #expect(alone[2] == "storage")
    }

    @Test("a neighbour lends its topic by how sure its own words are: a faint likeness decides nothing, a keyword does")
    func neighboursLendBySureness() {
        // The middle question is weak (no keyword, faint likeness to topics 2 and 1); its right
        // neighbour is sure of topic 0, its left one faint about topic 1, or sure of it.
        func middle(left: [Int: Double]) -> Int? {
            let own: [[Int: Double]] = [left, [2: 0.02, 1: 0.01], [0: 1]]
            return TopicContext().assign(own: own, items: (0..<3).map { .question(cluster: $0) })[1]
        }
        #expect(middle(left: [1: 0.05]) == 0)
        #expect(middle(left: [1: 1]) == 1)
    }

    @Test("a list from a field no topic covers is not forced into the topics its words faintly brush: it stays without, with a proposal")
    func foreignFieldNotForced() throws {
        // Some questions share a word with a topic's examples ("leaf", "counter", "wait") and
        // nothing else: a faint likeness among questions just as faint.
        let placed = try Self.topics(["What is the virtual DOM in a React component?", "Why does a React leaf wait for hydration?",
                                      "How does a React hook keep its counter between renders?", "What does React do with a key prop?",
                                      "When does a React component render twice?", "What is CSS specificity?"])
        #expect(placed == [nil, nil, nil, nil, nil, nil])
        let result = try Self.importer().run(Data("""
            1. What is the virtual DOM in a React component?
            2. Why does a React leaf wait for hydration?
            3. What does React do with a key prop?
            """.utf8), path: "t")
        #expect(result.proposed.map(\.word) == ["react"])
        // The same faint question among sure ones takes their topic.
        let among = try Self.topics(["How does a mutex work?", "When should a thread yield?",
                                     "Why does a React leaf wait for hydration?", "Why is a mutex unfair?"])
        #expect(among[2] == "concurrency")
    }

    @Test("an adverb of manner is no keyword: 'delete duplicate rows safely' is not about safe code")
    func mannerAdverbs() throws {
        let topics = [ImportTopic(id: "safety", keywords: ["safe"]), ImportTopic(id: "storage", keywords: ["duplicate rows"])]
        #expect(try Self.topics(["Delete duplicate rows safely.", "Why is this code safe?"], topics) == ["storage", "safety"])
    }

    @Test("a description's short noun phrases are keywords, half as strong: 'tail latency' and 'SLOs' place questions that name them; 'partial' alone is none")
    func descriptionPhrases() throws {
        let reliability = ImportTopic(id: "reliability", keywords: ["retry"], title: "Reliability",
                                      description: "Keeping services available under load, covering tail latency, partial and cascading failures, SLOs and load shedding.")
        // A lone modifier before "and" shares the noun after it; a plural noun stands alone.
        #expect(reliability.descriptionPhrases == ["tail latency", "partial failures", "cascading failures", "slos", "load shedding"])
        #expect(ImportTopic(id: "d", keywords: [], description: "Clocks and event ordering, service and crate boundaries.").descriptionPhrases
                == ["clocks", "event ordering", "service boundaries", "crate boundaries"])
        let concurrency = ImportTopic(id: "concurrency", keywords: ["mutex"], title: "Concurrency")
        #expect(try Self.topics(["How do you keep tail latency low?", "Why are SLOs set below 100%?", "How does a mutex work?"],
                                [reliability, concurrency]) == ["reliability", "reliability", "concurrency"])
        // A listed keyword of another topic wins over a description's phrase.
        let listed = ImportTopic(id: "performance", keywords: ["tail latency"])
        #expect(try Self.topics(["How do you keep tail latency low?"], [reliability, listed]) == ["performance"])
    }

    @Test("a keyword phrase holding a stop word matches ('work stealing'); the stop word alone never does ('case' is not 'cas')")
    func stopWordsInPhrases() throws {
        let topics = [ImportTopic(id: "async", keywords: ["work stealing"]), ImportTopic(id: "concurrency", keywords: ["cas"])]
        #expect(try Self.topics(["How does work stealing balance a scheduler?", "In which case does a loop spin?"], topics) == ["async", nil])
    }

    @Test("unclassified questions that share a word get a proposed topic, listed in JSON and the YAML skeleton")
    func proposals() throws {
        let lines = ["How does a mutex work?", "What is a window function in SQL?", "How do you rank each salary with a window function?",
                     "Why is a correlated subquery slow?", "What does a window frame clause bound?"]
        let result = try Self.importer().run(Data(lines.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n").utf8), path: "t")
        #expect(result.clusters.first?.topic == "concurrency")
        let proposal = try #require(result.proposed.first)
        #expect(proposal.topic == "window")
        #expect(proposal.clusters.count == 3)
        #expect(Set(proposal.clusters).isSubset(of: Set(result.unclassified)))
        #expect(result.unclassified.count == 4)
        let json = JSONText.encode(result)
        #expect(json.contains("\"proposed\""))
        let yaml = result.yamlSkeleton()
        #expect(yaml.contains("topic: window"))
        #expect(yaml.contains("they share \"window\""))
        #expect(yaml.contains("topic: unclassified"))
    }

    @Test("accepting a merge keeps proposals pointing at clusters that still exist")
    func proposalsAfterMerge() throws {
        let lines = ["What is a window function in SQL?", "How do you rank each salary with a window function?", "What does a window frame clause bound?"]
        let result = try Self.importer().run(Data(lines.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n").utf8), path: "t")
        let ids = result.clusters.map(\.id)
        let (merged, unknown) = result.accepting([(ids[0], ids[1])])
        #expect(unknown.isEmpty)
        #expect(merged.proposed.first?.clusters.count == 2)
        #expect(Set(merged.proposed.flatMap(\.clusters)).isSubset(of: Set(merged.clusters.map(\.id))))
    }

    @Test("a topic with an area is reported under it: `topic` is the area, `bankTopic` the file the skeleton goes in")
    func areaReported() throws {
        let topics = [
            ImportTopic(id: "compiler", keywords: ["monomorphization", "llvm"], title: "Compiler"),
            ImportTopic(id: "traits", keywords: ["associated type", "blanket impl"], title: "Traits and generics", area: "compiler"),
            ImportTopic(id: "memory", keywords: ["ownership", "borrow checker"], title: "Memory"),
        ]
        let result = try Self.importer(topics).run(Data("1. When is an associated type better than a generic parameter?\n2. How does the borrow checker see two mutable borrows?\n".utf8), path: "t")
        #expect(result.entries.map(\.topic) == ["compiler", "memory"])
        #expect(result.entries.map(\.bankTopic) == ["traits", "memory"])
        #expect(result.clusters.map(\.topic) == ["compiler", "memory"])
        #expect(result.clusters.map(\.bankTopic) == ["traits", "memory"])
        #expect(result.yamlSkeleton().contains("# New questions for rubrics/traits.yaml"))
    }

    @Test("the area is chosen first, by its topics' summed support, then the topic within it")
    func areaFirst() {
        // Topics: 0 memory, 1 compiler, 2 traits (area compiler), 3 closures (area compiler).
        let own: [[Int: Double]] = [[0: 0.6, 2: 0.4, 3: 0.35]]
        var context = TopicContext()
        #expect(context.assign(own: own, items: [.question(cluster: 0)]) == [0])
        context.areaOf = [0, 1, 1, 1]
        #expect(context.assign(own: own, items: [.question(cluster: 0)]) == [2])
    }

    @Test("a heading over most of a long list is its title: it does not pull every question into its topic")
    func headingOverTheWholeList() throws {
        let topics = [
            ImportTopic(id: "systems", keywords: ["operating system", "system call", "process"], title: "Systems and OS",
                        examples: ["How does the kernel map memory into a process?"]),
            ImportTopic(id: "performance", keywords: ["faster", "branch prediction", "speed up"], title: "Performance"),
        ]
        let systems = ["What happens during a system call?", "How does a process start?", "What does a system call cost?",
                       "How does a process exit?", "What is an operating system?", "How does a process get a signal?",
                       "How does the kernel start a process?", "When does a process fork?", "How is a system call made?",
                       "What does the operating system schedule?"]
        let texts = Array(systems[0..<2]) + ["How can you make memory allocation faster?", "What is branch prediction?"] + Array(systems[2...])
        let list = ["## Operating Systems"] + texts.enumerated().map { "\($0.offset + 1). \($0.element)" }
        let found = try Self.importer(topics).run(Data(list.joined(separator: "\n").utf8), path: "t").entries.map(\.topic)
        #expect(found == ["systems", "systems", "performance", "performance"] + Array(repeating: "systems", count: 8))
    }

    @Test("a name glued from words a topic knows places a question no word of it does ('ConcurrentDictionary'); a name of unknown words does not")
    func gluedNames() throws {
        let topics = [ImportTopic(id: "concurrency", keywords: ["concurrent", "mutex"]), ImportTopic(id: "storage", keywords: ["b-tree"])]
        #expect(try Self.topics(["How do you use `ConcurrentDictionary` safely?", "How do you use `FooBarBaz`?"], topics) == ["concurrency", nil])
        #expect(TextNormalizer.splittingCamelCase("`IAsyncEnumerable<T>` and PeriodicTimer") == "`IAsync Enumerable<T>` and Periodic Timer")
    }
}
