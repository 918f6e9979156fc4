import Foundation
import Testing

/// `compare --format html` over many candidates: each chart and the differences show the first 50
/// and say so, the ranking's table lists them all (with `--raw` too).
@Suite("compare --all --format html over more candidates than a chart shows (the built executable)")
struct CompareHTMLLimitCommandTests {
    /// The text of the section that starts with the heading `heading`, up to the next heading.
    func section(_ html: String, _ heading: String) -> String {
        guard let start = html.range(of: "<h2>" + heading) else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "<h2>")?.lowerBound ?? rest.endIndex)])
    }

    @Test("charts hold the first 50 of 60 candidates in the table's order and say so; every candidate is in the table")
    func limit() throws {
        try Engine.sqlite.withDatabase { database in
            var runner = database.runner
            runner.environment["XDG_CACHE_HOME"] = database.folder.appendingPathComponent("cache").path
            let generate = try runner.run(["bench", "generate", "--sessions", "600", "--interviewers", "8", "--seed", "3", "--db", database.address])
            #expect(generate.status == 0, "\(generate.stderr)")
            for raw in [false, true] {
                let flags = raw ? ["--raw"] : []
                let json = try runner.run(["compare", "--all", "--format", "json", "--db", database.address] + flags)
                let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
                let ranked = try #require(object?["candidates"] as? [[String: Any]]).compactMap { $0["candidate"] as? String }
                #expect(ranked.count == 60)
                let page = try runner.run(["compare", "--all", "--format", "html", "--db", database.address] + flags)
                #expect(page.status == 0, "\(page.stderr)")
                let html = page.stdout
                let table = section(html, raw ? "Ranking by raw mean" : "Ranking by fair score")
                #expect(ranked.allSatisfy { table.contains("<td>\($0)</td>") }, "raw: \(raw)")
                let chart = section(html, raw ? "Raw means" : "The fair scores")
                #expect(chart.contains("The first 50 of 60 candidates, in the order of the table above, which lists them all."), "raw: \(raw)")
                // By name in the chart: the first 50, not the last 10 ("candidate 1" is in "candidate 10").
                let shown = ranked.filter { chart.contains(">\($0)<") || chart.contains("\($0):") }
                #expect(Set(shown) == Set(ranked.prefix(50)), "raw: \(raw): \(Set(ranked).subtracting(shown).sorted())")
                let differences = section(html, "Differences")
                #expect(differences.contains("The first 50 of 59 differences; JSON and CSV list them all."), "raw: \(raw)")
                #expect(differences.components(separatedBy: "<tr>").count - 1 == 51, "a header and 50 rows, raw: \(raw)")
            }
        }
    }
}
