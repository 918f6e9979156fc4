import Testing
@testable import InterviewKit

@Suite("Comparing candidates (scoring.md §7)")
struct CandidateComparisonTests {
    @Test("A 6 scores vs B 5: D 0.715, ν 8.918867, [0.221420, 1.208580], A clearly ahead")
    func aAhead() {
        let c = CandidateComparison(
            a: [3.35, 2.6, 3.75, 3.15, 3.0, 3.2],
            b: [2.45, 2.9, 2.0, 2.3, 2.65],
            scale: .standard
        )
        #expect(scoringClose(c.difference, 0.715))
        #expect(scoringClose(c.standardError, 0.217888))
        #expect(scoringClose(c.degreesOfFreedom, 8.918867))
        #expect(scoringClose(c.t, 2.265298))
        #expect(scoringClose(c.lower, 0.221420))
        #expect(scoringClose(c.upper, 1.208580))
        #expect(c.verdict == .aAhead)
    }

    @Test("A 5 scores vs B 4: D 0.225, ν 6.872867, [−0.515973, 0.965973], no clear difference")
    func noClearDifference() {
        let c = CandidateComparison(
            a: [3.0, 3.45, 2.1, 3.35, 2.6],
            b: [2.85, 2.25, 3.1, 2.5],
            scale: .standard
        )
        #expect(scoringClose(c.difference, 0.225))
        #expect(scoringClose(c.standardError, 0.312183))
        #expect(scoringClose(c.degreesOfFreedom, 6.872867))
        #expect(scoringClose(c.t, 2.373520))
        #expect(scoringClose(c.lower, -0.515973))
        #expect(scoringClose(c.upper, 0.965973))
        #expect(c.verdict == .noClearDifference)
    }

    @Test("swapping sides negates the interval and gives B clearly ahead")
    func bAhead() {
        let c = CandidateComparison(
            a: [2.45, 2.9, 2.0, 2.3, 2.65],
            b: [3.35, 2.6, 3.75, 3.15, 3.0, 3.2],
            scale: .standard
        )
        #expect(scoringClose(c.lower, -1.208580))
        #expect(scoringClose(c.upper, -0.221420))
        #expect(c.verdict == .bAhead)
    }

    @Test("fewer than 2 questions on a side: not enough questions")
    func notEnough() {
        let c = CandidateComparison(a: [3.0], b: [2.0, 2.5], scale: .standard)
        #expect(c.verdict == .notEnoughQuestions)
        #expect(c.verdict.rawValue == "not enough questions")
        #expect(scoringClose(c.difference, 0.75))
        #expect(c.lower == nil && c.upper == nil && c.standardError == nil)
        #expect(CandidateComparison(a: [], b: [2.0, 2.5], scale: .standard).difference == nil)
    }

    @Test("SE = 0 gives the interval [D, D]")
    func zeroSE() {
        let ahead = CandidateComparison(a: [3.0, 3.0], b: [2.5, 2.5, 2.5], scale: .standard)
        #expect(ahead.standardError == 0)
        #expect(ahead.degreesOfFreedom == nil)
        #expect(scoringClose(ahead.lower, 0.5, 1e-12))
        #expect(scoringClose(ahead.upper, 0.5, 1e-12))
        #expect(ahead.verdict == .aAhead)
        let tie = CandidateComparison(a: [3.0, 3.0], b: [3.0, 3.0], scale: .standard)
        #expect(tie.verdict == .noClearDifference)
    }

    @Test("rank for --all: mean descending, ties by id, unscored last")
    func ranked() {
        let order = CandidateComparison.ranked([
            (id: "c-cy", mean: 2.5), (id: "c-bo", mean: 3.1), (id: "c-ada", mean: 2.5),
            (id: "c-zz", mean: nil), (id: "c-di", mean: nil), (id: "c-ed", mean: 3.4),
        ])
        #expect(order == ["c-ed", "c-bo", "c-ada", "c-cy", "c-di", "c-zz"])
    }
}
