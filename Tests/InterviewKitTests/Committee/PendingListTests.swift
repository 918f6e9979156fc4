import Foundation
import Testing

@testable import InterviewKit

@Suite struct PendingListTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func ago(_ hours: Double) -> Date { now.addingTimeInterval(-hours * 3600) }

    @Test func openSessionsArePausedOnlyAfterThePause() {
        let rows = [
            ScorecardRow(session: 1, candidate: "a", status: .open, since: ago(23.9), interviewer: "x"),
            ScorecardRow(session: 2, candidate: "b", status: .open, since: ago(24.1), interviewer: "x"),
            ScorecardRow(session: 3, candidate: "c", status: .open, since: ago(30 * 24), interviewer: nil),
        ]
        let list = PendingList(rows: rows, now: now)
        #expect(list.items.map(\.session) == [3, 2])
        #expect(list.items.map(\.kind) == [.paused, .paused])
        #expect(list.items.map { $0.age(at: now) } == ["30 d", "1 d"])
        #expect(PendingList(rows: rows, now: now, pause: 0).items.count == 3)
    }

    @Test func finishedSessionsOweScorecardsSummariesOrARecommendation() {
        let finished = ago(48)
        let rows = [
            // Scored, never recommended.
            ScorecardRow(session: 7, candidate: "a", status: .finished, since: finished, interviewer: "bo", lastScoredAt: ago(49), recommendations: 1),
            // Recommended without a summary, an hour after the end.
            ScorecardRow(
                session: 7, candidate: "a", status: .finished, since: finished, interviewer: "al", lastScoredAt: ago(49), recommendation: .strongYes,
                recommendedAt: ago(47), recommendations: 1),
            // Joined and did nothing while someone else recommended: owes nothing.
            ScorecardRow(session: 7, candidate: "a", status: .finished, since: finished, interviewer: "cy", recommendations: 1),
            // Nobody scored or recommended session 8: one recommendation owed, by its first member.
            ScorecardRow(session: 8, candidate: "b", status: .finished, since: ago(5), interviewer: "di", recommendations: 0),
            ScorecardRow(session: 8, candidate: "b", status: .finished, since: ago(5), interviewer: "ed", recommendations: 0),
        ]
        let list = PendingList(rows: rows, now: now)
        #expect(list.items.map(\.kind) == [.scorecard, .summary, .recommendation])
        #expect(list.items.map(\.interviewer) == ["bo", "al", "di"])
        #expect(list.items[0].since == finished)
        #expect(list.items[1].since == ago(47))
        #expect(list.items[1].command == "interview finish 7 --interviewer al --recommendation strong-yes --summary <text>")
        #expect(list.items[0].command == "interview finish 7 --interviewer bo --recommendation <strong-no|no|yes|strong-yes> --summary <text>")
        #expect(list.items.map { $0.age(at: now) } == ["2 d", "1 d 23 h", "5 h"])
    }

    @Test func jsonHasTheContractFieldsAndTheTableOneLinePerItem() throws {
        let rows = [ScorecardRow(session: 12, candidate: "Zoë \"Z\"", status: .open, since: ago(25), interviewer: "al")]
        let list = PendingList(rows: rows, now: now)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(list.json().utf8)) as? [String: [[String: Any]]])
        let item = try #require(object["pending"]?.first)
        #expect(Set(item.keys) == ["session", "candidate", "interviewer", "kind", "since", "command", "age"])
        #expect(item["session"] as? String == "12")
        #expect(item["candidate"] as? String == "Zoë \"Z\"")
        #expect(item["since"] as? String == UTCTime.iso(ago(25)))
        #expect(list.table().split(separator: "\n").count == 2)
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(PendingList(rows: [], now: now).json().utf8)) as? [String: [Any]])
        #expect(empty["pending"]?.isEmpty == true)
        #expect(PendingList(rows: [], now: now).table() == "nothing pending\n")
    }

    @Test func shellWordsReadBackUnchanged() {
        #expect(ShellWord.quoted("alice") == "alice")
        #expect(ShellWord.quoted("bo o'hara") == #"'bo o'\''hara'"#)
        #expect(ShellWord.quoted("") == "''")
        #expect(ShellWord.quoted("$(rm -rf /)") == "'$(rm -rf /)'")
        #expect(ShellWord.quoted("Zoë") == "'Zoë'")
    }
}
