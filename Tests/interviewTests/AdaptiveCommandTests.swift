import Foundation
import Testing

import InterviewKit

/// Adaptive interviews through the built binary: the live screen chooses each next question when
/// the interviewer moves on, within the blueprint's quotas; the same seed and scores give the
/// same interview, also across kill -9 and `resume`; the report marks the session.
@Suite("Adaptive interviews (the built executable)")
struct AdaptiveCommandTests {
    static let start = ["start", "--blueprint", "screen-30", "--adaptive", "--candidate", "Ada", "--interviewer", "alice", "--seed", "11"]

    /// Scores every question of screen-30 with `scores` (one line each), then recommends and finishes.
    static func script(_ scores: [String]) -> String {
        scores.map { "s \($0)\nn\n" }.joined() + "rec yes\nfinish\n"
    }

    @Test("one question at the start, one more at each move, the blueprint's quotas in the end; the report marks it", arguments: Engine.all)
    func endToEnd(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let run = try runner.run(Self.start, stdin: Self.script(["3 3 3 3", "4 4 4 4", "2 2 2 2", "3 3 3 3"]))
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("· adaptive ·"))
            for n in 1...4 { #expect(run.stdout.contains("Question \(n)/4 ·")) }
            #expect(!run.stdout.contains("Question 5/"))
            let record = try database.session(1)
            #expect(record.status == .finished)
            #expect(record.adaptiveCount == 4)
            #expect(record.questions.count == 4)
            #expect(record.questions.allSatisfy { $0.asked.reason != nil })
            // Why a question came next, without the estimate itself (shown only on e).
            let reasons = record.questions.compactMap(\.asked.reason)
            #expect(reasons.allSatisfy { !$0.contains("(") && $0.rangeOfCharacter(from: .decimalDigits) == nil }, "\(reasons)")
            // screen-30: one question of each of its four topics, three intermediate and one senior.
            #expect(record.questions.map(\.asked.topic).sorted() == ["async", "concurrency", "memory", "safety"])
            #expect(record.questions.map(\.asked.level).sorted() == ["intermediate", "intermediate", "intermediate", "senior"])
            #expect(Set(record.questions.map(\.asked.questionID)).count == 4)
            let report = try runner.run(["report", "1", "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
            #expect(json["adaptive"] as? Bool == true)
            let markdown = try runner.run(["report", "1"])
            #expect(markdown.stdout.contains("- **Questions:** adaptive"))
        }
    }

    @Test("the same seed and scores give the same interview; other scores can lead elsewhere, never outside the quotas")
    func reproducible() throws {
        func interview(_ scores: [String]) throws -> [String] {
            try Engine.sqlite.withDatabase { database in
                let run = try database.runner.run(Self.start, stdin: Self.script(scores))
                #expect(run.status == 0, "\(run.stderr)")
                return try database.session(1).questions.map(\.asked.questionID)
            }
        }
        let strong = ["4 4 4 4", "4 4 4 4", "4 4 4 4", "4 4 4 4"]
        #expect(try interview(strong) == (try interview(strong)))
        let weak = try interview(["1 1 1 1", "1 1 1 1", "1 1 1 1", "1 1 1 1"])
        #expect(weak.count == 4)
        #expect(weak.first == (try interview(strong)).first)
    }

    @Test("kill -9 after a move loses nothing; resume goes on choosing exactly as an uninterrupted interview", arguments: Engine.all)
    func killAndResume(engine: Engine) throws {
        let scores = ["3 2 3 3", "4 4 3 4", "2 2 2 3", "3 3 3 3"]
        let uninterrupted = try Engine.sqlite.withDatabase { database in
            let run = try database.runner.run(Self.start, stdin: Self.script(scores))
            #expect(run.status == 0, "\(run.stderr)")
            return try database.session(1).questions.map(\.asked.questionID)
        }
        try engine.withDatabase { database in
            let live = try LiveProcess(Self.start, environment: ["INTERVIEW_DB": database.address])
            #expect(live.waitForPrompts(1))
            live.send("s \(scores[0])")
            #expect(live.waitForPrompts(2))
            live.send("n")
            #expect(live.waitForPrompts(3))
            live.send("s \(scores[1])")
            #expect(live.waitForPrompts(4))
            live.kill()
            let killed = try database.session(1)
            #expect(killed.questions.count == 2)
            #expect(killed.questions[1].marks(of: "alice").scores.count == 4)
            // The list of sessions counts the questions the session will ask, not those drawn so far.
            let listed = try database.runner.run(["sessions", "--format", "json"])
            let sessions = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: [[String: Any]]])
            #expect(sessions["sessions"]?.first?["questions"] as? Int == 4)
            #expect(sessions["sessions"]?.first?["scored"] as? Int == 2)
            let rest = "n\n" + scores[2...].map { "s \($0)\nn\n" }.joined() + "rec yes\nfinish\n"
            let resumed = try database.runner.run(["resume", "1"], stdin: rest)
            #expect(resumed.status == 0, "\(resumed.stderr)")
            let record = try database.session(1)
            #expect(record.status == .finished)
            #expect(record.questions.map(\.asked.questionID) == uninterrupted)
        }
    }

    @Test("a blueprint asks for adaptive selection in YAML; e is refused on a fixed session; bad values are one line")
    func blueprintAndBadInput() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            let yaml = """
                id: adaptive-screen
                title: Adaptive screen
                minutes: 30
                questions: 3
                topics: {async: 1, memory: 1, concurrency: 1}
                adaptive: true

                """
            let file = folder.appendingPathComponent("adaptive-screen.yaml")
            try yaml.write(to: file, atomically: true, encoding: .utf8)
            let run = try runner.run(
                ["start", "--blueprint", file.path, "--candidate", "Bo", "--interviewer", "al", "--seed", "2"],
                stdin: "s 3 3 3 3\nn\ne\ns 3 3 3 3\nn\ns 3 3 3 3\nn\nrec no\nfinish\n")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Running estimate: θ = "))
            #expect(try database.session(1).questions.count == 3)
            #expect(try database.session(1).adaptiveCount == 3)

            let fixed = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Cy", "--interviewer", "al", "--seed", "2"], stdin: "e\n")
            #expect(fixed.stderr.contains("! e shows an adaptive session's running estimate; this session was drawn whole"))
            #expect(try database.session(2).adaptiveCount == nil)

            try yaml.replacingOccurrences(of: "adaptive: true", with: "adaptive: maybe").write(to: file, atomically: true, encoding: .utf8)
            let bad = try runner.run(["start", "--blueprint", file.path, "--candidate", "Di", "--interviewer", "al"], stdin: "")
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("adaptive"), "\(bad.stderr)")
            #expect(bad.stderr.contains("expected true or false, found 'maybe'"), "\(bad.stderr)")
        }
    }
}

extension AdaptiveCommandTests {
    @Test("when no remaining question can fill a quota, the screen names it and offers to finish; finish closes the session")
    func quotaRunsOut() throws {
        try Engine.sqlite.withDatabase { database in
            let folder = database.folder
            let fm = FileManager.default
            let sessions = folder.appendingPathComponent("sessions")
            try fm.copyItem(at: InterviewRunner.packageRoot.appendingPathComponent("rubrics"), to: folder.appendingPathComponent("rubrics"))
            try fm.createDirectory(at: sessions, withIntermediateDirectories: true)
            try """
                id: two-topics
                title: Two topics
                minutes: 30
                questions: 2
                topics: {async: 1, memory: 1}
                adaptive: true

                """.write(to: sessions.appendingPathComponent("two-topics.yaml"), atomically: true, encoding: .utf8)
            var runner = database.runner
            runner.directory = folder
            let start = try runner.run(["start", "--blueprint", "two-topics", "--candidate", "Eve", "--interviewer", "al", "--seed", "5"], stdin: "s 3 3 3 3\n")
            #expect(start.status == 0, "\(start.stderr)")
            // Meanwhile another session asks the candidate every question of the topic still to
            // come: the adaptive session may not ask them again.
            let first = try #require(try database.session(1).questions.first?.asked.topic)
            let missing = first == "async" ? "memory" : "async"
            let listed = try runner.run(["bank", "list", "--topic", missing, "--format", "json"])
            let topics = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: [[String: Any]]])
            let count = try #require(topics["topics"]?.first?["questions"] as? [Any]).count
            try """
                id: all-of-one
                title: All of one topic
                minutes: \(count * 20)
                questions: \(count)
                topics: {\(missing): 1}

                """.write(to: sessions.appendingPathComponent("all-of-one.yaml"), atomically: true, encoding: .utf8)
            let other = try runner.run(["start", "--blueprint", "all-of-one", "--candidate", "Eve", "--interviewer", "al", "--seed", "1"], stdin: "")
            #expect(other.status == 0, "\(other.stderr)")
            #expect(try database.session(2).questions.count == count)
            let resumed = try runner.run(["resume", "1"], stdin: "n\nrec no\nfinish\n")
            #expect(resumed.status == 0, "\(resumed.stderr)")
            #expect(resumed.stdout.contains("No next question fits the blueprint: topic '\(missing)' ran out"), "\(resumed.stdout)")
            #expect(resumed.stdout.contains("The interview can end here with 1 of 2 questions: give a recommendation and finish"))
            let record = try database.session(1)
            #expect(record.status == .finished)
            #expect(record.questions.count == 1)
        }
    }
}
