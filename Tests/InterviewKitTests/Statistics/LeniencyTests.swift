import Testing
@testable import InterviewKit

@Suite("Interviewer leniency and calibration (scoring.md §5)")
struct LeniencyTests {
    static let ratings: [Leniency.Rating] = {
        let table: [(String, String, [(String, Double)])] = [
            ("s1", "async/a", [("ann", 3.35), ("bob", 3.0)]),
            ("s1", "async/b", [("ann", 2.6), ("bob", 2.5)]),
            ("s1", "memory/a", [("ann", 3.0), ("bob", 2.6)]),
            ("s1", "concurrency/a", [("ann", 2.35), ("bob", 2.1)]),
            ("s2", "async/c", [("ann", 3.45), ("cal", 3.0)]),
            ("s2", "memory/a", [("ann", 2.75), ("cal", 2.6)]),
            ("s2", "distributed/a", [("ann", 2.0), ("cal", 2.0)]),
            ("s3", "async/a", [("ann", 3.65), ("bob", 3.0), ("cal", 3.35)]),
            ("s3", "concurrency/b", [("ann", 2.85), ("bob", 2.6), ("cal", 2.75)]),
            ("s3", "distributed/b", [("ann", 3.0), ("bob", 2.35), ("cal", 2.85)]),
            ("s4", "async/a", [("dee", 3.65)]),
            ("s4", "memory/a", [("dee", 3.35)]),
            ("s4", "concurrency/a", [("dee", 2.75)]),
            ("s4", "distributed/a", [("dee", 2.6)]),
            ("s4", "async/b", [("dee", 3.0)]),
            ("s4", "async/z", [("dee", 3.0)]),
            ("s5", "async/c", [("eve", 2.5)]),
            ("s5", "concurrency/b", [("eve", 2.35)]),
            ("s5", "distributed/b", [("eve", 2.0)]),
        ]
        return table.flatMap { session, question, panel in
            panel.map { Leniency.Rating(session: session, question: question, interviewer: $0, score: $1) }
        }
    }()

    /// Mean over questions of the mean rating score per question, for one session.
    static func overall(_ ratings: [Leniency.Rating], session: String) -> Double? {
        let own = ratings.filter { $0.session == session }
        var questions: [String] = []
        for r in own where !questions.contains(r.question) { questions.append(r.question) }
        let scores = questions.compactMap { q in
            ScoringMath.mean(own.filter { $0.question == q }.map(\.score))
        }
        return ScoreSummary(scores: scores, scale: .standard).mean
    }

    static func score(_ ratings: [Leniency.Rating], session: String, question: String) -> Double? {
        ScoringMath.mean(ratings.filter { $0.session == session && $0.question == question }.map(\.score))
    }

    @Test("n, raw, factor and L per interviewer with k = 10", arguments: [
        ("ann", 10, 0.275, 0.5, 0.1375),
        ("bob", 7, -0.339286, 0.411765, -0.139706),
        ("cal", 6, -0.0625, 0.375, -0.023438),
        ("dee", 5, 0.5135, 0.333333, 0.171167),
    ])
    func applied(name: String, n: Int, raw: Double, factor: Double, shrunk: Double) throws {
        let leniency = Leniency(ratings: Self.ratings)
        let entry = try #require(leniency.interviewer(named: name))
        #expect(entry.n == n)
        #expect(scoringClose(entry.raw, raw))
        #expect(scoringClose(entry.factor, factor))
        #expect(scoringClose(entry.shrunk, shrunk))
        #expect(entry.applied)
        #expect(scoringClose(entry.adjustment, shrunk))
    }

    @Test("eve has 3 items: raw −0.613889 shown, not applied, scores unchanged")
    func eveNotApplied() throws {
        let leniency = Leniency(ratings: Self.ratings)
        let eve = try #require(leniency.interviewer(named: "eve"))
        #expect(eve.n == 3)
        #expect(scoringClose(eve.raw, -0.613889))
        #expect(!eve.applied)
        #expect(eve.adjustment == 0)
        #expect(leniency.calibrated(2.5, by: "eve", scale: .standard) == 2.5)
        let calibrated = leniency.calibrated(Self.ratings, scale: .standard)
        #expect(scoringClose(Self.overall(calibrated, session: "s5"), 2.283333))
        #expect(scoringClose(Self.overall(Self.ratings, session: "s5"), 2.283333))
    }

    @Test("interviewers are listed in code-point order of name")
    func order() {
        #expect(Leniency(ratings: Self.ratings).interviewers.map(\.name) == ["ann", "bob", "cal", "dee", "eve"])
    }

    @Test("calibrated scores: s3 async/a 3.341881, s3 overall 2.941881; s4 async/a 3.478833, overall 2.887167")
    func calibratedScores() {
        let leniency = Leniency(ratings: Self.ratings)
        let calibrated = leniency.calibrated(Self.ratings, scale: .standard)
        #expect(scoringClose(Self.score(Self.ratings, session: "s3", question: "async/a"), 3.333333))
        #expect(scoringClose(Self.score(calibrated, session: "s3", question: "async/a"), 3.341881))
        #expect(scoringClose(Self.overall(Self.ratings, session: "s3"), 2.933333))
        #expect(scoringClose(Self.overall(calibrated, session: "s3"), 2.941881))
        #expect(scoringClose(Self.score(calibrated, session: "s4", question: "async/a"), 3.478833))
        #expect(scoringClose(Self.overall(Self.ratings, session: "s4"), 3.058333))
        #expect(scoringClose(Self.overall(calibrated, session: "s4"), 2.887167))
    }

    @Test("calibration clamps to the scale: bob's 3.9 becomes 4.0")
    func clamp() {
        let leniency = Leniency(ratings: Self.ratings)
        #expect(leniency.calibrated(3.9, by: "bob", scale: .standard) == 4.0)
        #expect(scoringClose(leniency.calibrated(3.0, by: "bob", scale: .standard), 3.139706))
        #expect(leniency.calibrated(3.0, by: "nobody", scale: .standard) == 3.0)
    }

    @Test("a rating without any reference is unused; an interviewer with none has n = 0")
    func noReference() throws {
        let leniency = Leniency(ratings: [
            .init(session: "s1", question: "q/only", interviewer: "zed", score: 3.0),
            .init(session: "s2", question: "q/only", interviewer: "zed", score: 2.0),
        ])
        let zed = try #require(leniency.interviewer(named: "zed"))
        #expect(zed.n == 0)
        #expect(zed.raw == nil)
        #expect(zed.shrunk == nil)
        #expect(!zed.applied)
    }

    @Test("the fallback reference is other interviewers' ratings of the question id in any session")
    func fallbackReference() throws {
        let leniency = Leniency(ratings: [
            .init(session: "s1", question: "q", interviewer: "amy", score: 2.0),
            .init(session: "s2", question: "q", interviewer: "amy", score: 4.0),
            .init(session: "s3", question: "q", interviewer: "ben", score: 3.5),
            .init(session: "s4", question: "q", interviewer: "cat", score: 2.5),
        ])
        let amy = try #require(leniency.interviewer(named: "amy"))
        #expect(amy.n == 2)
        #expect(scoringClose(amy.raw, 0, 1e-12))
        let ben = try #require(leniency.interviewer(named: "ben"))
        #expect(scoringClose(ben.raw, 3.5 - (2.0 + 4.0 + 2.5) / 3, 1e-12))
    }
}
