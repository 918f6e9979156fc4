import ArgumentParser
import Foundation

/// Which candidates and sessions a comparison or a committee packet covers, and whether names
/// are hidden: `--candidate` (repeat) or `--all`, `--blueprint`, `--since`, `--blind [--seed]`.
struct CandidateSelection: ParsableArguments {
    @Option(name: .customLong("candidate"), help: "A candidate to include (repeat).")
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

    func validate() throws {
        if all && !candidates.isEmpty { throw ValidationError("give --all or --candidate, not both") }
        if let since, Self.date(since) == nil { throw ValidationError("--since takes a date like 2026-11-01, not '\(since)'") }
    }

    /// The named candidates, nil for every one.
    var named: [String]? { candidates.isEmpty ? nil : candidates }

    var sinceDate: Date? { since.flatMap(Self.date) }

    /// The blind labels' seed (a random one when --blind has none), nil with names shown.
    var blindSeed: UInt64? { blind ? (seed ?? .randomSeed()) : nil }

    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
