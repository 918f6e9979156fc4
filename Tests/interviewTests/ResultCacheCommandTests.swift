import Foundation
import Testing

/// `interviewers` serves its result from the cache until a score changes the data: never a stale
/// answer, and the cached answer is the computed one.
@Suite("interviewers: the cached result (the built executable, SQLite)")
struct ResultCacheCommandTests {
    @Test("a second run serves the same text; a new score or a forgotten candidate recomputes it")
    func invalidation() throws {
        try Engine.sqlite.withDatabase { database in
            let cache = database.folder.appendingPathComponent("cache").path
            var runner = database.runner
            runner.environment["XDG_CACHE_HOME"] = cache
            let plan = try runner.run(["plan", "--blueprint", "screen-30", "--candidate", "Ada", "--seed", "1", "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
            let question = try #require((json?["questions"] as? [[String: Any]])?.first?["id"] as? String)
            let start = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "ann", "--seed", "1"], stdin: "")
            #expect(start.status == 0, "\(start.stderr)")
            func score(_ interviewer: String, _ value: Int) throws {
                let result = try runner.run(
                    ["score", "1", "--question", question, "--interviewer", interviewer]
                        + ["correctness", "depth", "tradeoffs", "communication"].flatMap { ["--score", "\($0)=\(value)"] })
                #expect(result.status == 0, "\(result.stderr)")
            }
            func interviewers(cached: Bool = true) throws -> String {
                var local = runner
                if !cached { local.environment["XDG_CACHE_HOME"] = database.folder.appendingPathComponent("fresh-\(UUID().uuidString)").path }
                let result = try local.run(["interviewers", "--format", "json"])
                #expect(result.status == 0, "\(result.stderr)")
                return result.stdout
            }
            try score("ann", 3)
            try score("bob", 2)
            let first = try interviewers()
            #expect(first.contains("\"bob\""))
            #expect(try interviewers() == first)
            let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/interview/results")
            #expect(files.contains { $0.contains("interviewers.json") }, "\(files)")
            try score("cal", 4)
            let after = try interviewers()
            #expect(after != first && after.contains("\"cal\""))
            #expect(after == (try interviewers(cached: false)))
            let forget = try runner.run(["candidate", "forget", "Ada", "--yes"])
            #expect(forget.status == 0, "\(forget.stderr)")
            #expect(!(try interviewers()).contains("\"cal\""))
        }
    }
}
