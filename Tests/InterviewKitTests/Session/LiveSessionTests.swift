import Foundation
import Testing

@testable import InterviewKit

@Suite("Live session")
struct LiveSessionTests {
    let clock = TestClock(SessionFixture.start)

    func makeLive() throws -> (SQLiteStore, LiveSession) {
        let store = try SQLiteStore.inMemory()
        let id = try store.createSession(SessionFixture.newSession())
        return (store, try LiveSession(store: store, session: id, interviewer: "alice", now: clock.now))
    }

    @Test("the screen shows header, question, points, red flags, follow-ups and how to score; ? the anchors and other wordings")
    func screen() throws {
        var (_, live) = try makeLive()
        clock.advance(65)
        let lines = live.show()
        #expect(lines.contains("Question 1/3 · async/a · senior · 8 min · 1:05 · total 1:05/30:00"))
        #expect(lines.contains("Text of async/a?"))
        #expect(lines.contains("  [ ] 2. p2"))
        #expect(lines.contains("  [ ] 1. rf1"))
        #expect(lines.contains("  [ ] 2. F2?"))
        #expect(lines.contains("Score: s N N N N = correctness depth tradeoffs communication (1-4) · ? guide, anchors"))
        #expect(!lines.contains { $0.contains("Other wording of async/a?") })
        #expect(live.prompt == "[1/3] > ")
        let guide = live.handle("?")
        #expect(guide.error == nil)
        #expect(guide.lines.contains("  correctness ×0.35  [–]"))
        #expect(guide.lines.contains("    3 accurate"))
        #expect(guide.lines.contains("  - Other wording of async/a?"))
        #expect(!(lines + guide.lines).contains { $0.contains("How does Rust handle") }, "a wording the question was only seen as is never offered")
        #expect(live.handle("c").lines == ["this question has no code"])
    }

    @Test("every accepted command is in the store before the next prompt")
    func commits() throws {
        var (store, live) = try makeLive()
        for line in ["t 1 3", "f 2", "f asked about io_uring", "r 2", "s 3 2 4 3", "note strong", "depth=4"] {
            let outcome = live.handle(line)
            #expect(outcome.error == nil, "\(line): \(outcome.error ?? "")")
        }
        let marks = try #require(try store.session(live.record.id).question("async/a")).marks(of: "alice")
        #expect(marks.covered == [0, 2])
        #expect(marks.followUps.map(\.text) == ["F2?", "asked about io_uring"])
        #expect(marks.redFlags == [1])
        #expect(marks.scores == ["correctness": 3, "depth": 4, "tradeoffs": 4, "communication": 3])
        #expect(marks.notes.map(\.text) == ["strong"])
    }

    @Test("bad input gets one line and changes nothing", arguments: [
        ("t 9", "no point 9 (this question has points 1-3)"),
        ("r 3", "no red flag 3 (this question has red flags 1-2)"),
        ("f 7", "no follow-up 7 (this question has follow-ups 1-2)"),
        ("s 3 2 5 3", "score 5 for tradeoffs is outside the scale 1-4"),
        ("s 3 2 4 3 1", "5 scores for 4 criteria (correctness depth tradeoffs communication)"),
        ("style=3", "unknown criterion 'style' (allowed: correctness, depth, tradeoffs, communication)"),
        ("n", "score every criterion first (missing: correctness, depth, tradeoffs, communication) or skip <reason>"),
        ("b", "already at the first question"),
        ("g 9", "no question 9 (this session has 1-3; 4 is the wrap-up)"),
        ("finish", "finish comes after the last question"),
        ("bogus", "unknown command 'bogus'; type h for help"),
    ])
    func refuses(line: String, message: String) throws {
        var (store, live) = try makeLive()
        let before = try store.session(live.record.id)
        let outcome = live.handle(line)
        #expect(outcome.error == message)
        #expect(try store.session(live.record.id) == before)
    }

    @Test("moving on needs scores or a skip; time is kept per question; the wrap-up finishes")
    func wholeSession() throws {
        var (store, live) = try makeLive()
        clock.advance(120)
        #expect(live.handle("s 3 3 3 3").error == nil)
        #expect(live.handle("n").error == nil)
        clock.advance(30)
        #expect(live.handle("skip ran out of time").error == nil)
        #expect(live.handle("n").error == nil)
        #expect(live.handle("4 4 4 4").error == nil)
        clock.advance(10)
        #expect(live.handle("n").error == nil)
        #expect(live.prompt == "[wrap-up] > ")
        #expect(live.handle("summary early").error == "give your recommendation first: rec strong-no | no | yes | strong-yes")
        #expect(live.handle("rec yes").error == nil)
        #expect(live.handle("summary good async depth").error == nil)
        let outcome = live.handle("finish")
        #expect(outcome.ended == .finished)
        let record = try store.session(live.record.id)
        #expect(record.status == .finished)
        #expect(record.questions.map(\.secondsSpent) == [120, 30, 10])
        #expect(record.recommendations.first?.summary == "good async depth")
        #expect(record.recommendations.first?.recommendation == .yes)
    }

    @Test("g N+1 jumps to the wrap-up, where a recommendation can be given before the questions are scored")
    func jumpToWrapUp() throws {
        var (_, live) = try makeLive()
        #expect(live.handle("rec yes").error == "recommendations come at the end; n moves on, g 4 jumps there")
        #expect(live.handle("g 4").error == nil)
        #expect(live.prompt == "[wrap-up] > ")
        #expect(live.handle("rec yes").error == nil)
        #expect(live.handle("b").error == nil)
        #expect(live.prompt == "[3/3] > ")
    }

    @Test("pause keeps the position and time; resume continues on the same question with its marks")
    func pauseAndResume() throws {
        var (store, live) = try makeLive()
        #expect(live.handle("s 3 3 3 3").error == nil)
        #expect(live.handle("n").error == nil)
        #expect(live.handle("t 2").error == nil)
        clock.advance(42)
        #expect(try live.pause().ended == .paused)
        let resumed = try LiveSession(store: store, session: live.record.id, interviewer: "alice", now: clock.now)
        #expect(resumed.prompt == "[2/3] > ")
        #expect(resumed.show().contains("  [x] 2. p2"))
        #expect(resumed.record.questions[1].secondsSpent == 42)
    }
}
