import Foundation
import Testing

@testable import InterviewKit

@Suite("Comparing candidates")
struct CandidateComparerTests {
    static func ratings(_ candidate: String, _ scores: [Double], session: Int64, interviewer: String = "ann", finished: Bool = true) -> [RatingRow] {
        scores.enumerated().map { index, score in
            RatingRow(
                session: session, candidate: candidate, blueprint: "b", questionID: "q/\(index)", topic: index % 2 == 0 ? "async" : "memory",
                interviewer: interviewer, score: score, finished: finished, startedAt: Date(timeIntervalSince1970: Double(session)))
        }
    }

    let comparer = CandidateComparer()

    @Test("scoring.md §7 first vector: A is clearly ahead by 0.715 [0.221420, 1.208580]")
    func welchVector() throws {
        let rows = Self.ratings("A", [3.35, 2.6, 3.75, 3.15, 3.0, 3.2], session: 1) + Self.ratings("B", [2.45, 2.9, 2.0, 2.3, 2.65], session: 2)
        let report = comparer.compare(comparer.standings(ratings: rows, leniency: nil), mode: .pairs, calibrated: false, leniency: nil, blindSeed: nil)
        let difference = try #require(report.differences.first)
        #expect(difference.a == "A" && difference.b == "B")
        #expect(abs((difference.difference ?? 0) - 0.715) < 1e-4)
        #expect(abs((difference.lower ?? 0) - 0.221420) < 1e-4)
        #expect(abs((difference.upper ?? 0) - 1.208580) < 1e-4)
        #expect(difference.verdict == .aAhead)
    }

    @Test("a panel's ratings average per question; open sessions are not pooled")
    func pooling() throws {
        let rows = Self.ratings("A", [3.0, 2.0], session: 1, interviewer: "ann") + Self.ratings("A", [4.0, 3.0], session: 1, interviewer: "bob")
            + Self.ratings("A", [1.0, 1.0], session: 2, finished: false)
        let standing = try #require(comparer.standings(ratings: rows, leniency: nil).first)
        #expect(standing.scores == [3.5, 2.5])
        #expect(standing.overall.n == 2)
        #expect(standing.topics.map(\.topic) == ["async", "memory"])
    }

    @Test("--all compares each candidate with the next in rank; blind rows carry labels only, in label order")
    func rankedAndBlind() throws {
        let rows = Self.ratings("c-ada", [3, 3.2, 2.8], session: 1) + Self.ratings("c-bo", [2, 2.2, 1.8], session: 2)
            + Self.ratings("c-cy", [3.6, 3.9, 3.7], session: 3)
        let standings = comparer.standings(ratings: rows, leniency: nil)
        let ranked = comparer.compare(standings, mode: .ranked, calibrated: false, leniency: nil, blindSeed: nil)
        #expect(ranked.candidates.map(\.candidate) == ["c-cy", "c-ada", "c-bo"])
        #expect(ranked.differences.map { [$0.a, $0.b] } == [["c-cy", "c-ada"], ["c-ada", "c-bo"]])
        let blind = comparer.compare(standings, mode: .ranked, calibrated: false, leniency: nil, blindSeed: 7)
        let text = JSONText.encode(blind) + blind.markdown() + blind.csv() + blind.html(generatedAt: Date(timeIntervalSince1970: 0))
        #expect(!text.contains("c-ada") && !text.contains("c-bo") && !text.contains("c-cy"))
        #expect(blind.candidates.map(\.candidate) == ["Candidate A", "Candidate B", "Candidate C"])
    }

    @Test("calibration removes shrunk leniency from each rating before pooling (scoring.md §5)")
    func calibration() throws {
        // bob scores 1 point above ann on ten shared items: raw leniency +0.5 each way from the mean.
        var rows: [RatingRow] = []
        for index in 0..<10 {
            rows.append(RatingRow(session: Int64(index), candidate: "X", blueprint: "b", questionID: "q/\(index)", topic: "async", interviewer: "ann", score: 2, finished: true, startedAt: Date()))
            rows.append(RatingRow(session: Int64(index), candidate: "X", blueprint: "b", questionID: "q/\(index)", topic: "async", interviewer: "bob", score: 3, finished: true, startedAt: Date()))
        }
        let leniency = Leniency(ratings: rows.map { Leniency.Rating(session: String($0.session), question: $0.questionID, interviewer: $0.interviewer, score: $0.score) })
        let bob = try #require(leniency.interviewer(named: "bob"))
        #expect(abs((bob.shrunk ?? 0) - 0.5) < 1e-9)
        let raw = try #require(comparer.standings(ratings: rows, leniency: nil).first)
        let calibrated = try #require(comparer.standings(ratings: rows, leniency: leniency).first)
        #expect(raw.scores.allSatisfy { abs($0 - 2.5) < 1e-9 })
        #expect(calibrated.scores.allSatisfy { abs($0 - 2.5) < 1e-9 })
        let report = comparer.compare([calibrated], mode: .ranked, calibrated: true, leniency: leniency, blindSeed: nil)
        #expect(report.leniency.map(\.applied) == [true, true])
        #expect(report.markdown().contains("Raw scores are **calibrated**"))
    }

    @Test("the comparison as JSON writes an absent interval bound as null")
    func jsonWritesNull() throws {
        var rows = Self.ratings("c-ada", [3, 3.2, 2.8], session: 1) + Self.ratings("c-bo", [2.123456789], session: 2)
            + Self.ratings("Zoë \"quoted\"\n", [3.6, 3.9, 3.7, 1], session: 3)
        for index in 0..<6 {
            rows.append(RatingRow(session: 9, candidate: "c-cy", blueprint: "b", questionID: "q/\(index)", topic: "memory", interviewer: "bob", score: 3, finished: true, startedAt: Date()))
        }
        var accumulator = StandingsAccumulator(leniency: nil, scale: comparer.scale)
        for row in rows { accumulator.add(row) }
        let standings = accumulator.standings(
            recommendations: ["c-ada": [.yes, .strongYes, .yes]], participation: ["nobody yet": (sessions: 1, interviewers: ["ann"])])
        let report = comparer.compare(standings, mode: .ranked, calibrated: false, leniency: nil, blindSeed: nil)
        #expect(JSONText.encode(report).contains("\"lower\" : null"))
    }

    @Test("one candidate's sessions compare in time order, later against earlier")
    func progress() throws {
        let rows = Self.ratings("A", [2, 2.2, 1.8, 2.1], session: 1) + Self.ratings("A", [3, 3.2, 2.9, 3.1], session: 2)
        let report = comparer.progress(of: "A", ratings: rows, leniency: nil, calibrated: false, allLeniency: nil)
        #expect(report.candidates.count == 2)
        let step = try #require(report.differences.first)
        #expect(step.a.hasPrefix("session 2") && step.b.hasPrefix("session 1"))
        #expect(step.verdict == .aAhead)
    }
}

/// Pooling as ratings stream in gives the standings of the whole list, whatever its order.
struct StandingsAccumulatorTests {
    private func rating(_ session: Int64, _ candidate: String, _ question: String, _ interviewer: String, _ score: Double, finished: Bool = true) -> RatingRow {
        RatingRow(
            session: session, candidate: candidate, blueprint: "b", questionID: question, topic: question.hasPrefix("a") ? "async" : "memory",
            interviewer: interviewer, score: score, finished: finished, startedAt: Date(timeIntervalSince1970: Double(session)))
    }

    @Test func streamedAndShuffledRatingsGiveTheSameStandings() {
        let rows = [
            rating(1, "ann", "a1", "x", 3), rating(1, "ann", "a1", "y", 4), rating(1, "ann", "m1", "x", 2),
            rating(2, "bob", "a1", "x", 1), rating(2, "bob", "m2", "y", 2.5),
            rating(3, "ann", "a2", "x", 4), rating(3, "ann", "a2", "y", 3, finished: false),
        ]
        var accumulator = StandingsAccumulator(leniency: nil, scale: .standard)
        for row in rows { accumulator.add(row) }
        let streamed = accumulator.standings()
        let comparer = CandidateComparer()
        #expect(streamed.map(\.candidate) == ["ann", "bob"])
        #expect(streamed[0].questions.map(\.score) == [3.5, 2, 4])
        #expect(streamed[0].topics.map(\.topic) == ["async", "memory"])
        // Interleaved sessions are regrouped before pooling.
        let interleaved = [rows[0], rows[3], rows[1], rows[4], rows[2], rows[5], rows[6]]
        #expect(comparer.standings(ratings: interleaved, leniency: nil).map(\.questions.count) == [3, 2])
        #expect(comparer.standings(ratings: interleaved, leniency: nil)[0].questions.map(\.score) == [3.5, 2, 4])
    }
}
