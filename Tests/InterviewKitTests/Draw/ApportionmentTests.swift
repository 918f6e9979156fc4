import Testing
@testable import InterviewKit

@Suite("Largest-remainder apportionment (scoring.md 8.1)")
struct ApportionmentTests {
    private func apportion(_ weights: KeyValuePairs<String, Double>, _ total: Int, integral: Bool = false) -> [String: Int] {
        Apportionment.largestRemainder(weights.map { (id: $0.key, weight: $0.value) }, total: total, integral: integral)
    }

    @Test("N 6 over four equal weights gives 2, 2, 1, 1 (ties by id)")
    func equalWeights() {
        let counts = apportion(["async": 1, "concurrency": 1, "distributed": 1, "memory": 1], 6, integral: true)
        #expect(counts == ["async": 2, "concurrency": 2, "distributed": 1, "memory": 1])
    }

    @Test("N 4 over 0.375, 0.125, 0.5 gives 2, 0, 2 (tie to the larger weight)")
    func tieToLargerWeight() {
        let counts = apportion(["async": 0.375, "memory": 0.125, "concurrency": 0.5], 4)
        #expect(counts == ["async": 2, "memory": 0, "concurrency": 2])
    }

    @Test("N 5 over 0.3, 0.3, 0.2, 0.2 gives 2, 1, 1, 1")
    func floatRemainders() {
        let counts = apportion(["async": 0.3, "memory": 0.3, "concurrency": 0.2, "distributed": 0.2], 5)
        #expect(counts == ["async": 2, "memory": 1, "concurrency": 1, "distributed": 1])
    }

    @Test("N 8 over eleven topics: first six 1, architecture 1, compiler 1, others 0")
    func elevenTopics() {
        let counts = apportion([
            "async": 0.15, "memory": 0.15, "concurrency": 0.15,
            "distributed": 0.1, "performance": 0.1, "safety": 0.1,
            "compiler": 0.05, "systems": 0.05, "architecture": 0.05, "observability": 0.05, "reliability": 0.05,
        ], 8)
        #expect(counts == [
            "async": 1, "memory": 1, "concurrency": 1, "distributed": 1, "performance": 1, "safety": 1,
            "architecture": 1, "compiler": 1, "systems": 0, "observability": 0, "reliability": 0,
        ])
    }

    @Test("N 6 over senior 0.7, intermediate 0.3 gives 4, 2")
    func levels() {
        #expect(apportion(["senior": 0.7, "intermediate": 0.3], 6) == ["senior": 4, "intermediate": 2])
    }

    @Test("N 3 over 0.6, 0.4, 0 gives 2, 1, 0 (a zero weight never gets a seat)")
    func zeroWeight() {
        #expect(apportion(["async": 0.6, "memory": 0.4, "systems": 0], 3) == ["async": 2, "memory": 1, "systems": 0])
    }

    @Test("integer counts summing to N come back as is")
    func integralCounts() {
        #expect(apportion(["senior": 5, "intermediate": 1], 6, integral: true) == ["senior": 5, "intermediate": 1])
        #expect(apportion(["async": 0, "memory": 3], 3, integral: true) == ["async": 0, "memory": 3])
    }

    @Test("integer counts that do not sum to N are apportioned as weights")
    func integralScaled() {
        #expect(apportion(["async": 2, "memory": 1, "systems": 1], 8, integral: true) == ["async": 4, "memory": 2, "systems": 2])
        #expect(apportion(["async": 2, "memory": 1], 4, integral: true) == ["async": 3, "memory": 1])
    }

    @Test("weights written as decimals are apportioned even when they sum to N")
    func decimalsSummingToN() {
        #expect(apportion(["async": 1.5, "memory": 1.5], 3) == ["async": 2, "memory": 1])
    }

    @Test("no positive weight, or N 0, gives every item 0")
    func degenerate() {
        #expect(apportion(["async": 0, "memory": 0], 4) == ["async": 0, "memory": 0])
        #expect(apportion(["async": 1, "memory": 1], 0) == ["async": 0, "memory": 0])
    }

    @Test("weights near the largest Double are scaled, not overflowed")
    func hugeWeights() {
        #expect(apportion(["async": 1e308, "memory": 1e308, "systems": 0.5e308], 10) == ["async": 4, "memory": 4, "systems": 2])
    }

    @Test("counts always sum to N over many weight sets")
    func sumsToTotal() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<500 {
            let size = Int(generator.next() % 11) + 1
            let weights = (0..<size).map { (id: "t\($0)", weight: Double(generator.next() % 1000) / 100 + 0.01) }
            let total = Int(generator.next() % 40)
            let counts = Apportionment.largestRemainder(weights, total: total, integral: false)
            #expect(counts.values.reduce(0, +) == total)
            let sum = weights.reduce(0) { $0 + $1.weight }
            for item in weights {
                let quota = Double(total) * item.weight / sum
                #expect(abs(Double(counts[item.id] ?? -9) - quota) < 1)
            }
        }
    }
}
