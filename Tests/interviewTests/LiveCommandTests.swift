import Foundation
import Testing

/// The live screen and the session commands, driven through the built binary on a SQLite file in
/// a temporary folder and on a PostgreSQL database.
@Suite("interview start / resume / score / finish / sessions (the built executable)")
struct LiveCommandTests {
    func sessions(_ runner: InterviewRunner) throws -> [[String: Any]] {
        let result = try runner.run(["sessions", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return json?["sessions"] as? [[String: Any]] ?? []
    }

    func plan(_ runner: InterviewRunner, _ seed: Int) throws -> [[String: Any]] {
        let result = try runner.run(["plan", "--blueprint", "screen-30", "--seed", String(seed), "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return json?["questions"] as? [[String: Any]] ?? []
    }

    @Test("a scripted session: bad lines are refused in one line, end of input pauses, resume finishes", arguments: Engine.all)
    func scriptedSession(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let script = "t 1 2\nf 1\nf asked about io_uring\nbogus\ns 3 2 9 3\nn\ns 3 2 4 3\nn\nskip ran out of time\nn\n"
            let start = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "alice", "--seed", "5"], stdin: script)
            #expect(start.status == 0, "\(start.stderr)")
            #expect(start.stdout.hasPrefix("Session 1: Ada · Screening call, 30 minutes · seed 5 · type h for help\n"))
            #expect(start.stdout.contains("Question 1/4 · "))
            #expect(start.stdout.contains("Paused. Continue with: interview resume 1"))
            #expect(start.stderr == """
                ! unknown command 'bogus'; type h for help
                ! score 9 for tradeoffs is outside the scale 1-4
                ! score every criterion first (missing: correctness, depth, tradeoffs, communication) or skip <reason>

                """)
            var listed = try sessions(runner)
            #expect(listed.first?["status"] as? String == "open")
            #expect(listed.first?["scored"] as? Int == 1)
            #expect(listed.first?["id"] as? String == "1")

            let resume = try runner.run(["resume", "1"], stdin: "s 4 4 4 4\nn\n2 2 2 2\nn\nfinish\nrec strong-yes\nsummary calm and precise\nfinish\n")
            #expect(resume.status == 0, "\(resume.stderr)")
            #expect(resume.stdout.contains("Question 3/4 · "))
            #expect(resume.stderr == "! give your recommendation first: rec strong-no | no | yes | strong-yes\n")
            #expect(resume.stdout.contains("Session 1 finished."))
            listed = try sessions(runner)
            #expect(listed.first?["status"] as? String == "finished")
            #expect(listed.first?["scored"] as? Int == 3)
            #expect(listed.first?["finished_at"] is String)

            let again = try runner.run(["resume", "1"], stdin: "")
            #expect(again.status == 1)
            #expect(again.stderr == "Error: session 1 is finished; nothing was recorded\n")
        }
    }

    @Test("score and finish record a second interviewer; bad values are refused and nothing is written", arguments: Engine.all)
    func scoreAndFinish(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let question = try #require(try plan(runner, 9).first?["id"] as? String)
            let start = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Bo", "--interviewer", "alice", "--seed", "9"], stdin: "p\n")
            #expect(start.status == 0)
            let ok = try runner.run([
                "score", "1", "--question", question, "--interviewer", "bob", "--score", "correctness=3", "--score", "depth=2",
                "--score", "tradeoffs=4", "--score", "communication=3", "--covered", "1,3", "--follow-up", "what about Drop?",
                "--red-flag", "1", "--note", "'); DROP TABLE score;--",
            ])
            #expect(ok.status == 0, "\(ok.stderr)")
            let outOfScale = try runner.run(["score", "1", "--question", question, "--interviewer", "carol", "--score", "depth=7"])
            #expect(outOfScale.status == 1)
            #expect(outOfScale.stderr == "Error: score 7 for depth is outside the scale 1-4\n")
            let unknownQuestion = try runner.run(["score", "1", "--question", "nope/x", "--interviewer", "carol", "--score", "depth=3"])
            #expect(unknownQuestion.status == 1)
            #expect(unknownQuestion.stderr.hasPrefix("Error: session 1 has no question 'nope/x' (it has: \(question), "))
            let unknownSession = try runner.run(["score", "77", "--question", question, "--interviewer", "carol", "--score", "depth=3"])
            #expect(unknownSession.stderr == "Error: unknown session '77' (see `interview sessions`)\n")
            let badPoint = try runner.run(["score", "1", "--question", question, "--interviewer", "carol", "--covered", "1,99"])
            #expect(badPoint.status == 1)
            #expect(badPoint.stderr.hasPrefix("Error: no point 99 (this question has points 1-"))
            let usage = try runner.run(["score", "1", "--question", question, "--interviewer", "carol", "--score", "depth"])
            #expect(usage.status == 64)
            let finish = try runner.run(["finish", "1", "--interviewer", "bob", "--recommendation", "no", "--summary", "shaky"])
            #expect(finish.status == 0, "\(finish.stderr)")
            let badRecommendation = try runner.run(["finish", "1", "--interviewer", "bob", "--recommendation", "maybe"])
            #expect(badRecommendation.status == 64)
            let listed = try sessions(runner)
            #expect(listed.first?["interviewers"] as? [String] == ["alice", "bob"])
            #expect(listed.first?["status"] as? String == "finished")
            #expect(listed.first?["scored"] as? Int == 1)
        }
    }

    @Test("the database file is created readable by its owner only")
    func privateFile() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            _ = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Cy", "--interviewer", "alice"], stdin: "")
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("db.sqlite").path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        }
    }

    @Test("a file that is not a database is refused in one line")
    func junkDatabase() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            let junk = folder.appendingPathComponent("junk.sqlite")
            try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: junk)
            let result = try runner.run(["sessions", "--db", junk.path])
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(junk.path): not an interview database (the file is not SQLite)\n")
        }
    }
}
