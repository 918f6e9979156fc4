import Foundation
import Testing

/// `compare --all` serves its standings from the cache until a score changes the data: the cached
/// answer is the computed one in every format, never a stale one, and the kept file names no
/// candidate (candidates are numbered by database id and named when it is read).
@Suite("compare --all: the cached standings (the built executable, SQLite)")
struct CompareCacheCommandTests {
    @Test("a second run serves the same text; a new score or a forgotten candidate recomputes it; the kept file names no one")
    func invalidation() throws {
        try Engine.sqlite.withDatabase { database in
            let cache = database.folder.appendingPathComponent("cache").path
            let results = cache + "/interview/results"
            var runner = database.runner
            runner.environment["XDG_CACHE_HOME"] = cache
            let generate = try runner.run(
                ["bench", "generate", "--sessions", "40", "--candidates", "8", "--interviewers", "6", "--panels", "1,1,1", "--questions", "4-8", "--seed", "7", "--db", database.address])
            #expect(generate.status == 0, "\(generate.stderr)")
            // Ada: one finished session scored by ann and bob, and one still open.
            func start(seed: String) throws -> (session: String, questions: [String]) {
                let start = try runner.run(
                    ["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "ann", "--seed", seed], stdin: "")
                #expect(start.status == 0, "\(start.stderr)")
                let session = try database.integer("SELECT MAX(id) FROM session")
                return (String(session), try database.questions(ofSession: session))
            }
            // Every criterion of the session's first question on the default rubric (a question on
            // another rubric refuses these criteria and records nothing).
            func score(_ asked: (session: String, questions: [String]), _ interviewer: String, _ value: Int) throws {
                for question in asked.questions {
                    let result = try runner.run(
                        ["score", asked.session, "--question", question, "--interviewer", interviewer]
                            + ["correctness", "depth", "tradeoffs", "communication"].flatMap { ["--score", "\($0)=\(value)"] })
                    if result.status == 0 { return }
                }
                Issue.record("no question of session \(asked.session) takes the default rubric's criteria")
            }
            func finish(_ asked: (session: String, questions: [String]), _ interviewer: String) throws {
                let result = try runner.run(["finish", asked.session, "--interviewer", interviewer, "--recommendation", "yes"])
                #expect(result.status == 0, "\(result.stderr)")
            }
            let finished = try start(seed: "1")
            try score(finished, "ann", 3)
            try score(finished, "bob", 2)
            try finish(finished, "ann")
            let open = try start(seed: "2")
            let variants: [[String]] = [
                ["--all", "--format", "json"], ["--all"], ["--all", "--format", "csv"], ["--all", "--raw", "--format", "json"],
                ["--all", "--blind", "--seed", "3"], ["--candidate", "Ada", "--candidate", "candidate 1", "--format", "json"],
            ]
            func compare(_ arguments: [String], cached: Bool = true) throws -> String {
                var local = runner
                if !cached { local.environment["XDG_CACHE_HOME"] = database.folder.appendingPathComponent("fresh-\(UUID().uuidString)").path }
                let result = try local.run(["compare"] + arguments)
                #expect(result.status == 0, "\(result.stderr)")
                return result.stdout
            }
            func standingsFile() throws -> String? {
                try FileManager.default.contentsOfDirectory(atPath: results).first { $0.contains("-standings-") }.map { results + "/" + $0 }
            }
            func keptText() throws -> String {
                try FileManager.default.contentsOfDirectory(atPath: results).map { file in
                    String(decoding: FileManager.default.contents(atPath: results + "/" + file) ?? Data(), as: UTF8.self)
                }.joined()
            }

            let first = try compare(variants[0])
            #expect(first.contains("\"Ada\"") && first.contains("\"candidate 1\""))
            let file = try #require(try standingsFile())
            let written = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
            #expect(try compare(variants[0]) == first)
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date == written, "served, not computed again")
            for arguments in variants {
                #expect(try compare(arguments) == (try compare(arguments, cached: false)), "\(arguments)")
            }
            let kept = try keptText()
            #expect(!kept.contains("Ada") && !kept.contains("candidate 1"))

            // A damaged file is computed again.
            try Data("standings-1\n{}".utf8).write(to: URL(fileURLWithPath: file))
            #expect(try compare(variants[0]) == first)

            try score(open, "cal", 4)
            let after = try compare(variants[0])
            #expect(after != first && after.contains("\"cal\""))
            #expect(after == (try compare(variants[0], cached: false)))
            try finish(open, "cal")
            let pooled = try compare(variants[0])
            #expect(pooled != after)
            #expect(pooled == (try compare(variants[0], cached: false)))

            let forget = try runner.run(["candidate", "forget", "Ada", "--yes"])
            #expect(forget.status == 0, "\(forget.stderr)")
            for arguments in variants.dropLast() {
                let text = try compare(arguments)
                #expect(!text.contains("Ada"), "\(arguments)")
                #expect(text == (try compare(arguments, cached: false)), "\(arguments)")
            }
            #expect(!(try keptText()).contains("Ada"))
        }
    }
}
