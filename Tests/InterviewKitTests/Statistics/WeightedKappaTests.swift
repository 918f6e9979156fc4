import Testing
@testable import InterviewKit

@Suite("Quadratic weighted kappa (scoring.md §4, vectors K1 and K2)")
struct WeightedKappaTests {
    @Test("K1: κ 0.71875 over 12 units")
    func k1() {
        let kappa = WeightedKappa(
            a: [3, 2, 4, 1, 3, 2, 3, 4, 2, 3, 1, 4],
            b: [3, 3, 4, 2, 3, 2, 2, 4, 1, 3, 2, 3],
            scale: .standard
        )
        #expect(kappa.units == 12)
        #expect(scoringClose(kappa.kappa, 0.71875))
    }

    @Test("K2: the unused level 2 still counts, κ 0.671233 (not 0.647059)")
    func k2() {
        let kappa = WeightedKappa(a: [1, 3, 4, 4, 3, 1, 3, 4], b: [1, 3, 3, 4, 4, 3, 3, 4], scale: .standard)
        #expect(scoringClose(kappa.kappa, 0.671233))
        #expect(!scoringClose(kappa.kappa, 0.647059))
    }

    @Test("only units rated by both count")
    func sharedUnits() {
        let kappa = WeightedKappa(
            a: [3, 2, 4, 1, 3, 2, 3, 4, 2, 3, 1, 4, nil, 1],
            b: [3, 3, 4, 2, 3, 2, 2, 4, 1, 3, 2, 3, 4, nil],
            scale: .standard
        )
        #expect(kappa.units == 12)
        #expect(scoringClose(kappa.kappa, 0.71875))
    }

    @Test("no shared unit, or both raters always on one level: undefined")
    func undefined() {
        #expect(WeightedKappa(a: [3, nil], b: [nil, 2], scale: .standard).kappa == nil)
        #expect(WeightedKappa(a: [3, 3, 3], b: [3, 3, 3], scale: .standard).kappa == nil)
    }
}
