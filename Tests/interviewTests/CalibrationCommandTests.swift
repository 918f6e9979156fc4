import Foundation
import Testing

/// A panel with one systematically lenient interviewer, recorded through the CLI: calibration must
/// find the leniency and restore the true ranking; blind output must name nobody. On SQLite and on
/// PostgreSQL.
@Suite("compare --calibrated and --blind on a known panel (the built executable)")
struct CalibrationCommandTests {
    /// Candidates in true order, best first, with the criterion score of each question (by position).
    static let candidates: [(name: String, scores: [Int])] = [
        ("Avery Strong", [3, 3, 3, 3]), ("Blake Good", [3, 2, 3, 2]), ("Casey Middle", [2, 2, 2, 2]),
        ("Devon Fair", [2, 1, 2, 1]), ("Emery Weak", [1, 1, 1, 1]),
    ]

    @Test("30 sessions, three interviewers, bob +1: --calibrated finds bob's leniency within 0.15 and the true ranking", arguments: Engine.all)
    func knownPanel(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            var session = 0
            for round in 0..<6 {
                for (index, candidate) in Self.candidates.enumerated() {
                    let seed = String(round * 10 + index)
                    let plan = try runner.run(["plan", "--blueprint", "screen-30", "--candidate", candidate.name, "--seed", seed, "--format", "json"])
                    let json = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
                    let questions = (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    #expect(questions.count == 4)
                    let start = try runner.run(["start", "--blueprint", "screen-30", "--candidate", candidate.name, "--interviewer", "ann", "--seed", seed], stdin: "")
                    #expect(start.status == 0, "\(start.stderr)")
                    session += 1
                    // The shipped bank's screen-30 topics all use the default rubric.
                    // When --candidate is given, plan excludes earlier questions exactly as start does.
                    for (position, question) in questions.enumerated() {
                        let truth = candidate.scores[position]
                        for (interviewer, bias) in [("ann", 0), ("bob", 1), ("cal", 0)] {
                            let value = String(truth + bias)
                            let result = try runner.run(
                                ["score", String(session), "--question", question, "--interviewer", interviewer]
                                    + ["correctness", "depth", "tradeoffs", "communication"].flatMap { ["--score", "\($0)=\(value)"] })
                            #expect(result.status == 0, "\(result.stderr)")
                        }
                    }
                    for interviewer in ["ann", "bob", "cal"] {
                        let finish = try runner.run(["finish", String(session), "--interviewer", interviewer, "--recommendation", "yes"])
                        #expect(finish.status == 0, "\(finish.stderr)")
                    }
                }
            }
            #expect(session == 30)
            let compare = try runner.run(["compare", "--all", "--calibrated", "--format", "json"])
            #expect(compare.status == 0, "\(compare.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
            let ranking = (report["candidates"] as? [[String: Any]] ?? []).compactMap { $0["candidate"] as? String }
            #expect(ranking == Self.candidates.map(\.name))
            let leniency = report["leniency"] as? [[String: Any]] ?? []
            let bob = try #require(leniency.first { $0["interviewer"] as? String == "bob" })
            let shrunk = try #require(bob["shrunk"] as? Double)
            #expect(abs(shrunk - 1) <= 0.15, "bob's leniency estimated at \(shrunk)")
            #expect(bob["applied"] as? Bool == true)
            #expect(report["calibrated"] as? Bool == true)

            // The fair-score fit on this engine: bob is the most lenient (lowest severity), and the
            // fair scores keep the true order.
            let fit = try runner.run(["fit", "--format", "json"])
            #expect(fit.status == 0, "\(fit.stderr)")
            let model = try #require(try JSONSerialization.jsonObject(with: Data(fit.stdout.utf8)) as? [String: Any])
            #expect(model["converged"] as? Bool == true)
            let severities = (model["interviewers"] as? [[String: Any]] ?? []).compactMap { row in
                (row["id"] as? String).flatMap { id in (row["severity"] as? Double).map { (id, $0) } }
            }
            #expect(severities.min { $0.1 < $1.1 }?.0 == "bob", "severities \(severities)")
            #expect((model["candidates"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } == Self.candidates.map(\.name))

            for format in ["md", "html", "json", "csv"] {
                let blind = try runner.run(["compare", "--all", "--blind", "--seed", "5", "--format", format])
                #expect(blind.status == 0)
                for candidate in Self.candidates {
                    for part in candidate.name.split(separator: " ") {
                        #expect(!blind.stdout.contains(part), "\(format) output names \(part)")
                    }
                }
            }
        }
    }
}
