import Foundation
import Testing

@testable import InterviewKit

@Suite("Report model built from recorded sessions")
struct ReportBuilderTests {
    func sessionReport(blindSeed: UInt64? = nil) throws -> SessionReport {
        let recorded = try ReportFixture.record()
        guard case .session(let report, _, _) = ReportFixture.builder(blindSeed: blindSeed).session(try recorded.store.session(recorded.first)) else {
            throw ReportError.noSessions(candidate: "?")
        }
        return report
    }

    func candidateReport(blindSeed: UInt64? = nil) throws -> CandidateReport {
        let recorded = try ReportFixture.record()
        let document = try ReportFixture.builder(blindSeed: blindSeed).candidate(
            ReportFixture.candidate, records: try recorded.store.sessions(ofCandidate: ReportFixture.candidate),
            topicsInUse: try recorded.store.topicsInUse(recentSessions: 500))
        guard case .candidate(let report) = document else { throw ReportError.noSessions(candidate: "?") }
        return report
    }

    @Test("question scores, statuses, panel spread and the overall interval follow scoring.md §1-3")
    func scores() throws {
        let report = try sessionReport()
        #expect(report.session == "1")
        #expect(report.interviewers == ["alice", "bob"])
        #expect(report.questions.map(\.status) == [.scored, .scored, .skipped])
        let first = report.questions[0]
        #expect(zip(first.ratings.compactMap(\.score), [3.0, 3.45]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(abs((first.score ?? 0) - 3.225) < 1e-12)
        #expect(abs((first.panel.spread ?? 0) - 0.45) < 1e-12)
        #expect(first.panel.criterionRanges.map(\.range) == [1, 1, 0, 1])
        let second = report.questions[1]
        #expect(abs((second.ratings[0].score ?? 0) - 1.9) < 1e-12 && second.ratings[1].score == nil)
        #expect(second.ratings[1].missing == ["depth", "tradeoffs", "communication"])
        #expect(report.questions[2].skipReason == "ran out of time")
        #expect(report.overall.n == 2)
        #expect(abs((report.overall.mean ?? 0) - 2.5625) < 1e-12)
        let expected = ScoreSummary(scores: [3.225, 1.9], scale: .standard)
        #expect(report.overall.lower == expected.lower && report.overall.upper == expected.upper)
        #expect(report.topics.map(\.topic) == ["async", "memory"])
        #expect(report.topics[1].score.status == .notAssessed)
        #expect(report.durationSeconds == 990)
        #expect(report.secondsSpent == 960)
    }

    @Test("covered and missed points, follow-ups (listed and typed), red flags, notes and recommendations")
    func marks() throws {
        let report = try sessionReport()
        let first = report.questions[0]
        #expect(first.covered.map(\.number) == [1, 2])
        #expect(first.covered[0].by == ["alice", "bob"])
        #expect(first.missed.map(\.text) == ["p3"])
        #expect(first.followUps.map(\.isTyped) == [false, true])
        #expect(first.followUps[1].text == "asked about io_uring & <epoll>")
        #expect(first.redFlags.map(\.text) == ["rf2"])
        #expect(first.notes.map(\.text) == [ReportFixture.script])
        #expect(report.notes.map(\.text) == ["Ada Lovelace asked good questions"])
        #expect(report.recommendations.map(\.interviewer) == ["bob", "alice"])
        #expect(report.recommendationCounts.map(\.recommendation) == [.no, .yes])
        #expect(report.agreement?.pairableUnits == 5)
        #expect(report.strengthsAndGaps.strongest.map(\.topic) == ["async"])
        #expect(report.strengthsAndGaps.mostMissed.first?.question == "async/b")
    }

    @Test("blind: a label for the name, no ids, dates or seeds, and the name redacted from free text")
    func blind() throws {
        let report = try sessionReport(blindSeed: 7)
        #expect(report.candidate == "Candidate A")
        #expect(report.session == nil && report.label == "S1")
        #expect(report.startedAt == nil && report.finishedAt == nil && report.seed == nil)
        #expect(report.notes.map(\.text) == ["[candidate] asked good questions"])
        #expect(report.questions[2].notes.map(\.text) == ["[candidate] was tired by now"])
        #expect(report.recommendations[1].summary == "[candidate] knows async; check memory & <Drop>")
        #expect(report.interviewers == ["alice", "bob"])
    }

    @Test("a candidate: sessions in time order, finished ones pooled, trend, repeated misses, topics never asked")
    func candidate() throws {
        let report = try candidateReport()
        #expect(report.sessions.map(\.session) == ["1", "2", "3"])
        #expect(report.overall.n == 5)
        #expect(abs((report.overall.mean ?? 0) - 2.765) < 1e-12)
        #expect(report.trend.map(\.status) == [.finished, .finished, .open])
        let async = try #require(report.topicTrends.first { $0.topic == "async" })
        #expect(async.means.count == 3 && async.means[2] == nil)
        #expect(abs((async.change ?? 0) - (3.0 - 2.5625)) < 1e-12)
        #expect(report.repeatedMisses.map { "\($0.question)#\($0.number)x\($0.times)" } == ["async/a#3x2"])
        #expect(report.neverAsked == ["distributed"])
        #expect(report.progress.count == 1)
        #expect(report.progress[0].from == "1" && report.progress[0].to == "2")
    }

    @Test("a candidate with no sessions is refused")
    func noSessions() throws {
        #expect(throws: ReportError.noSessions(candidate: "Nobody")) {
            try ReportFixture.builder().candidate("Nobody", records: [])
        }
    }
}
