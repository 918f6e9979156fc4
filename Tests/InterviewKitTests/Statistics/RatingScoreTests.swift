import Testing
@testable import InterviewKit

@Suite("Rating score (scoring.md §1)")
struct RatingScoreTests {
    @Test("complete ratings score Σ w v / Σ w and map to pct", arguments: [
        ([3, 2, 4, 3], 3.0, 66.6667),
        ([4, 4, 3, 2], 3.45, 81.6667),
        ([2, 1, 2, 3], 1.9, 30.0),
        ([1, 1, 1, 1], 1.0, 0.0),
        ([4, 4, 4, 4], 4.0, 100.0),
    ])
    func completeVectors(scores: [Int], score: Double, pct: Double) {
        let rating = RatingScore(values: scoringValues(scores), weights: scoringRubric)
        #expect(rating.isComplete)
        #expect(rating.missing.isEmpty)
        #expect(scoringClose(rating.value, score))
        #expect(scoringClose(rating.value.map(ScoreScale.standard.pct), pct))
    }

    @Test("a rating with an unscored criterion is incomplete and names what is missing")
    func incomplete() {
        let rating = RatingScore(values: scoringValues([3, nil, 4, 3]), weights: scoringRubric)
        #expect(rating.value == nil)
        #expect(!rating.isComplete)
        #expect(rating.missing == ["depth"])
        #expect(RatingScore.value(of: scoringValues([3, nil, 4, 3]), weights: scoringRubric) == nil)
    }

    @Test("weights that do not sum to 1 are normalised by Σ w")
    func unnormalisedWeights() {
        let weights = [CriterionWeight(criterion: "a", weight: 3), CriterionWeight(criterion: "b", weight: 1)]
        #expect(scoringClose(RatingScore.value(of: ["a": 4, "b": 2], weights: weights), 3.5, 1e-12))
    }

    @Test("the scale clamps and maps the ends to 0 and 100")
    func scale() {
        let scale = ScoreScale(lo: 1, hi: 4)
        #expect(scale.clamp(4.0397) == 4)
        #expect(scale.clamp(0.5) == 1)
        #expect(scale.clamp(2.5) == 2.5)
        #expect(scale.pct(1) == 0)
        #expect(scale.pct(4) == 100)
        #expect(scale.levels == [1, 2, 3, 4])
        #expect(scale.contains(4) && !scale.contains(5))
    }
}
