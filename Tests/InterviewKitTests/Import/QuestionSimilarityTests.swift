import Foundation
import Testing
@testable import InterviewKit

@Suite("Question similarity")
struct QuestionSimilarityTests {
    let similarity: QuestionSimilarity

    init() throws {
        similarity = QuestionSimilarity(lexicon: try ImportTestSupport.lexicon())
    }

    @Test("context words never split a question", arguments: [
        ("How does Rust implement backpressure in streaming architectures?",
         "How does Rust implement backpressure in streaming systems?"),
        ("How does Rust ensure predictable latency under load?",
         "How does Rust ensure predictable latency under heavy load?"),
        ("How does Rust achieve zero-cost abstractions using LLVM?",
         "How does Rust achieve zero-cost abstractions via LLVM?"),
        ("How does Rust enforce thread safety using Send and Sync traits?",
         "How does Rust enforce thread safety using Send and Sync traits at compile time?"),
        ("How does Rust interact with CPU cache coherence (MESI protocol)?",
         "How does Rust interact with CPU cache coherence protocols (MESI)?"),
        ("How does Rust handle panic safety?", "How does Rust handle panic safety in production?"),
        ("How do you detect goroutine leaks in production?", "How would you find goroutine leaks?"),
    ])
    func contextDoesNotSplit(_ pair: (String, String)) {
        #expect(similarity.isSameQuestion(pair.0, pair.1), "\(similarity.similarity(pair.0, pair.1))")
    }

    @Test("concept aliases join rewordings that share few words")
    func conceptAliases() {
        let a = "How does Rust enforce thread safety using Send and Sync traits?"
        let b = "How does Rust prevent data races without a garbage collector?"
        #expect(similarity.isSameQuestion(a, b), "\(similarity.similarity(a, b))")
        #expect(similarity.isSameQuestion("How does Rust achieve deterministic destructors?",
                                          "How does Rust handle RAII-based resource cleanup?"))
    }

    @Test("a different subject, a comparison, a narrower sub-question or another intent splits", arguments: [
        ("How does Rust ensure safe concurrency with Arc and Mutex?", "What is the difference between Arc and Rc?"),
        ("What is the cost model of async Rust?", "What is the cost model of async Rust compared to Go goroutines?"),
        ("How do you identify lock contention?", "How do you reduce lock contention?"),
        ("How does Rust optimize hot path execution?", "How does Rust handle hot path memory allocation avoidance?"),
        ("What is zero-cost abstraction in Rust?", "How does Rust achieve zero-cost abstractions?"),
        ("How does Rust optimize cache locality?", "How does Rust interact with CPU cache coherence?"),
        ("How does Rust model memory safety without garbage collection?",
         "How does Rust prevent data races without a garbage collector?"),
        ("How would you design an async runtime?", "How does the Tokio runtime work internally?"),
    ])
    func splits(_ pair: (String, String)) {
        #expect(!similarity.isSameQuestion(pair.0, pair.1), "\(similarity.similarity(pair.0, pair.1))")
    }

    @Test("identical texts (case, apostrophes, punctuation aside) score 1; unrelated ones 0")
    func extremes() {
        #expect(similarity.similarity("How does Rust’s Waker work?", "how does rust's waker work") == 1)
        #expect(similarity.similarity("What is Pin?", "How do you shard a database?") == 0)
    }

    @Test("similarPairs finds near duplicates in a bank, most similar first")
    func similarPairs() {
        let texts = ["How does Rust implement backpressure in streaming systems?",
                     "What is interior mutability?",
                     "How does Rust implement backpressure in streaming architectures?",
                     "What is interior mutability?"]
        let pairs = similarity.similarPairs(texts)
        #expect(pairs.map { [$0.a, $0.b] } == [[0, 2], [1, 3]])
        #expect(pairs[0].similarity == 1)
    }

    @Test("the importer's indexed scoring equals the text-based measure on every pair of the seed")
    func indexedMatchesTextModel() throws {
        guard let seed = ImportTestSupport.seedList else { return }
        let texts = ListParser().parse(String(decoding: try Data(contentsOf: seed), as: UTF8.self)).map(\.text)
        let analyzer = QuestionAnalyzer(lexicon: CompiledLexicon(try ImportTestSupport.lexicon()), ubiquitous: ["rust"])
        let profiles = texts.map(analyzer.profile)
        let model = SimilarityModel(corpus: profiles)
        let indexed = IndexedProfiles(profiles, model: model)
        var mismatches = 0, compared = 0
        for i in profiles.indices {
            for j in profiles.indices where j > i {
                compared += 1
                if abs(model.similarity(profiles[i], profiles[j]) - indexed.similarity(i, j)) > 1e-9 { mismatches += 1 }
            }
        }
        #expect(compared == texts.count * (texts.count - 1) / 2)
        #expect(mismatches == 0)
    }

    @Test("intents: mechanism, definition, comparison, design, reason", arguments: [
        ("How does Rust handle FFI?", QuestionIntent.how),
        ("What is Rust's approach to backpressure?", .how),
        ("What is the role of Waker in async Rust?", .how),
        ("What happens internally when a Future is polled?", .how),
        ("What is zero-cost abstraction?", .define),
        ("What are memory leaks in Rust and how do they still occur?", .define),
        ("What is the difference between Arc and Rc?", .compare),
        ("How does async scheduling differ from OS threads?", .compare),
        ("How would you design a rate limiter?", .design),
        ("Why is Pin needed?", .why),
        ("When should unsafe be used?", .when),
    ])
    func intents(_ case_: (String, QuestionIntent)) {
        #expect(QuestionIntent.detect(TextNormalizer.tokens(case_.0)) == case_.1)
    }
}
