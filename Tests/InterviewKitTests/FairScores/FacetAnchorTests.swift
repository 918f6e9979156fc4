import Foundation
import Testing
@testable import InterviewKit

/// A candidate estimated alone against the fit's other facets (``FacetAnchor``) is the fit's
/// own candidate: at the optimum each θ solves its own equation with the rest fixed.
@Suite struct FacetAnchorTests {
    static func rows(_ ratings: FacetRatings) -> [String: [FacetRating]] {
        Dictionary(grouping: (0..<ratings.count).map { i in
            FacetRating(
                candidate: ratings.candidates[Int(ratings.candidate[i])], question: ratings.questions[Int(ratings.question[i])],
                interviewer: ratings.interviewers[Int(ratings.interviewer[i])], criterion: ratings.criteria[Int(ratings.criterion[i])],
                score: Int(ratings.score[i]))
        }, by: \.candidate)
    }

    @Test("alone against the anchor, every candidate gets the fit's ability, SE, fair score and what moved it",
          arguments: ["spec9", "many200", "extreme", "disconnected", "narrow"])
    func matchesTheFit(name: String) throws {
        let (ratings, _) = try FacetReferenceVectorTests.load(name)
        let byCandidate = Self.rows(ratings)
        let fit = try FacetFitter().fit(ratings)
        let anchor = FacetAnchor(fit)
        for measure in fit.candidates {
            let full = try #require(CandidateFairScore(fit, candidate: measure.id))
            let alone = try #require(anchor.estimate(candidate: measure.id, rows: byCandidate[measure.id] ?? []))
            for (got, want, label) in [
                (alone.ability, full.ability, "θ"), (alone.standardError, full.standardError, "SE"), (alone.fair.value, full.fair.value, "fair"),
                (alone.fair.lower, full.fair.lower, "lower"), (alone.fair.upper, full.fair.upper, "upper"),
                (alone.questionEffect, full.questionEffect, "question effect"), (alone.interviewerEffect, full.interviewerEffect, "interviewer effect"),
            ] {
                #expect(abs(got - want) <= 1e-5, "\(name) \(measure.id) \(label): \(got) vs \(want)")
            }
            #expect(alone.extreme == full.extreme, "\(name) \(measure.id)")
            #expect(alone.disconnected == full.disconnected, "\(name) \(measure.id)")
        }
    }

    @Test("a new candidate's new question counts at the prior mean; a score the thresholds do not span, or an unknown criterion, needs a new fit")
    func newElementsAndRefusals() throws {
        let (ratings, _) = try FacetReferenceVectorTests.load("spec9")
        let fit = try FacetFitter().fit(ratings)
        let anchor = FacetAnchor(fit)
        let rows = [
            FacetRating(candidate: "new", question: "q-new", interviewer: "ann", criterion: "correctness", score: 3),
            FacetRating(candidate: "new", question: "q-new", interviewer: "ann", criterion: "depth", score: 4),
        ]
        let estimate = try #require(anchor.estimate(candidate: "new", rows: rows))
        let ann = try #require(fit.interviewers.first { $0.id == "ann" }).measure
        #expect(abs(estimate.interviewerEffect - (anchor.fairScore(ability: estimate.ability) - anchor.fairScore(ability: estimate.ability - ann))) < 1e-12)
        #expect(estimate.questionEffect == 0)
        #expect(!estimate.disconnected)
        let stranger = [FacetRating(candidate: "x", question: "q-new", interviewer: "zed", criterion: "depth", score: 2)]
        #expect(anchor.estimate(candidate: "x", rows: stranger)?.disconnected == true)
        #expect(anchor.estimate(candidate: "new", rows: [FacetRating(candidate: "new", question: "q1", interviewer: "ann", criterion: "depth", score: 9)]) == nil)
        #expect(anchor.estimate(candidate: "new", rows: [FacetRating(candidate: "new", question: "q1", interviewer: "ann", criterion: "style", score: 2)]) == nil)
        #expect(anchor.estimate(candidate: "new", rows: []) == nil)
    }
}
