import Foundation
import Testing

/// Golden files of the outputs computed from recorded sessions (`compare`, `interviewers`, `fit`, `bank stats`,
/// `plan`), from the built executable on the fixed fixtures of `GoldenFixture` (SQLite only), compared
/// byte for byte with `Goldens/`. Refresh after an intended change: `INTERVIEW_UPDATE_GOLDENS=1 swift
/// test --filter Golden` (see Goldens/README.md).
@Suite("Golden files: compare, interviewers, bank stats, plan (the built executable, SQLite)")
struct GoldenOutputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        enum Fixture: Sendable { case panel, synthetic }

        var golden: String
        var arguments: [String]
        var fixture = Fixture.panel

        var testDescription: String { "\(golden): interview \(arguments.joined(separator: " "))" }
    }

    static let trio = ["--candidate", "Ada Lovelace", "--candidate", "Cy Young", "--candidate", "Eve Martín"]

    static let compare: [Case] = [
        Case(golden: "compare.md", arguments: ["compare"] + trio),
        Case(golden: "compare.json", arguments: ["compare"] + trio + ["--format", "json"]),
        Case(golden: "compare.csv", arguments: ["compare"] + trio + ["--format", "csv"]),
        Case(golden: "compare.html", arguments: ["compare"] + trio + ["--format", "html"]),
        Case(golden: "compare-all.md", arguments: ["compare", "--all"]),
        Case(golden: "compare-all-calibrated.json", arguments: ["compare", "--all", "--calibrated", "--format", "json"]),
        Case(golden: "compare-all-blind.md", arguments: ["compare", "--all", "--blind", "--seed", "5"]),
        // One candidate's sessions over time are labelled with their dates: the synthetic fixture's are fixed.
        Case(golden: "compare-progress.md", arguments: ["compare", "--candidate", "candidate 1"], fixture: .synthetic),
    ]

    static let analysis: [Case] = [
        Case(golden: "interviewers.txt", arguments: ["interviewers"]),
        Case(golden: "interviewers.json", arguments: ["interviewers", "--format", "json"]),
        Case(golden: "interviewers-synthetic.txt", arguments: ["interviewers"], fixture: .synthetic),
        Case(golden: "interviewers-synthetic.json", arguments: ["interviewers", "--format", "json"], fixture: .synthetic),
        Case(golden: "fit.md", arguments: ["fit"]),
        Case(golden: "fit.json", arguments: ["fit", "--format", "json"]),
        Case(golden: "fit.csv", arguments: ["fit", "--format", "csv"]),
        Case(golden: "bank-stats.txt", arguments: ["bank", "stats"]),
        Case(golden: "bank-stats.json", arguments: ["bank", "stats", "--format", "json"]),
        // The committee packet and what is pending (ages depend on the clock and are masked).
        Case(golden: "packet.md", arguments: ["packet"] + trio + ["--format", "md"]),
        Case(golden: "packet.html", arguments: ["packet"] + trio),
        Case(golden: "packet-all-blind.md", arguments: ["packet", "--all", "--blind", "--seed", "5", "--format", "md"]),
        Case(golden: "pending.json", arguments: ["pending", "--format", "json"], fixture: .synthetic),
        // The printed kit of the same draw as plan.json (its date is today's, masked).
        Case(golden: "kit.md", arguments: ["kit", "--blueprint", "golden-40", "--candidate", "New <Candidate>", "--seed", "7", "--format", "md"]),
        Case(golden: "kit.html", arguments: ["kit", "--blueprint", "golden-40", "--candidate", "New <Candidate>", "--seed", "7"]),
        Case(golden: "plan.json", arguments: ["plan", "--blueprint", "golden-40", "--seed", "7", "--format", "json"]),
        Case(golden: "plan.txt", arguments: ["plan", "--blueprint", "golden-40", "--seed", "7"]),
        // Every question was asked of Ada before: the draw reuses the least recently asked and names them.
        Case(golden: "plan-candidate.json", arguments: ["plan", "--blueprint", "golden-40", "--candidate", "Ada Lovelace", "--seed", "7", "--format", "json"]),
    ]

    @Test("compare in every format, --all, --calibrated, --blind and over time", arguments: compare)
    func compareOutputs(_ golden: Case) throws {
        try Self.run(golden)
    }

    @Test("interviewers, fit, bank stats, packet, pending, kit and plan", arguments: analysis)
    func analysisOutputs(_ golden: Case) throws {
        try Self.run(golden)
    }

    static func run(_ golden: Case, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fixture = try (golden.fixture == .panel ? GoldenFixture.panel : GoldenFixture.synthetic).get()
        let result = try fixture.runner.run(golden.arguments)
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr == "", sourceLocation: sourceLocation)
        var output = normalised(result.stdout)
        if golden.golden.hasPrefix("kit") {
            let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(secondsFromGMT: 0) ?? .current, formatOptions: [.withFullDate])
            output = output.replacingOccurrences(of: today, with: "YYYY-MM-DD")
        }
        Golden.check(output, against: golden.golden, sourceLocation: sourceLocation)
    }

    /// The HTML comparison and the packet say when they were generated, and `pending` how long
    /// each item has waited, from the clock (no option sets that time): only those are replaced,
    /// everything else is compared as printed.
    static func normalised(_ output: String) -> String {
        output.replacing(/Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./, with: "Generated YYYY-MM-DD HH:MM UTC.")
            .replacing(/"age" : "[^"]*"/, with: #""age" : "AGE""#)
    }
}
