import Foundation
import Testing

@testable import InterviewKit

/// The rules of recording as pure values: what the live screen, `score` and both stores apply.
@Suite("Recording rules")
struct RecordingRulesTests {
    let rubric = Rubric(
        id: "r", scale: 1...4,
        criteria: [
            Criterion(id: "depth", weight: 0.6, anchors: [:]),
            Criterion(id: "clarity", weight: 0.4, anchors: [:]),
        ])
    let question = AskedRow(id: 7, rubricJSON: "", points: 3, redFlags: 1)

    @Test("marks go into open sessions only; a recommendation closes a session only with finish, and only an open one")
    func states() throws {
        try RecordingRules.checkOpen(.open, session: 4)
        #expect(throws: StoreError.sessionFinished(4)) { try RecordingRules.checkOpen(.finished, session: 4) }
        #expect(RecordingRules.closes(.open, finish: true))
        #expect(!RecordingRules.closes(.open, finish: false))
        #expect(!RecordingRules.closes(.finished, finish: true))
    }

    @Test("scores name the rubric's criteria and stay on its scale")
    func scores() throws {
        try RecordingRules.checkScores(["depth": 1, "clarity": 4], rubric: rubric)
        #expect(throws: StoreError.unknownCriterion("style", allowed: ["depth", "clarity"])) {
            try RecordingRules.checkScores(["depth": 9, "style": 2], rubric: rubric)
        }
        #expect(throws: StoreError.scoreOutOfRange(criterion: "clarity", value: 0, scale: 1...4)) {
            try RecordingRules.checkScores(["clarity": 0], rubric: rubric)
        }
    }

    @Test("typed numbers are 1-based and must exist; a question without any says so")
    func items() throws {
        #expect(try RecordingRules.indexes([1, 3], count: 3, kind: "point") == [0, 2])
        #expect(throws: StoreError.noSuchItem(kind: "point", number: 4, count: 3)) {
            try RecordingRules.indexes([1, 4], count: 3, kind: "point")
        }
        #expect(throws: StoreError.noSuchItem(kind: "red flag", number: 0, count: 1)) {
            try RecordingRules.indexes([0], count: 1, kind: "red flag")
        }
        #expect(throws: StoreError.noSuchItem(kind: "follow-up", number: 1, count: 0)) {
            try RecordingRules.indexes([1], count: 0, kind: "follow-up")
        }
        #expect(StoreError.noSuchItem(kind: "follow-up", number: 1, count: 0).description == "this question has no follow-ups")
    }

    @Test("leaving a question needs every criterion scored or a skip reason")
    func leaving() {
        var marks = QuestionMarks()
        marks.scores = ["depth": 3]
        #expect(RecordingRules.unfinishedReason(marks, rubric: rubric) == "score every criterion first (missing: clarity) or skip <reason>")
        marks.skipReason = "out of time"
        #expect(RecordingRules.unfinishedReason(marks, rubric: rubric) == nil)
        marks = QuestionMarks()
        marks.scores = ["depth": 3, "clarity": 2]
        #expect(RecordingRules.unfinishedReason(marks, rubric: rubric) == nil)
    }

    @Test("events become checked row changes: scores with their weights in criterion-name order, existing points and flags")
    func changes() throws {
        let events: [SessionEvent] = [
            .score(["depth": 3, "clarity": 2]), .cover([0, 2], covered: true), .redFlag([0], on: false),
            .followUp(id: nil, text: "why?"), .note("n"), .skip(reason: nil),
        ]
        #expect(
            try RecordingRules.changes(for: events, question: question, rubric: rubric) == [
                .score(criterion: "clarity", value: 2, weight: 0.4), .score(criterion: "depth", value: 3, weight: 0.6),
                .cover(point: 0, covered: true), .cover(point: 2, covered: true), .redFlag(flag: 0, on: false),
                .followUp(id: nil, text: "why?"), .note("n"), .skip(reason: nil),
            ])
        #expect(throws: StoreError.noSuchItem(kind: "point", number: 4, count: 3)) {
            try RecordingRules.changes(for: [.cover([3], covered: true)], question: question, rubric: rubric)
        }
        #expect(throws: StoreError.scoreOutOfRange(criterion: "depth", value: 5, scale: 1...4)) {
            try RecordingRules.changes(for: [.note("kept?"), .score(["depth": 5])], question: question, rubric: rubric)
        }
        #expect(RecordingRules.sessionChanges(for: [.note("a"), .score(["depth": 1]), .note("b")]) == [.note("a"), .note("b")])
    }

    @Test("criterion=value is read the same at the prompt and by `score`")
    func scoreEntry() {
        #expect(ScoreEntry("Depth=3") == ScoreEntry("depth = 3"))
        #expect(ScoreEntry("depth=3")?.criterion == "depth")
        #expect(ScoreEntry("depth=3")?.value == 3)
        #expect(ScoreEntry("depth") == nil)
        #expect(ScoreEntry("depth=x") == nil)
    }
}
