import Testing
@testable import InterviewKit

@Suite("Panel aggregation (scoring.md §2)")
struct PanelAggregateTests {
    @Test("ann, bob and cal give S_q 2.983333, spread 0.95 and a disagreement on tradeoffs")
    func panelVector() {
        let panel = PanelAggregate(
            ratings: [
                .init(interviewer: "ann", values: scoringValues([3, 3, 3, 3])),
                .init(interviewer: "bob", values: scoringValues([3, 2, 2, 3])),
                .init(interviewer: "cal", values: scoringValues([4, 3, 4, 2])),
            ],
            weights: scoringRubric
        )
        #expect(panel.members.map(\.interviewer) == ["ann", "bob", "cal"])
        #expect(scoringClose(panel.members[0].score, 3.0))
        #expect(scoringClose(panel.members[1].score, 2.5))
        #expect(scoringClose(panel.members[2].score, 3.45))
        #expect(scoringClose(panel.score, 2.983333))
        #expect(scoringClose(panel.pct(on: .standard), 66.111111))
        #expect(scoringClose(panel.spread, 0.95))
        #expect(panel.criterionRanges.map(\.criterion) == ["correctness", "depth", "tradeoffs", "communication"])
        #expect(panel.criterionRanges.map(\.range) == [1, 1, 2, 1])
        #expect(panel.disagreement)
        #expect(panel.status == .scored)
    }

    @Test("one rating has spread 0; an incomplete rating is left out")
    func singleAndIncomplete() {
        let panel = PanelAggregate(
            ratings: [
                .init(interviewer: "ann", values: scoringValues([3, 2, 4, 3])),
                .init(interviewer: "bob", values: scoringValues([1, nil, 1, 1])),
            ],
            weights: scoringRubric
        )
        #expect(panel.members.map(\.interviewer) == ["ann"])
        #expect(scoringClose(panel.score, 3.0))
        #expect(panel.spread == 0)
        #expect(panel.criterionRanges.map(\.range) == [0, 0, 0, 0])
        #expect(!panel.disagreement)
    }

    @Test("without a complete rating a question is skipped (with its reason) or incomplete")
    func notScored() {
        let partial = [PanelAggregate.Rating(interviewer: "ann", values: scoringValues([3, nil, nil, nil]))]
        let skipped = PanelAggregate(ratings: partial, weights: scoringRubric, skipReason: "out of time")
        #expect(skipped.score == nil)
        #expect(skipped.spread == nil)
        #expect(skipped.status == .skipped(reason: "out of time"))
        #expect(!skipped.status.isScored)
        let incomplete = PanelAggregate(ratings: partial, weights: scoringRubric)
        #expect(incomplete.status == .incomplete)
        #expect(incomplete.criterionRanges.isEmpty)
        let scoredAnyway = PanelAggregate(
            ratings: [.init(interviewer: "ann", values: scoringValues([2, 2, 2, 2]))],
            weights: scoringRubric,
            skipReason: "ignored once scored"
        )
        #expect(scoredAnyway.status == .scored)
    }
}
