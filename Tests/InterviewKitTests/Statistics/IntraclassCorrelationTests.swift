import Testing
@testable import InterviewKit

@Suite("ICC(2,1) (scoring.md §4, vector I1)")
struct IntraclassCorrelationTests {
    static let scores: [[Double?]] = [
        [3.0, 2.5, 3.45], [2.1, 2.35, 2.6], [3.65, 3.35, 4.0],
        [1.75, 1.5, 2.25], [2.6, 2.85, 3.0], [3.35, 3.0, 3.75],
    ]

    @Test("three raters: MS_R 1.341139, MS_C 0.550556, MS_E 0.034222, ICC 0.783641")
    func threeRaters() {
        let icc = IntraclassCorrelation(scores: Self.scores)
        #expect(icc.targets == 6)
        #expect(icc.raters == 3)
        #expect(scoringClose(icc.msRows, 1.341139))
        #expect(scoringClose(icc.msColumns, 0.550556))
        #expect(scoringClose(icc.msError, 0.034222))
        #expect(scoringClose(icc.icc, 0.783641))
    }

    @Test("ann and bob only: ICC 0.886463")
    func annBob() {
        let icc = IntraclassCorrelation(scores: Self.scores.map { Array($0.prefix(2)) })
        #expect(scoringClose(icc.icc, 0.886463))
    }

    @Test("targets missing a rater are left out")
    func incompleteTargets() {
        let icc = IntraclassCorrelation(scores: Self.scores + [[2.0, nil, 3.0]])
        #expect(icc.targets == 6)
        #expect(scoringClose(icc.icc, 0.783641))
    }

    @Test("fewer than 2 targets or raters, or a zero denominator: undefined")
    func undefined() {
        #expect(IntraclassCorrelation(scores: [[3.0, 2.5, 3.45]]).icc == nil)
        #expect(IntraclassCorrelation(scores: [[3.0], [2.0]]).icc == nil)
        #expect(IntraclassCorrelation(scores: [[3.0, 3.0], [3.0, 3.0]]).icc == nil)
    }
}
