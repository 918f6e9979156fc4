import ArgumentParser
import Foundation
import InterviewKit

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare candidates side by side, or one candidate's sessions over time.",
        discussion: """
            With several --candidate every pair is compared; with --all each candidate is compared with the next in rank. \
            With one --candidate its sessions are compared in time order. Differences come with a 95% interval \
            (Welch); a candidate is clearly ahead only when the interval excludes 0.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, json, csv
    }

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("candidate"), help: "A candidate to compare (repeat).")
    var candidates: [String] = []

    @Flag(help: "Every candidate.")
    var all = false

    @Option(help: "Only sessions of this blueprint.")
    var blueprint: String?

    @Option(help: ArgumentHelp("Only sessions started on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Flag(help: "Hide names: Candidate A, B, … in a seeded random order.")
    var blind = false

    @Option(help: "The seed of the blind labels (random when absent; printed as blind_seed).")
    var seed: UInt64?

    @Flag(help: "Remove each interviewer's shrunk leniency before comparing.")
    var calibrated = false

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
        if all == !candidates.isEmpty { throw ValidationError("give --all or at least one --candidate") }
        if let since, Self.date(since) == nil { throw ValidationError("--since takes a date like 2026-11-01, not '\(since)'") }
    }

    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }

    func run() throws {
        let store = try database.open(.readOnly)
        let filter = SessionFilter(candidates: all ? nil : candidates, blueprint: blueprint, since: since.flatMap(Self.date))
        let participation = try store.participation(filter)
        for name in candidates where participation[name] == nil { throw StoreError.unknownCandidate(name) }
        // Independent scoring (--as): only the ratings this panel member may see.
        let recommended = try viewer.map { try store.sessionsRecommended(by: $0) } ?? []
        let visible = { (rating: RatingRow) in viewer.map { PanelVisibility.visible(rating, seenBy: $0, recommended: recommended) } ?? true }
        // Leniency is estimated from every rating in the database, and only when it is applied.
        var leniency: Leniency?
        if calibrated {
            leniency = Leniency(
                ratings: try store.ratings(SessionFilter()).filter(visible).map {
                    Leniency.Rating(session: String($0.session), question: $0.questionID, interviewer: $0.interviewer, score: $0.score)
                })
        }
        let comparer = CandidateComparer()
        let report: ComparisonReport
        if candidates.count == 1 {
            report = comparer.progress(
                of: candidates[0], ratings: try store.ratings(filter).filter(visible), leniency: leniency, calibrated: calibrated,
                allLeniency: leniency)
        } else {
            // Pooled as they are read: the ratings of 100,000 sessions are never all in memory.
            // Without leniency or a panel member's view, the database pools each question itself.
            var accumulator = StandingsAccumulator(leniency: leniency, scale: comparer.scale)
            if leniency == nil && viewer == nil {
                try store.forEachQuestionScore(filter) { accumulator.add($0) }
            } else {
                try store.forEachRating(filter) { if visible($0) { accumulator.add($0) } }
            }
            let standings = accumulator.standings(
                recommendations: viewer == nil ? try store.recommendations(filter) : [:], participation: participation)
            report = comparer.compare(
                standings, mode: all ? .ranked : .pairs, calibrated: calibrated, leniency: leniency,
                blindSeed: blind ? (seed ?? .randomSeed()) : nil)
        }
        let text: String
        switch format {
        case .md: text = report.markdown()
        case .html: text = report.html(generatedAt: Date())
        case .json: text = JSONText.encode(report.json) + "\n"
        case .csv: text = report.csv()
        }
        try OutputFile.write(text, to: output)
    }
}
