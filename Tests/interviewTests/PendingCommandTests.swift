import Foundation
import GRDB
import Testing

/// `interview pending` through the built binary: what each panel member still owes, sessions left
/// paused, `--check` for cron, and commands that really complete what they list.
@Suite("interview pending (the built executable)")
struct PendingCommandTests {
    struct Item: Decodable, Equatable {
        var session: String
        var candidate: String
        var interviewer: String?
        var kind: String
        var command: String
    }

    struct Listing: Decodable {
        var pending: [Item]
    }

    func pending(_ runner: InterviewRunner, _ extra: [String] = []) throws -> [Item] {
        let result = try runner.run(["pending", "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Listing.self, from: Data(result.stdout.utf8)).pending
    }

    /// Runs a listed command through the shell, with the placeholders filled in.
    func complete(_ item: Item, _ runner: InterviewRunner, recommendation: String = "no") throws -> InterviewRunner.Result {
        let line = item.command
            .replacingOccurrences(of: "<strong-no|no|yes|strong-yes>", with: recommendation)
            .replacingOccurrences(of: "<text>", with: "'done late'")
        #expect(line.hasPrefix("interview "))
        let script = "\"$INTERVIEW_BIN\"" + line.dropFirst("interview".count)
        var environment = runner.environment
        environment["INTERVIEW_BIN"] = InterviewRunner.binary.path
        return try InterviewRunner.run(executable: "/bin/sh", ["-c", script], stdin: nil, environment: environment, directory: runner.directory)
    }

    @Test("a panel member who scored owes a scorecard, a recommendation without a summary owes one; the listed commands complete them", arguments: Engine.all)
    func scorecards(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            #expect(try pending(runner).isEmpty)
            let started = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Ann O'Neil", "--interviewer", "alice", "--seed", "4"], stdin: "")
            #expect(started.status == 0, "\(started.stderr)")
            let first = try #require(try database.questions(ofSession: 1).first)
            let scores = ["correctness=3", "depth=2", "tradeoffs=3", "communication=3"].flatMap { ["--score", $0] }
            for name in ["alice", "bo o'hara"] {
                let scored = try runner.run(["score", "1", "--question", first, "--interviewer", name] + scores)
                #expect(scored.status == 0, "\(scored.stderr)")
            }
            // Still open and active: nothing is owed yet.
            #expect(try pending(runner).isEmpty)
            let finished = try runner.run(["finish", "1", "--interviewer", "alice", "--recommendation", "yes"])
            #expect(finished.status == 0, "\(finished.stderr)")
            // A second session finished with everything given owes nothing.
            #expect(try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Cy", "--interviewer", "dee", "--seed", "5"], stdin: "").status == 0)
            #expect(try runner.run(["finish", "2", "--interviewer", "dee", "--recommendation", "no", "--summary", "thin on async"]).status == 0)

            let owed = try pending(runner)
            #expect(owed.map(\.kind) == ["summary", "scorecard"] || owed.map(\.kind) == ["scorecard", "summary"])
            let summary = try #require(owed.first { $0.kind == "summary" })
            #expect(summary == Item(
                session: "1", candidate: "Ann O'Neil", interviewer: "alice", kind: "summary",
                command: "interview finish 1 --interviewer alice --recommendation yes --summary <text>"))
            let scorecard = try #require(owed.first { $0.kind == "scorecard" })
            #expect(scorecard == Item(
                session: "1", candidate: "Ann O'Neil", interviewer: "bo o'hara", kind: "scorecard",
                command: #"interview finish 1 --interviewer 'bo o'\''hara' --recommendation <strong-no|no|yes|strong-yes> --summary <text>"#))

            let checked = try runner.run(["pending", "--check"])
            #expect(checked.status == 1)
            #expect(checked.stdout.contains("bo o'hara"))
            #expect(checked.stdout.hasPrefix("SESSION  CANDIDATE"))

            for item in owed {
                let result = try complete(item, runner)
                #expect(result.status == 0, "\(item.command): \(result.stderr)")
            }
            #expect(try pending(runner).isEmpty)
            let clear = try runner.run(["pending", "--check"])
            #expect(clear.status == 0)
            #expect(clear.stdout == "nothing pending\n")
            let record = try database.session(1)
            #expect(record.recommendations.map(\.summary).allSatisfy { $0 == "done late" })
        }
    }

    @Test("an open session counts as paused after --paused-hours (a day by default); resume is the command", arguments: Engine.all)
    func paused(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            #expect(try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Bo", "--interviewer", "alice", "--seed", "4"], stdin: "").status == 0)
            #expect(try pending(runner).isEmpty)
            let now = try pending(runner, ["--paused-hours", "0"])
            #expect(now == [Item(session: "1", candidate: "Bo", interviewer: "alice", kind: "paused", command: "interview resume 1")])
            guard engine == .sqlite else { return }
            // Two days without activity: paused under the default of a day, not under a week.
            let queue = try DatabaseQueue(path: database.address)
            try queue.write { db in
                try db.execute(sql: "UPDATE session SET last_activity_at = ? WHERE id = 1", arguments: [Date().addingTimeInterval(-2 * 86_400)])
            }
            try queue.close()
            let table = try runner.run(["pending"])
            #expect(table.stdout.contains("paused   2 d"), "\(table.stdout)")
            #expect(try pending(runner, ["--paused-hours", "168"]).isEmpty)
        }
    }

    @Test("a bad option is named in one error line with status 64; no database is nothing pending")
    func badInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pending-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = InterviewRunner(environment: ["INTERVIEW_DB": folder.appendingPathComponent("none.sqlite").path])
        let empty = try runner.run(["pending", "--check"])
        #expect(empty.status == 0)
        #expect(empty.stdout == "nothing pending\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))
        for (bad, named) in [(["--paused-hours=-1"], "-1"), (["--paused-hours", "soon"], "soon"), (["--format", "xml"], "xml")] {
            let result = try runner.run(["pending"] + bad)
            #expect(result.status == 64, "\(bad)")
            #expect(result.stdout.isEmpty)
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("Error: ") && first.contains(named), "\(result.stderr)")
        }
    }
}
