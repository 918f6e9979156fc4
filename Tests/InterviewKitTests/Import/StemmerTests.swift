import Testing
@testable import InterviewKit

@Suite("Stemming and normalising")
struct StemmerTests {
    @Test("inflections and derivations of one word share a stem", arguments: [
        ["optimize", "optimization", "optimizations", "optimized", "optimal"],
        ["predictable", "predictability"],
        ["concurrent", "concurrency", "concurrently"],
        ["safe", "safety", "safely"],
        ["scheduler", "scheduling", "schedule", "schedulers"],
        ["deterministic", "determinism"],
        ["failure", "failures", "failing"],
        ["allocation", "allocate", "allocations"],
    ])
    func sharedStems(_ words: [String]) {
        #expect(Set(words.map(Stemmer.stem)).count == 1)
    }

    @Test("components and actions stay apart: allocator/allocation, executor/execution")
    func agentNouns() {
        #expect(Stemmer.stem("allocator") != Stemmer.stem("allocation"))
        #expect(Stemmer.stem("executor") != Stemmer.stem("execution"))
        #expect(Stemmer.stem("unsafe") != Stemmer.stem("safe"))
    }

    @Test("keys ignore case, whitespace, apostrophe style and trailing punctuation")
    func keys() {
        #expect(TextNormalizer.key("How does Rust’s  Waker work?") == TextNormalizer.key("how does rust's waker work"))
        #expect(TextNormalizer.key("  A\tB.  ") == "a b")
    }

    @Test("tokens: possessives, glued prefixes, c++, parentheses")
    func tokens() {
        let t = TextNormalizer.tokens("Rust's non-blocking I/O vs C++ (epoll)")
        #expect(t.map(\.raw) == ["rust", "nonblocking", "i", "o", "vs", "c++", "epoll"])
        #expect(t[0].possessive)
        #expect(t.last?.inParens == true)
    }
}
