import Testing
@testable import InterviewKit

@Suite("Krippendorff's alpha (scoring.md §4, vector A1)")
struct KrippendorffAlphaTests {
    static let ann: [Int?] = [3, 2, 4, 1, 3, 2, nil, 3, 4, 1]
    static let bob: [Int?] = [3, 3, 4, 2, nil, 2, 4, 2, nil, 1]
    static let cal: [Int?] = [3, nil, 3, 1, 3, 3, 4, 2, nil, 2]

    @Test("coincidences, marginals and pairable units of A1")
    func coincidences() {
        let alpha = KrippendorffAlpha(raters: [Self.ann, Self.bob, Self.cal], metric: .ordinal)
        #expect(alpha.pairableUnits == 9)
        #expect(alpha.values == [1, 2, 3, 4])
        #expect(alpha.coincidences == [[2, 2, 0, 0], [2, 2, 3, 0], [0, 3, 5, 1], [0, 0, 1, 3]])
        #expect(alpha.marginals == [4, 7, 9, 4])
        #expect(alpha.pairableValues == 24)
    }

    @Test("ordinal α 0.731494 (tentative) from D_o 24.5625 and D_e 91.478261")
    func ordinal() {
        let alpha = KrippendorffAlpha(raters: [Self.ann, Self.bob, Self.cal], metric: .ordinal)
        #expect(scoringClose(alpha.observedDisagreement, 24.5625))
        #expect(scoringClose(alpha.expectedDisagreement, 91.478261))
        #expect(scoringClose(alpha.alpha, 0.731494))
        #expect(alpha.band == .tentative)
    }

    @Test("interval α 0.738140 from D_o 0.5 and D_e 1.909420")
    func interval() {
        let alpha = KrippendorffAlpha(raters: [Self.ann, Self.bob, Self.cal], metric: .interval)
        #expect(scoringClose(alpha.observedDisagreement, 0.5))
        #expect(scoringClose(alpha.expectedDisagreement, 1.909420))
        #expect(scoringClose(alpha.alpha, 0.738140))
    }

    @Test("pairs over their 7 shared units, ordinal and interval", arguments: [
        ("ann-bob", 0.750170, 0.789189, AgreementBand.tentative),
        ("ann-cal", 0.643771, 0.675000, AgreementBand.poor),
        ("bob-cal", 0.747959, 0.723404, AgreementBand.tentative),
    ])
    func pairs(pair: String, ordinal: Double, interval: Double, band: AgreementBand) {
        let rows = ["ann": Self.ann, "bob": Self.bob, "cal": Self.cal]
        let names = pair.split(separator: "-").map(String.init)
        let two = names.compactMap { rows[$0] }
        let o = KrippendorffAlpha(raters: two, metric: .ordinal)
        let i = KrippendorffAlpha(raters: two, metric: .interval)
        #expect(o.pairableUnits == 7)
        #expect(scoringClose(o.alpha, ordinal))
        #expect(scoringClose(i.alpha, interval))
        #expect(o.band == band)
    }

    @Test("units given unit by unit equal rater rows")
    func unitsLayout() {
        let units: [[Int?]] = (0..<10).map { [Self.ann[$0], Self.bob[$0], Self.cal[$0]] }
        let alpha = KrippendorffAlpha(units: units, metric: .ordinal)
        #expect(scoringClose(alpha.alpha, 0.731494))
    }

    @Test("all values equal: D_e = 0, α undefined (n/a)")
    func allEqual() {
        let alpha = KrippendorffAlpha(raters: [[3, 3, 3, 3, 3, 3], [3, 3, 3, nil, 3, 3]], metric: .ordinal)
        #expect(alpha.pairableUnits == 5)
        #expect(alpha.alpha == nil)
        #expect(alpha.band == .undefined)
        #expect(alpha.band.rawValue == "n/a")
        #expect(KrippendorffAlpha(raters: [[3, 3], [3, 3]], metric: .interval).alpha == nil)
    }

    @Test("no pairable unit: α undefined; fewer than 5 units: too few units for a band")
    func fewUnits() {
        let none = KrippendorffAlpha(raters: [[1, nil, 3], [nil, 2, nil]], metric: .ordinal)
        #expect(none.pairableUnits == 0)
        #expect(none.alpha == nil)
        #expect(none.observedDisagreement == nil)
        let four = KrippendorffAlpha(raters: [[1, 2, 3, 4], [1, 2, 3, 4]], metric: .ordinal)
        #expect(four.pairableUnits == 4)
        #expect(scoringClose(four.alpha, 1, 1e-12))
        #expect(four.band == .tooFewUnits)
        #expect(four.band.rawValue == "too few units")
    }

    @Test("band thresholds: ≥ 0.800 good, ≥ 0.667 tentative, else poor")
    func bands() {
        #expect(AgreementBand(alpha: 0.8, pairableUnits: 5) == .good)
        #expect(AgreementBand(alpha: 0.7999, pairableUnits: 5) == .tentative)
        #expect(AgreementBand(alpha: 0.667, pairableUnits: 9) == .tentative)
        #expect(AgreementBand(alpha: 0.6669, pairableUnits: 9) == .poor)
        #expect(AgreementBand(alpha: -0.2, pairableUnits: 9) == .poor)
        #expect(AgreementBand(alpha: 0.95, pairableUnits: 4) == .tooFewUnits)
    }
}
