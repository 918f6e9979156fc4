import Foundation
import Testing

@testable import InterviewKit

/// Independent scoring, the client's rule: on both engines, a panel member sees only their own
/// marks until they have recommended.
@Suite("Independent scoring")
struct PanelVisibilityTests {
    @Test(arguments: Engine.all)
    func othersMarksStayHiddenUntilTheViewerRecommends(_ engine: Engine) throws {
        try engine.withStore { store in
            let id = try store.createSession(SessionFixture.newSession(interviewer: "ann"))
            let at = SessionFixture.start
            try store.record([.score(["correctness": 4]), .note("ann's note")], session: id, question: "async/a", interviewer: "ann", at: at)
            try store.record([.score(["correctness": 1]), .note("bob's note")], session: id, question: "async/a", interviewer: "bob", at: at)
            try store.record(.note("bob overall"), session: id, question: nil, interviewer: "bob", at: at)
            try store.recommend(session: id, interviewer: "ann", recommendation: .yes, summary: "ann thinks yes", finish: false, at: at)

            let full = try store.session(id)
            let bobSees = PanelVisibility.record(full, seenBy: "bob")
            #expect(bobSees.questions[0].marks.keys.sorted() == ["bob"])
            #expect(bobSees.notes.map(\.text) == ["bob overall"])
            #expect(bobSees.recommendations.isEmpty)
            #expect(PanelVisibility.record(full, seenBy: "ann") == full)

            try store.recommend(session: id, interviewer: "bob", recommendation: .no, summary: nil, finish: false, at: at)
            #expect(PanelVisibility.record(try store.session(id), seenBy: "bob") == (try store.session(id)))
            #expect(try store.sessionsRecommended(by: "bob") == [id])
            #expect(try store.sessionsRecommended(by: "carol") == [])
        }
    }

    @Test func ratingsOfOthersCountOnlyWhereTheViewerRecommended() {
        func rating(_ session: Int64, _ interviewer: String) -> RatingRow {
            RatingRow(
                session: session, candidate: "Ada", blueprint: "b", questionID: "q", topic: "t", interviewer: interviewer, score: 3,
                finished: true, startedAt: Date())
        }
        let rows = [rating(1, "ann"), rating(1, "bob"), rating(2, "ann"), rating(2, "bob")]
        let seen = PanelVisibility.ratings(rows, seenBy: "bob", recommended: [2])
        #expect(seen.map { "\($0.session)\($0.interviewer)" } == ["1bob", "2ann", "2bob"])
    }
}
