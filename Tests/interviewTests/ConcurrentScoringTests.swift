import Foundation
import Testing

/// quality.md "Concurrency": a panel of four processes recording into one database at once, a
/// SQLite file or a PostgreSQL database.
@Suite("Four processes scoring at once (the built executable)")
struct ConcurrentScoringTests {
    @Test("4 processes x 150 score commands at once (x 60 on PostgreSQL): every one succeeds, nothing locked, no row lost", arguments: Engine.all)
    func fourWriters(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            let start = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "alice", "--seed", "2"], stdin: "")
            #expect(start.status == 0, "\(start.stderr)")
            let questions = try database.questions(ofSession: 1)
            #expect(questions.count == 4)
            // Each command of a debug build opens its own TLS connection to the server: fewer there.
            let perProcess = engine == .sqlite ? 150 : 60
            // Each panelist is one shell looping over `interview score`: four real processes at once.
            let processes = try (1...4).map { panelist -> (Process, Pipe) in
                let script = """
                    for i in $(seq 1 \(perProcess)); do
                      case $((i % 4)) in 0) q=\(questions[0]);; 1) q=\(questions[1]);; 2) q=\(questions[2]);; *) q=\(questions[3]);; esac
                      "$BIN" score 1 --question "$q" --interviewer "panel\(panelist)" --score correctness=$((i % 4 + 1)) --note "p\(panelist) n$i" \
                        2>>"$ERRORS" >/dev/null || echo "exit $? on p\(panelist) n$i" >>"$ERRORS"
                    done
                    """
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", script]
                var env = ProcessInfo.processInfo.environment
                env["BIN"] = InterviewRunner.binary.path
                env["INTERVIEW_DB"] = database.address
                env["ERRORS"] = folder.appendingPathComponent("errors-\(panelist).txt").path
                process.environment = env
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                return (process, pipe)
            }
            for (process, _) in processes { process.waitUntilExit() }
            var stderr = ""
            for panelist in 1...4 {
                stderr += (try? String(contentsOf: folder.appendingPathComponent("errors-\(panelist).txt"), encoding: .utf8)) ?? ""
            }
            let failures = stderr.split(separator: "\n").filter { !$0.hasPrefix("recorded ") }
            #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(3))")
            #expect(!stderr.contains("locked"))
            #expect(try database.integer("SELECT COUNT(*) FROM note") == 4 * perProcess)
            #expect(try database.integer("SELECT COUNT(DISTINCT text) FROM note") == 4 * perProcess)
            #expect(try database.integer("SELECT COUNT(*) FROM score") == 4 * 4)  // one correctness score per panelist and question, updated in place
            let check = try runner.run(["db", "check"])
            #expect(check.status == 0, "\(check.stderr)")
        }
    }
}
