import Testing
@testable import InterviewKit

@Suite("Blind labels (scoring.md §7, SplitMix64 of 8.3)")
struct BlindLabelsTests {
    @Test("seed 7 labels c-ed A, c-bo B, c-di C, c-ada D, c-cy E")
    func seed7() {
        let blind = BlindLabels(ids: ["c-cy", "c-ada", "c-ed", "c-bo", "c-di"], seed: 7)
        #expect(blind.entries.map(\.letters) == ["A", "B", "C", "D", "E"])
        #expect(blind.entries.map(\.id) == ["c-ed", "c-bo", "c-di", "c-ada", "c-cy"])
        #expect(blind.label(for: "c-ada") == "Candidate D")
        #expect(blind.label(for: "c-ed") == "Candidate A")
        #expect(blind.label(for: "nobody") == nil)
        #expect(blind.seed == 7)
    }

    @Test("input order and duplicates do not change the labels")
    func inputOrder() {
        let a = BlindLabels(ids: ["c-ada", "c-bo", "c-cy", "c-di", "c-ed"], seed: 7)
        let b = BlindLabels(ids: ["c-ed", "c-di", "c-ada", "c-cy", "c-bo", "c-ada"], seed: 7)
        #expect(a == b)
    }

    @Test("letters run A…Z, AA…AZ, BA…ZZ, then AAA", arguments: [
        (0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"),
        (701, "ZZ"), (702, "AAA"), (703, "AAB"),
    ])
    func letters(index: Int, letters: String) {
        #expect(BlindLabels.letters(at: index) == letters)
    }

    @Test("SplitMix64 reproduces the reference outputs and shuffle of 8.3")
    func splitMix() {
        var rng = SplitMix64(seed: 42)
        let outputs = (0..<5).map { _ in rng.next() }
        #expect(outputs == [
            0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52,
            0x581C_E1FF_0E4A_E394, 0x09BC_585A_2448_23F2,
        ])
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        var max = SplitMix64(seed: UInt64.max)
        #expect(max.next() == 0xE4D9_7177_1B65_2C20)
        var digits = Array(0...9)
        var shuffler = SplitMix64(seed: 42)
        digits.splitMixShuffle(using: &shuffler)
        #expect(digits == [0, 9, 5, 8, 6, 4, 7, 2, 1, 3])
    }
}
