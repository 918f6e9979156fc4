import Foundation
import Testing

/// `interviewers` serves its result from the cache until a score changes the data: never a stale
/// answer, and the cached answer is the computed one.
@Suite("Whole-database results in the cache: interviewers, and the fit behind a candidate report (the built executable, SQLite)")
struct ResultCacheCommandTests {
    /// The database's runner with a cache folder of its own, and that folder.
    static func cached(_ database: TestDatabase) -> (InterviewRunner, String) {
        let cache = database.folder.appendingPathComponent("cache").path
        var runner = database.runner
        runner.environment["XDG_CACHE_HOME"] = cache
        return (runner, cache)
    }

    @Test("a second run serves the same text; a new score or a forgotten candidate recomputes it")
    func invalidation() throws {
        try Engine.sqlite.withDatabase { database in
            let (runner, cache) = Self.cached(database)
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

    @Test("a candidate report after new scores estimates the fair score against the last fit, without a new one; after a fit it is the fit's")
    func reportAgainstTheLastFit() throws {
        try Engine.sqlite.withDatabase { database in
            let (runner, cache) = Self.cached(database)
            var session = 0
            func interview(_ candidate: String, seed: Int, scores: [Int]) throws {
                let plan = try runner.run(["plan", "--blueprint", "screen-30", "--candidate", candidate, "--seed", String(seed), "--format", "json"])
                let json = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
                let questions = (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                let start = try runner.run(
                    ["start", "--blueprint", "screen-30", "--candidate", candidate, "--interviewer", "ann", "--seed", String(seed)], stdin: "")
                #expect(start.status == 0, "\(start.stderr)")
                session += 1
                for (question, value) in zip(questions, scores) {
                    for (interviewer, bias) in [("ann", 0), ("bob", 1)] {
                        let result = try runner.run(
                            ["score", String(session), "--question", question, "--interviewer", interviewer]
                                + ["correctness", "depth", "tradeoffs", "communication"].flatMap { ["--score", "\($0)=\(min(4, value + bias))"] })
                        #expect(result.status == 0, "\(result.stderr)")
                    }
                }
                for interviewer in ["ann", "bob"] {
                    let finish = try runner.run(["finish", String(session), "--interviewer", interviewer, "--recommendation", "yes"])
                    #expect(finish.status == 0, "\(finish.stderr)")
                }
            }
            func ability(report candidate: String) throws -> Double {
                let result = try runner.run(["report", "--candidate", candidate, "--format", "json"])
                #expect(result.status == 0, "\(result.stderr)")
                let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                return try #require((json?["fair"] as? [String: Any])?["ability"] as? Double)
            }
            func ability(fit candidate: String) throws -> Double {
                let result = try runner.run(["fit", "--format", "json"])
                #expect(result.status == 0, "\(result.stderr)")
                let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                let row = (json?["candidates"] as? [[String: Any]] ?? []).first { $0["id"] as? String == candidate }
                return try #require(row?["ability"] as? Double)
            }
            func fits() throws -> [String] {
                try FileManager.default.contentsOfDirectory(atPath: cache + "/interview/results").filter { $0.contains("fair-fit") }
            }
            for (round, candidate) in ["Ada", "Bo", "Cy", "Ada", "Bo", "Cy"].enumerated() {
                try interview(candidate, seed: round, scores: candidate == "Ada" ? [3, 3, 2, 3] : candidate == "Bo" ? [2, 2, 1, 2] : [3, 2, 2, 1])
            }
            let before = try ability(report: "Ada")
            #expect(abs(before - (try ability(fit: "Ada"))) <= 1e-5)
            let fitted = try fits()
            #expect(fitted.count == 1)
            // A new, weaker session of Ada's: the report moves at once, from the last fit's facets.
            try interview("Ada", seed: 7, scores: [1, 1, 2, 1])
            let after = try ability(report: "Ada")
            #expect(after < before)
            #expect(try fits() == fitted, "no new whole-database fit for a report")
            // Once the database is fitted again, the report gives the new fit's ability.
            let refitted = try ability(fit: "Ada")
            #expect(try fits() != fitted)
            #expect(abs((try ability(report: "Ada")) - refitted) <= 1e-5)
            // Beside a fair score, the pooled topics say they are raw means.
            let markdown = try runner.run(["report", "--candidate", "Ada", "--format", "md"])
            #expect(markdown.stdout.contains("**Fair score:**") && markdown.stdout.contains("## Topics (pooled, raw means)"))
            let html = try runner.run(["report", "--candidate", "Ada", "--format", "html"])
            #expect(html.stdout.contains("<h2>Topics, pooled (raw means)</h2>"))
        }
    }
}
