import ArgumentParser
import Foundation
import InterviewKit

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare candidates side by side, or one candidate's sessions over time.",
        discussion: """
            With several --candidate every pair is compared; with --all each candidate is compared with the next in rank. \
            Candidates are ranked by fair score (scoring.md §9: the expected score on an average question from an average \
            interviewer, so easy questions and lenient interviewers lift no one), with raw means beside it; --raw ranks by \
            raw mean (Welch intervals, §7). A candidate is clearly ahead only when the 95% interval of the difference \
            excludes 0. With one --candidate its sessions are compared in time order (raw).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, json, csv
    }

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var selection: CandidateSelection

    @Flag(help: "Remove each interviewer's shrunk leniency from the raw scores.")
    var calibrated = false

    @Flag(help: "Rank by raw mean instead of fair score.")
    var raw = false

    @Option(help: "md, html, json or csv.")
    var format: Format = .md

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Compare only what this panel member may see: their own ratings, and everyone's in sessions they have recommended; recommendation counts are left out.",
            valueName: "interviewer"))
    var viewer: String?

    @Option(help: "Write to this file (created 0600) instead of standard output.")
    var output: String?

    func validate() throws {
        if selection.all == !selection.candidates.isEmpty { throw ValidationError("give --all or at least one --candidate") }
    }

    func run() throws {
        let store = try database.open(.readOnly)
        let query = ComparisonQuery(
            candidates: selection.named, blueprint: selection.blueprint, since: selection.sinceDate, calibrated: calibrated,
            blindSeed: selection.blindSeed, viewer: viewer, fair: !raw)
        let report = try query.report(from: store)
        let text: String
        switch format {
        case .md: text = report.markdown()
        case .html: text = report.html(generatedAt: Date())
        case .json: text = report.json()
        case .csv: text = report.csv()
        }
        try OutputFile.write(text, to: output)
    }
}
