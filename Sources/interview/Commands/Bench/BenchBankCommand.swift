import ArgumentParser
import Foundation
import InterviewBench
import InterviewKit
import Yams

struct BenchBankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Write a synthetic bank of N questions (rubrics/ and sessions/ under --out) for the draw benchmark.")

    @Option(help: "How many questions.")
    var questions: Int = 10_000

    @Option(help: "The folder to write rubrics/ and sessions/ into.")
    var out: String

    @Option(help: "The seed.")
    var seed: UInt64 = 1

    func run() throws {
        let all = SyntheticData.questions(count: questions, seed: seed)
        let manager = FileManager.default
        for folder in ["rubrics", "sessions"] {
            try manager.createDirectory(atPath: out + "/" + folder, withIntermediateDirectories: true)
        }
        for topic in SyntheticData.topics {
            let entries: [[String: Any]] = all.filter { $0.topic == topic }.map { question in
                [
                    "id": question.id, "level": question.level.rawValue, "minutes": question.minutes, "text": question.text,
                    "points": question.points, "red_flags": question.redFlags,
                    "follow_ups": question.followUps.map { ["id": $0.id, "text": $0.text] },
                    // What bank v2's lint asks of every question, so that the bank is a valid one.
                    "bonus": ["A bonus point of \(question.id) that lifts a 3 to a 4."],
                    "guide": Dictionary(uniqueKeysWithValues: (1...4).map { ($0, "What a \($0) on \(question.id) sounds like.") }),
                    "sources": ["https://example.org/\(question.id)"],
                ]
            }
            let document: [String: Any] = [
                "topic": topic, "title": topic.capitalized, "keywords": [topic], "rubric": "default", "questions": entries,
            ]
            try Yams.dump(object: document, sortKeys: true).write(toFile: "\(out)/rubrics/\(topic).yaml", atomically: true, encoding: .utf8)
        }
        let rubric = SyntheticData.rubric
        let rubrics: [String: Any] = [
            "rubrics": [[
                "id": rubric.id, "scale": [rubric.scale.lowerBound, rubric.scale.upperBound],
                "criteria": rubric.criteria.map { ["id": $0.id, "weight": $0.weight, "anchors": $0.anchors] },
            ]]
        ]
        try Yams.dump(object: rubrics, sortKeys: true).write(toFile: "\(out)/rubrics/_rubrics.yaml", atomically: true, encoding: .utf8)
        let blueprint: [String: Any] = [
            "id": "senior-rust-60", "title": "Senior, 60 minutes", "minutes": 60, "questions": 6,
            "topics": ["async": 2, "concurrency": 2, "memory": 1, "distributed": 1], "levels": ["senior": 5, "intermediate": 1],
        ]
        try Yams.dump(object: blueprint, sortKeys: true).write(toFile: "\(out)/sessions/senior-rust-60.yaml", atomically: true, encoding: .utf8)
        Console.err("wrote \(questions) questions to \(out)/rubrics")
    }
}
