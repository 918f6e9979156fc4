import Testing
@testable import InterviewKit

@Suite("Overall and topic score with interval (scoring.md §3)")
struct ScoreSummaryTests {
    @Test("five scores: mean 2.9, s 0.557898, interval [2.207278, 3.592722]")
    func fiveScores() {
        let s = ScoreSummary(scores: [3.0, 3.45, 2.1, 3.35, 2.6], scale: .standard)
        #expect(s.n == 5)
        #expect(s.status == .interval)
        #expect(scoringClose(s.mean, 2.9))
        #expect(scoringClose(s.sd, 0.557898))
        #expect(scoringClose(s.lower, 2.207278))
        #expect(scoringClose(s.upper, 3.592722))
        #expect(scoringClose(s.rawLower, 2.207278))
        #expect(scoringClose(s.rawUpper, 3.592722))
        #expect(scoringClose(s.meanPct, 63.3333))
        #expect(scoringClose(s.lowerPct, 40.2426))
        #expect(scoringClose(s.upperPct, 86.4241))
    }

    @Test("two scores: a raw interval far outside the scale is shown clamped to [1, 4]")
    func twoScoresClamped() {
        let s = ScoreSummary(scores: [3.45, 2.1], scale: .standard)
        #expect(scoringClose(s.mean, 2.775))
        #expect(scoringClose(s.sd, 0.954594))
        #expect(scoringClose(s.rawLower, -5.801688))
        #expect(scoringClose(s.rawUpper, 11.351688))
        #expect(s.lower == 1)
        #expect(s.upper == 4)
        #expect(scoringClose(s.meanPct, 59.1667))
        #expect(s.lowerPct == 0)
        #expect(s.upperPct == 100)
    }

    @Test("three high scores: upper bound clamped to 4, raw 4.297834")
    func upperClamped() {
        let s = ScoreSummary(scores: [3.9, 3.65, 4.0], scale: .standard)
        #expect(scoringClose(s.mean, 3.85))
        #expect(scoringClose(s.sd, 0.180278))
        #expect(scoringClose(s.lower, 3.402166))
        #expect(s.upper == 4)
        #expect(scoringClose(s.rawUpper, 4.297834))
        #expect(scoringClose(s.meanPct, 95))
        #expect(scoringClose(s.lowerPct, 80.0722))
        #expect(s.upperPct == 100)
    }

    @Test("n = 1 has a mean but no interval")
    func single() {
        let s = ScoreSummary(scores: [3.0], scale: .standard)
        #expect(s.status == .noInterval)
        #expect(s.status.rawValue == "n=1, no interval")
        #expect(scoringClose(s.mean, 3.0))
        #expect(scoringClose(s.meanPct, 66.6667))
        #expect(s.sd == nil)
        #expect(s.lower == nil && s.upper == nil && s.rawLower == nil && s.rawUpper == nil)
        #expect(s.lowerPct == nil && s.upperPct == nil)
    }

    @Test("equal scores give s = 0 and a zero-width interval")
    func zeroWidth() {
        let s = ScoreSummary(scores: [3.0, 3.0, 3.0], scale: .standard)
        #expect(s.sd == 0)
        #expect(s.lower == 3 && s.upper == 3)
        let tenths = ScoreSummary(scores: [2.1, 2.1, 2.1, 2.1], scale: .standard)
        #expect(tenths.sd == 0)
        #expect(tenths.lower == tenths.upper)
    }

    @Test("n = 0 is not assessed")
    func empty() {
        let s = ScoreSummary(scores: [], scale: .standard)
        #expect(s.status == .notAssessed)
        #expect(s.status.rawValue == "not assessed")
        #expect(s.mean == nil && s.meanPct == nil && s.sd == nil && s.lower == nil)
    }
}
