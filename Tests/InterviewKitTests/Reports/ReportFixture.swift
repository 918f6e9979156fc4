import Foundation

@testable import InterviewKit

/// Recorded sessions for report tests, written through the store at fixed times so that every
/// report made from them is the same, byte for byte.
///
/// "Ada Lovelace": session 1 (finished, panel alice + bob: async/a scored by both, async/b by alice
/// with bob's rating incomplete, memory/a skipped), session 2 (finished, alice: async/a again,
/// memory/b, concurrency/a), session 3 (open). "Bo": session 4 (distributed/a).
enum ReportFixture {
    static let generatedAt = Date(timeIntervalSince1970: 1_790_900_000)
    static let candidate = "Ada Lovelace"
    static let script = "<script>alert(1)</script>"

    struct Recorded {
        var store: SQLiteStore
        var first: Int64
        var second: Int64
        var open: Int64
    }

    static func record() throws -> Recorded {
        let store = try SQLiteStore.inMemory()
        let (first, second, open) = try record(into: store)
        return Recorded(store: store, first: first, second: second, open: open)
    }

    /// Records the sessions into `store`, of either engine.
    static func record(into store: any SessionStore) throws -> (first: Int64, second: Int64, open: Int64) {
        let t0 = SessionFixture.start
        let first = try store.createSession(SessionFixture.newSession(candidate: candidate, ids: ["async/a", "async/b", "memory/a"], at: t0))
        func rec(_ events: [SessionEvent], _ session: Int64, _ question: String?, _ who: String, _ offset: TimeInterval) throws {
            try store.record(events, session: session, question: question, interviewer: who, at: t0 + offset)
        }
        try rec(
            [
                .cover([0, 1], covered: true), .followUp(id: "f1", text: "F1?"), .followUp(id: nil, text: "asked about io_uring & <epoll>"),
                .note(script), .redFlag([1], on: true), .score(["correctness": 3, "depth": 2, "tradeoffs": 4, "communication": 3]),
            ], first, "async/a", "alice", 60)
        try rec([.score(["correctness": 4, "depth": 3, "tradeoffs": 4, "communication": 2]), .cover([0], covered: true)], first, "async/a", "bob", 70)
        try store.move(session: first, to: 1, leaving: "async/a", seconds: 500, at: t0 + 500)
        try rec([.score(["correctness": 2, "depth": 1, "tradeoffs": 2, "communication": 3]), .cover([2], covered: true)], first, "async/b", "alice", 600)
        try rec([.score(["correctness": 2])], first, "async/b", "bob", 610)
        try store.move(session: first, to: 2, leaving: "async/b", seconds: 420, at: t0 + 920)
        try rec([.note("Ada was tired by now"), .skip(reason: "ran out of time")], first, "memory/a", "alice", 950)
        try store.move(session: first, to: 3, leaving: "memory/a", seconds: 40, at: t0 + 960)
        try rec([.note("Ada Lovelace asked good questions")], first, nil, "alice", 970)
        try store.recommend(session: first, interviewer: "bob", recommendation: .no, summary: "shaky on async/b", finish: false, at: t0 + 980)
        try store.recommend(
            session: first, interviewer: "alice", recommendation: .yes, summary: "Ada knows async; check memory & <Drop>", finish: true, at: t0 + 990)

        let t1 = t0 + 7 * 86_400
        let second = try store.createSession(
            SessionFixture.newSession(candidate: candidate, ids: ["async/a", "memory/b", "concurrency/a"], at: t1, seed: 7))
        try store.record([.score(["correctness": 3, "depth": 3, "tradeoffs": 3, "communication": 3]), .cover([0], covered: true)],
            session: second, question: "async/a", interviewer: "alice", at: t1 + 60)
        try store.record([.score(["correctness": 4, "depth": 4, "tradeoffs": 3, "communication": 2]), .cover([0, 1, 2], covered: true)],
            session: second, question: "memory/b", interviewer: "alice", at: t1 + 400)
        try store.record([.score(["correctness": 2, "depth": 2, "tradeoffs": 3, "communication": 2])],
            session: second, question: "concurrency/a", interviewer: "alice", at: t1 + 800)
        try store.move(session: second, to: 3, leaving: "concurrency/a", seconds: 600, at: t1 + 900)
        try store.finish(session: second, interviewer: "alice", recommendation: .strongYes, summary: "much better", at: t1 + 1000)

        let t2 = t1 + 7 * 86_400
        let open = try store.createSession(SessionFixture.newSession(candidate: candidate, ids: ["memory/c"], at: t2, seed: 9))
        try store.record([.score(["correctness": 3])], session: open, question: "memory/c", interviewer: "alice", at: t2 + 30)

        let bo = try store.createSession(SessionFixture.newSession(candidate: "Bo", ids: ["distributed/a"], at: t2 + 100, seed: 11))
        try store.record([.score(["correctness": 3, "depth": 3, "tradeoffs": 3, "communication": 3])],
            session: bo, question: "distributed/a", interviewer: "carol", at: t2 + 200)
        return (first, second, open)
    }

    static func builder(blindSeed: UInt64? = nil) -> ReportBuilder {
        ReportBuilder(settings: ReportSettings(generatedAt: generatedAt, blindSeed: blindSeed))
    }
}
