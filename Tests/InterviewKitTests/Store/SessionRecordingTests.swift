import Foundation
import Testing

@testable import InterviewKit

@Suite("Recording a session in the store")
struct SessionRecordingTests {
    let at = SessionFixture.start + 30

    /// Runs `body` on a fresh store of `engine` holding one new session.
    func withSession(_ engine: Engine, _ body: (any InterviewDatabase, Int64) throws -> Void) throws {
        try engine.withStore { store in try body(store, try store.createSession(SessionFixture.newSession())) }
    }

    @Test("scores, ticks, follow-ups, flags, notes and skips read back per interviewer", arguments: Engine.all)
    func roundTrip(engine: Engine) throws {
        try withSession(engine) { store, id in
            try store.record(.score(["correctness": 3, "depth": 2]), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.score(["tradeoffs": 4, "communication": 3, "depth": 3]), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.cover([0, 2], covered: true), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.cover([2], covered: false), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.followUp(id: "f2", text: "F2?"), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.followUp(id: nil, text: "What about io_uring?"), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.redFlag([1], on: true), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.note("solid on wakers"), session: id, question: "async/a", interviewer: "alice", at: at)
            try store.record(.note("overall calm"), session: id, question: nil, interviewer: "alice", at: at)
            try store.record(.skip(reason: "ran out of time"), session: id, question: "async/b", interviewer: "alice", at: at)
            try store.record(.score(["correctness": 2]), session: id, question: "async/a", interviewer: "bob", at: at)
            let record = try store.session(id)
            let alice = try #require(record.question("async/a")).marks(of: "alice")
            #expect(alice.scores == ["correctness": 3, "depth": 3, "tradeoffs": 4, "communication": 3])
            #expect(alice.isComplete(for: SessionFixture.rubric))
            #expect(alice.covered == [0])
            #expect(alice.followUps.map(\.text) == ["F2?", "What about io_uring?"])
            #expect(alice.followUps.map(\.id) == ["f2", nil])
            #expect(alice.redFlags == [1])
            #expect(alice.notes.map(\.text) == ["solid on wakers"])
            #expect(record.notes.map(\.text) == ["overall calm"])
            #expect(record.question("async/b")?.marks(of: "alice").skipReason == "ran out of time")
            #expect(record.question("async/a")?.marks(of: "bob").isComplete(for: SessionFixture.rubric) == false)
            #expect(record.interviewers == ["alice", "bob"])
            #expect(try store.sessions(candidate: nil).first?.scored == 1)
        }
    }

    @Test("bad records are refused with what is allowed, and nothing changes", arguments: Engine.all)
    func refusals(engine: Engine) throws {
        try withSession(engine) { store, id in
            #expect(throws: StoreError.scoreOutOfRange(criterion: "depth", value: 5, scale: 1...4)) {
                try store.record(.score(["correctness": 3, "depth": 5]), session: id, question: "async/a", interviewer: "alice", at: at)
            }
            #expect(throws: StoreError.unknownCriterion("style", allowed: ["correctness", "depth", "tradeoffs", "communication"])) {
                try store.record(.score(["style": 3]), session: id, question: "async/a", interviewer: "alice", at: at)
            }
            #expect(throws: StoreError.noSuchItem(kind: "point", number: 4, count: 3)) {
                try store.record(.cover([3], covered: true), session: id, question: "async/a", interviewer: "alice", at: at)
            }
            #expect(throws: StoreError.unknownQuestion(session: id, question: "async/zzz", known: ["async/a", "async/b", "memory/a"])) {
                try store.record(.note("x"), session: id, question: "async/zzz", interviewer: "alice", at: at)
            }
            #expect(throws: StoreError.unknownSession("999")) {
                try store.record(.note("x"), session: 999, question: nil, interviewer: "alice", at: at)
            }
            let record = try store.session(id)
            #expect(record.question("async/a")?.marks.isEmpty == true)
            #expect(record.interviewers == ["alice"])
        }
    }

    @Test("moving keeps the position and adds time; finishing records the recommendation and closes the session", arguments: Engine.all)
    func moveAndFinish(engine: Engine) throws {
        try withSession(engine) { store, id in
            try store.move(session: id, to: 1, leaving: "async/a", seconds: 95, at: at)
            try store.move(session: id, to: 0, leaving: "async/b", seconds: 10, at: at)
            try store.move(session: id, to: 1, leaving: "async/a", seconds: 5, at: at)
            var record = try store.session(id)
            #expect(record.position == 1)
            #expect(record.questions.map(\.secondsSpent) == [100, 10, 0])
            try store.finish(session: id, interviewer: "alice", recommendation: .yes, summary: "good", at: at + 60)
            record = try store.session(id)
            #expect(record.status == .finished)
            #expect(record.finishedAt == at + 60)
            #expect(record.recommendations == [RecommendationRecord(interviewer: "alice", recommendation: .yes, summary: "good", at: at + 60)])
            #expect(throws: StoreError.sessionFinished(id)) {
                try store.record(.note("late"), session: id, question: nil, interviewer: "alice", at: at)
            }
            try store.finish(session: id, interviewer: "bob", recommendation: .strongNo, summary: nil, at: at + 90)
            #expect(try store.session(id).recommendations.map(\.interviewer) == ["alice", "bob"])
        }
    }

    @Test("the snapshot keeps what was shown, including the rubric with its anchors", arguments: Engine.all)
    func snapshot(engine: Engine) throws {
        try withSession(engine) { store, id in
            let asked = try #require(try store.session(id).question("memory/a")).asked
            #expect(asked == SessionFixture.newSession().questions[2])
            #expect(asked.rubric.criteria[0].anchors[3] == "accurate")
        }
    }

    @Test("the snapshot keeps bonus points, guide, code and sources; a bonus point ticks after the core ones", arguments: Engine.all)
    func cribSheet(engine: Engine) throws {
        let crib = CribSheet(
            bonus: ["b1", "b2"], guide: [1: "none", 2: "p1 only", 3: "p1-p3", 4: "and a bonus"],
            code: [CodeSnippet(source: "fn main() { println!(\"4\"); }", expect: .runs(stdout: "4\n"))], sources: ["https://doc.rust-lang.org/std/"])
        var session = SessionFixture.newSession()
        session.questions[0].crib = crib
        try engine.withStore { store in
            let id = try store.createSession(session)
            #expect(try store.session(id).question("async/a")?.asked.crib == crib)
            #expect(try store.session(id).question("async/b")?.asked.crib == CribSheet())
            // Core points 1-3 (indexes 0-2), bonus points 4-5 (indexes 3-4).
            try store.record(.cover([4], covered: true), session: id, question: "async/a", interviewer: "alice", at: at)
            #expect(try store.session(id).question("async/a")?.marks(of: "alice").covered == [4])
            #expect(throws: StoreError.self) {
                try store.record(.cover([5], covered: true), session: id, question: "async/a", interviewer: "alice", at: at)
            }
            #expect(throws: StoreError.self) {
                try store.record(.cover([3], covered: true), session: id, question: "async/b", interviewer: "alice", at: at)
            }
        }
    }
}
