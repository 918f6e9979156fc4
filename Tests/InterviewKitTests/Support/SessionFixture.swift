import Foundation

@testable import InterviewKit

/// Sessions built from the bank fixture, for store and session tests.
enum SessionFixture {
    static let rubric = Rubric(
        id: "default", scale: 1...4,
        criteria: [
            Criterion(id: "correctness", weight: 0.35, anchors: [1: "wrong", 2: "surface", 3: "accurate", 4: "precise"]),
            Criterion(id: "depth", weight: 0.25, anchors: [1: "a", 2: "b", 3: "c", 4: "d"]),
            Criterion(id: "tradeoffs", weight: 0.25, anchors: [1: "a", 2: "b", 3: "c", 4: "d"]),
            Criterion(id: "communication", weight: 0.15, anchors: [1: "a", 2: "b", 3: "c", 4: "d"]),
        ])

    static func question(_ id: String, topic: String = "async", level: Level = .senior, minutes: Int = 8) -> Question {
        Question(
            id: id, topic: topic, level: level, minutes: minutes, text: "Text of \(id)?", variants: ["Other wording of \(id)?"],
            seenAs: ["How does Rust handle \(id)?"],
            points: ["p1", "p2", "p3"], redFlags: ["rf1", "rf2"],
            followUps: [FollowUp(id: "f1", text: "F1?"), FollowUp(id: "f2", text: "F2?")])
    }

    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func newSession(
        candidate: String = "Ada", interviewer: String = "alice", ids: [String] = ["async/a", "async/b", "memory/a"],
        at date: Date = start, seed: UInt64 = 42
    ) -> NewSession {
        NewSession(
            candidate: candidate, interviewer: interviewer, blueprintID: "small", blueprintTitle: "Small", minutes: 30,
            seed: seed,
            questions: ids.enumerated().map { index, id in
                AskedQuestion(position: index, question: question(id, topic: String(id.split(separator: "/")[0])), rubric: rubric)
            },
            startedAt: date)
    }
}
