import ArgumentParser
import Foundation
import InterviewKit

struct PacketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract: "One page for a hiring committee: scores grid, fair scores, recommendations and a verdict per candidate.",
        discussion: """
            Covers the named candidates, or every candidate with a finished session of --blueprint and/or since --since \
            (or --all). Only finished sessions count. Fair scores come from the whole database's fit (scoring.md §9); \
            topic means are weighted by the blueprint's topic weights, read from --sessions.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, md
    }

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var selection: CandidateSelection

    @Option(name: .long, help: ArgumentHelp("The blueprints folder, for topic weights.", valueName: "dir"))
    var sessions: String = "sessions"

    @Option(help: "html or md.")
    var format: Format = .html

    @Option(help: "Write to this file (created 0600) instead of standard output.")
    var output: String?

    func validate() throws {
        if selection.candidates.isEmpty && !selection.all && selection.blueprint == nil && selection.since == nil {
            throw ValidationError("say whom the packet covers: --candidate (repeat), --blueprint, --since or --all")
        }
    }

    func run() throws {
        let store = try database.open(.readOnly)
        let query = PacketQuery(
            candidates: selection.named, blueprint: selection.blueprint, since: selection.sinceDate, blindSeed: selection.blindSeed)
        // Weights are a nicety: without readable blueprints, topics weigh the same (and the packet says so).
        let blueprints = FileManager.default.fileExists(atPath: sessions) ? BankLoader().loadBlueprints(at: sessions).blueprints : []
        let weights = Dictionary(blueprints.map { ($0.id, $0.topics) }, uniquingKeysWith: { first, _ in first })
        let packet = try query.packet(from: store, weights: weights, generatedAt: Date())
        try OutputFile.write(format == .html ? packet.html() : packet.markdown(), to: output)
    }
}
