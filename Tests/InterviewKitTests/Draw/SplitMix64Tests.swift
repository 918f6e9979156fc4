import Testing
@testable import InterviewKit

@Suite("SplitMix64 and its shuffle (scoring.md 8.3)")
struct SplitMix64Tests {
    @Test("seed 42 gives the spec's first five outputs")
    func seed42() {
        var generator = SplitMix64(seed: 42)
        let outputs = (0..<5).map { _ in generator.next() }
        #expect(outputs == [
            0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52,
            0x581C_E1FF_0E4A_E394, 0x09BC_585A_2448_23F2,
        ])
    }

    @Test("seed 0 gives Vigna's reference output")
    func seedZero() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test("seed 2^64 - 1 wraps around")
    func seedMax() {
        var generator = SplitMix64(seed: UInt64.max)
        #expect(generator.next() == 0xE4D9_7177_1B65_2C20)
    }

    @Test("[0..9] shuffled with seed 42 is 0 9 5 8 6 4 7 2 1 3")
    func shuffleVector() {
        var generator = SplitMix64(seed: 42)
        var values = Array(0...9)
        values.splitMixShuffle(using: &generator)
        #expect(values == [0, 9, 5, 8, 6, 4, 7, 2, 1, 3])
    }

    @Test("shuffling 0 or 1 element leaves the generator untouched")
    func tinyShuffle() {
        var generator = SplitMix64(seed: 42)
        var empty: [Int] = []
        var single = [7]
        empty.splitMixShuffle(using: &generator)
        single.splitMixShuffle(using: &generator)
        #expect(empty.isEmpty)
        #expect(single == [7])
        #expect(generator.next() == 0xBDD7_3226_2FEB_6E95)
    }

    @Test("a shuffle consumes one output per swap and is a permutation")
    func shuffleConsumption() {
        var generator = SplitMix64(seed: 9)
        var values = Array(0..<100)
        values.splitMixShuffle(using: &generator)
        var reference = SplitMix64(seed: 9)
        for _ in 0..<99 { _ = reference.next() }
        #expect(generator.next() == reference.next())
        #expect(values.sorted() == Array(0..<100))
        #expect(values != Array(0..<100))
    }
}
