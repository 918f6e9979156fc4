import Foundation
import Testing

/// `interview report` and `interview demo` through the built binary, on a session recorded the
/// way users record one: `start` with a piped script, `score` by a second interviewer, `finish`;
/// on SQLite and on PostgreSQL.
@Suite("interview report / demo (the built executable)")
struct ReportCommandTests {
    static let name = "'); DROP TABLE score;--"
    static let script = "<script>alert(1)</script>"
    /// Records session 1 and returns its question ids in order.
    func recordSession(_ runner: InterviewRunner) throws -> [String] {
        let plan = try runner.run(["plan", "--blueprint", "screen-30", "--seed", "5", "--format", "json"])
        let questions = (try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])?["questions"] as? [[String: Any]]
        let ids = try #require(questions?.compactMap { $0["id"] as? String })
        try #require(ids.count == 4)
        let lines = [
            "t 1 2", "f 1", "f asked about io_uring", "note \(Self.script)", "s 3 2 4 3", "n", "s 4 4 4 4", "n", "skip ran out of time", "n",
            "s 2 3 2 3", "n",
        ]
        let start = try runner.run(
            ["start", "--blueprint", "screen-30", "--candidate", Self.name, "--interviewer", "alice", "--seed", "5"],
            stdin: lines.joined(separator: "\n") + "\n")
        try #require(start.status == 0, "\(start.stderr)")
        let score = try runner.run([
            "score", "1", "--question", ids[0], "--interviewer", "bob", "--score", "correctness=4", "--score", "depth=3",
            "--score", "tradeoffs=4", "--score", "communication=2", "--covered", "3", "--note", "agrees, a bit generous",
        ])
        try #require(score.status == 0, "\(score.stderr)")
        let finish = try runner.run(["finish", "1", "--interviewer", "alice", "--recommendation", "yes", "--summary", "calm & precise"])
        try #require(finish.status == 0, "\(finish.stderr)")
        return ids
    }

    func json(_ runner: InterviewRunner, _ arguments: [String]) throws -> [String: Any] {
        let result = try runner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON: cli.md's report shape with the recorded scores, unrounded, ids as strings, times in UTC", arguments: Engine.all)
    func jsonReport(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let ids = try recordSession(runner)
            let report = try json(runner, ["report", "1", "--format", "json"])
            #expect(report["session"] as? String == "1")
            #expect(report["candidate"] as? String == Self.name)
            #expect(report["blueprint"] as? String == "screen-30")
            #expect(report["status"] as? String == "finished")
            #expect(report["interviewers"] as? [String] == ["alice", "bob"])
            #expect((report["started_at"] as? String)?.hasSuffix("Z") == true)
            let questions = try #require(report["questions"] as? [[String: Any]])
            #expect(questions.map { $0["id"] as? String } == ids)
            #expect(questions.map { $0["status"] as? String } == ["scored", "scored", "skipped", "scored"])
            #expect(questions[2]["skip_reason"] as? String == "ran out of time")
            #expect(questions[2]["score"] is NSNull)
            let ratings = try #require(questions[0]["ratings"] as? [[String: Any]])
            #expect(ratings.map { $0["interviewer"] as? String } == ["alice", "bob"])
            #expect(ratings[0]["criteria"] as? [String: Int] == ["correctness": 3, "depth": 2, "tradeoffs": 4, "communication": 3])
            let first = (3.0 + 3.45) / 2  // alice (3,2,4,3) → 3.0, bob (4,3,4,2) → 3.45
            #expect(abs((questions[0]["score"] as? Double ?? 0) - first) < 1e-9)
            let followUps = try #require(questions[0]["follow_ups"] as? [[String: Any]])
            #expect(followUps.map { $0["typed"] as? Bool } == [false, true])
            #expect((questions[0]["notes"] as? [[String: Any]])?.first?["text"] as? String == Self.script)
            #expect((questions[0]["covered"] as? [[String: Any]])?.map { $0["number"] as? Int } == [1, 2, 3])
            let overall = try #require(report["overall"] as? [String: Any])
            #expect(overall["n"] as? Int == 3)
            let expected = (first + 4.0 + (0.35 * 2 + 0.25 * 3 + 0.25 * 2 + 0.15 * 3)) / 3
            #expect(abs((overall["mean"] as? Double ?? 0) - expected) < 1e-9)
            #expect(overall["lower"] is Double && overall["upper"] is Double)
            #expect((report["recommendations"] as? [[String: Any]])?.first?["summary"] as? String == "calm & precise")
        }
    }

    @Test("CSV parses back with python3's csv module to the recorded scores", arguments: Engine.all)
    func csvReport(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            let ids = try recordSession(runner)
            let csvFile = folder.appendingPathComponent("report.csv").path
            let written = try runner.run(["report", "1", "--format", "csv", "--output", csvFile])
            #expect(written.status == 0, "\(written.stderr)")
            let mode = try FileManager.default.attributesOfItem(atPath: csvFile)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
            let parse = Process()
            parse.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            parse.arguments = [
                "python3", "-c",
                "import csv,sys; r=csv.reader(open(sys.argv[1], newline='')); next(r); [print('|'.join(row[:7])) for row in r]", csvFile,
            ]
            let pipe = Pipe()
            parse.standardOutput = pipe
            try parse.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            parse.waitUntilExit()
            #expect(parse.terminationStatus == 0)
            func rows(_ question: String, _ who: String, _ values: [Int]) -> [String] {
                zip(["correctness", "depth", "tradeoffs", "communication"], values).map { "1|\(Self.name)|\(question)|\(question.split(separator: "/")[0])|\(who)|\($0)|\($1)" }
            }
            let expected = rows(ids[0], "alice", [3, 2, 4, 3]) + rows(ids[0], "bob", [4, 3, 4, 2]) + rows(ids[1], "alice", [4, 4, 4, 4])
                + rows(ids[3], "alice", [2, 3, 2, 3])
            #expect(output.split(separator: "\n").map(String.init) == expected)
        }
    }

    @Test("HTML and Markdown: the script note and the SQL-looking name show as text", arguments: Engine.all)
    func htmlAndMarkdown(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            _ = try recordSession(runner)
            let html = try runner.run(["report", "1", "--format", "html"])
            #expect(html.status == 0, "\(html.stderr)")
            #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
            #expect(html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.stdout.contains("Interview report: '); DROP TABLE score;--"))
            #expect(!html.stdout.lowercased().contains("<script"))
            #expect(html.stdout.contains("<svg"))
            #expect(!html.stdout.contains("http://") || html.stdout.components(separatedBy: "http://").count == html.stdout.components(separatedBy: "http://www.w3.org/2000/svg").count)
            let md = try runner.run(["report", "1"])
            #expect(md.status == 0)
            #expect(md.stdout.contains("3 of 4 questions scored"))
            #expect(md.stdout.contains("\\<script\\>alert(1)\\</script\\>"))
        }
    }

    @Test("--blind: no name, session id, date or seed in any format; interviewer names stay", arguments: Engine.all)
    func blind(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            _ = try recordSession(runner)
            for format in ["md", "html", "json", "csv"] {
                let result = try runner.run(["report", "1", "--format", format, "--blind", "--seed", "3"])
                #expect(result.status == 0, "\(result.stderr)")
                for secret in [Self.name, "DROP TABLE", "'); "] {
                    #expect(!result.stdout.contains(secret), "\(format) shows \(secret)")
                }
                #expect(result.stdout.contains("Candidate A"))
                #expect(result.stdout.contains("alice"))
            }
            #expect(try runner.run(["report", "1", "--blind", "--seed", "3"]).stdout.contains("**Started:** – · **finished:** –"))
            #expect(!(try runner.run(["report", "1", "--format", "html", "--blind", "--seed", "3"]).stdout.contains("<dt>Date</dt>")))
            let report = try json(runner, ["report", "1", "--format", "json", "--blind", "--seed", "3"])
            #expect(report["session"] is NSNull && report["seed"] is NSNull && report["started_at"] is NSNull)
            #expect(report["blind_seed"] as? Int == 3)
            let random = try runner.run(["report", "1", "--blind"])
            #expect(random.stderr.hasPrefix("blind_seed: "))
        }
    }

    @Test("--candidate: every session in time order; errors are one line", arguments: Engine.all)
    func candidateAndErrors(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            _ = try recordSession(runner)
            let report = try json(runner, ["report", "--candidate", Self.name, "--format", "json"])
            #expect(report["candidate"] as? String == Self.name)
            #expect((report["sessions"] as? [[String: Any]])?.map { $0["session"] as? String } == ["1"])
            #expect((report["overall"] as? [String: Any])?["n"] as? Int == 3)
            #expect((report["never_asked"] as? [String]) == [])
            let unknown = try runner.run(["report", "99"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr == "Error: unknown session '99' (see `interview sessions`)\n")
            let nobody = try runner.run(["report", "--candidate", "Nobody"])
            #expect(nobody.status == 1)
            #expect(nobody.stderr == "Error: unknown candidate 'Nobody'\n")
            let neither = try runner.run(["report"])
            #expect(neither.status == 64)
            let missing = try runner.run(["report", "1", "--db", folder.appendingPathComponent("none.sqlite").path])
            #expect(missing.status == 1)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))
        }
    }

    @Test("demo runs a scripted session through the live engine and names its report files")
    func demo() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            let db = folder.appendingPathComponent("demo.sqlite").path
            let result = try runner.run(["demo", "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "Demo session 1: Ada Lovelace (demo) · Senior Rust engineer, 60 minutes · seed 2024")
            let html = try #require(lines.first { $0.hasPrefix("report (HTML): ") }?.dropFirst("report (HTML): ".count))
            let md = try #require(lines.first { $0.hasPrefix("report (Markdown): ") }?.dropFirst("report (Markdown): ".count))
            let page = try String(contentsOfFile: String(html), encoding: .utf8)
            #expect(page.contains("<svg"))
            #expect(page.contains("drew the &lt;state machine&gt; &amp; named"))
            let markdown = try String(contentsOfFile: String(md), encoding: .utf8)
            #expect(markdown.contains("6 of 7 questions scored"))
            let sessions = try runner.run(["sessions", "--db", db, "--format", "json"])
            #expect(sessions.stdout.contains("\"status\" : \"finished\""))
            try? FileManager.default.removeItem(atPath: (String(html) as NSString).deletingLastPathComponent)
        }
    }
}
