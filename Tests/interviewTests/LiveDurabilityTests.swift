import Foundation
import GRDB
import InterviewKit
import Testing

/// A whole scripted interview checked value by value in the database, kill -9 at random moments,
/// and two interviewers recording at once; on SQLite and on PostgreSQL.
@Suite("Live sessions: every value recorded, nothing lost (the built executable)")
struct LiveDurabilityTests {
    /// SQLite's own integrity and foreign key checks on the file; on PostgreSQL, where the server
    /// keeps both, that `db check` passes.
    func expectIntact(_ database: TestDatabase) throws {
        switch database.engine {
        case .sqlite:
            let queue = try DatabaseQueue(path: database.address)
            defer { try? queue.close() }
            let (check, violations) = try queue.read { db in
                (try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
            }
            #expect(check == "ok")
            #expect(violations == 0)
        case .postgres:
            let check = try database.runner.run(["db", "check"])
            #expect(check.status == 0, "\(check.stderr)")
        }
    }

    @Test("a seven-question session piped through start: ticks, follow-ups, flags, scores, notes, a skip, a back, the recommendation", arguments: Engine.all)
    func sixQuestions(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let script = """
                t 1 3
                f 1
                f how would this change under io_uring?
                r 1
                s 3 2 4 3
                note knew the reactor well
                n
                4 4 4 4
                f 2
                n
                skip candidate asked to move on
                n
                b
                n
                s 2 2 2 2
                t 2
                u 2
                t 4
                n
                depth=3 correctness=3 tradeoffs=3 communication=3
                note '); DROP TABLE score;--
                n
                1 1 1 2
                n
                s 3 3 2 3
                n
                rec no
                summary Strong async, weak on memory; <script>alert(1)</script>
                finish

                """
            let result = try runner.run(["start", "--blueprint", "senior-rust-60", "--candidate", "Zoë O'Brien", "--interviewer", "alice", "--seed", "17"], stdin: script)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr == "")
            let session = try database.session(1)
            #expect(session.candidate == "Zoë O'Brien")
            #expect(session.status == .finished)
            #expect(session.questions.count == 7)
            let marks = session.questions.map { $0.marks(of: "alice") }
            let q1 = session.questions[0].asked
            #expect(marks[0].covered == [0, 2])
            #expect(marks[0].followUps.map(\.id) == [q1.followUps[0].id, nil])
            #expect(marks[0].followUps.map(\.text) == [q1.followUps[0].text, "how would this change under io_uring?"])
            #expect(marks[0].redFlags == [0])
            #expect(marks[0].scores == ["correctness": 3, "depth": 2, "tradeoffs": 4, "communication": 3])
            #expect(marks[0].notes.map(\.text) == ["knew the reactor well"])
            #expect(marks[1].scores.values.sorted() == [4, 4, 4, 4])
            #expect(marks[1].followUps.map(\.id) == [session.questions[1].asked.followUps[1].id])
            #expect(marks[2].skipReason == "candidate asked to move on")
            #expect(marks[2].scores.isEmpty)
            #expect(marks[3].scores.values.sorted() == [2, 2, 2, 2])
            #expect(marks[3].covered == [3])
            #expect(marks[4].notes.map(\.text) == ["'); DROP TABLE score;--"])
            #expect(marks[5].scores.values.sorted() == [1, 1, 1, 2])
            #expect(marks[6].scores == ["correctness": 3, "depth": 3, "tradeoffs": 2, "communication": 3])
            let recommendation = try #require(session.recommendations.first)
            #expect(recommendation.recommendation == .no)
            #expect(recommendation.summary == "Strong async, weak on memory; <script>alert(1)</script>")
        }
    }

    @Test("kill -9 at 20 random moments loses no command whose prompt had come back; integrity holds; resume finishes", arguments: Engine.all)
    func killNine(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let start = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "alice", "--seed", "3"], stdin: "")
            #expect(start.status == 0)
            var acknowledged: [String] = []
            var generator = SystemRandomNumberGenerator()
            for round in 1...20 {
                let live = try LiveProcess(["resume", "1"], environment: ["INTERVIEW_DB": database.address])
                #expect(live.waitForPrompts(1))
                let deadline = Date() + Double(UInt64.random(in: 20...300, using: &generator)) / 1000
                var sent: [String] = []
                var index = 0
                while Date() < deadline && index < 40 {
                    index += 1
                    let note = "round \(round) note \(index)"
                    sent.append(note)
                    live.send("note \(note)")
                    if index % 3 == 0 { live.waitForPrompts(sent.count + 1, timeout: 0.05) }
                }
                live.kill()
                // A note counts as acknowledged when the prompt after it appeared.
                acknowledged += sent.prefix(max(0, live.prompts - 1))
                try expectIntact(database)
            }
            let notes = Set(try database.session(1).questions[0].marks(of: "alice").notes.map(\.text))
            let lost = acknowledged.filter { !notes.contains($0) }
            #expect(lost.isEmpty, "lost \(lost.count) acknowledged commands, e.g. \(lost.prefix(3))")
            #expect(acknowledged.count > 20)
            let finish = try runner.run(["resume", "1"], stdin: "s 3 3 3 3\nn\ns 3 3 3 3\nn\ns 3 3 3 3\nn\ns 3 3 3 3\nn\nrec yes\nfinish\n")
            #expect(finish.status == 0, "\(finish.stderr)")
            #expect(try database.session(1).status == .finished)
        }
    }

    @Test("two interviewers scoring the same session at once both succeed and both sets are kept", arguments: Engine.all)
    func concurrentPanel(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let plan = try runner.run(["plan", "--blueprint", "senior-rust-60", "--seed", "8", "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
            let questions = (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(questions.count == 7)
            _ = try runner.run(["start", "--blueprint", "senior-rust-60", "--candidate", "Bo", "--interviewer", "alice", "--seed", "8"], stdin: "")
            final class Failures: @unchecked Sendable {
                let lock = NSLock()
                var messages: [String] = []
                func add(_ message: String) { lock.withLock { messages.append(message) } }
            }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 2) { panelist in
                let name = panelist == 0 ? "bob" : "carol"
                for round in 0..<5 {
                    for question in questions {
                        let criteria = question.hasPrefix("architecture/") ? ["requirements", "design", "tradeoffs", "operability"] : ["correctness", "depth", "tradeoffs", "communication"]
                        let args = ["score", "1", "--question", question, "--interviewer", name, "--note", "\(name) \(round)"]
                            + criteria.flatMap { ["--score", "\($0)=\(panelist + 2)"] }
                        let result = try? runner.run(args)
                        if result?.status != 0 { failures.add(result?.stderr ?? "did not run") }
                    }
                }
            }
            #expect(failures.messages.isEmpty, "\(failures.messages.prefix(2))")
            let session = try database.session(1)
            for question in session.questions {
                #expect(question.marks(of: "bob").scores.values.allSatisfy { $0 == 2 })
                #expect(question.marks(of: "carol").scores.values.allSatisfy { $0 == 3 })
                #expect(question.marks(of: "bob").notes.count == 5)
                #expect(question.marks(of: "carol").notes.count == 5)
            }
            #expect(session.interviewers == ["alice", "bob", "carol"] || session.interviewers == ["alice", "carol", "bob"])
        }
    }
}
