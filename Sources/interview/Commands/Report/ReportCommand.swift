import ArgumentParser
import Foundation
import InterviewKit

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A session's report, or all of a candidate's sessions, as Markdown, HTML, JSON or CSV.",
        discussion: """
            HTML is one self-contained file (inline CSS and SVG charts). JSON follows cli.md's report shape; CSV has one \
            row per recorded criterion score. --blind replaces the candidate's name with a label and leaves out dates, \
            session ids and seeds; interviewer names stay. The database is opened read-only.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The session id (see `interview sessions`).")
    var session: Int64?

    @Option(help: "Report on all of this candidate's sessions instead.")
    var candidate: String?

    @Option(help: "md, html, json or csv.")
    var format: ReportFormat = .md

    @Option(help: ArgumentHelp("Write to this file (created 0600) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Hide the candidate behind a blind label.")
    var blind = false

    @Option(help: "The blind labels' seed (0...2^64-1); random when absent, and then printed as blind_seed.")
    var seed: UInt64?

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Show what this panel member may see: the others' marks stay hidden in sessions where they have not recommended yet.",
            valueName: "interviewer"))
    var viewer: String?

    /// Why this combination of arguments is refused, or nil when it is valid.
    var invalidReason: String? {
        switch (session, candidate) {
        case (nil, nil): return "give a session id or --candidate NAME"
        case (.some, .some): return "give a session id or --candidate NAME, not both"
        default: break
        }
        if seed != nil && !blind { return "--seed labels blind reports: add --blind" }
        return nil
    }

    func validate() throws {
        if let reason = invalidReason { throw ValidationError(reason) }
    }

    func run() throws {
        let subject: ReportQuery.Subject
        if let candidate {
            subject = .candidate(candidate)
        } else if let session {
            subject = .session(session)
        } else {
            throw ValidationError("give a session id or --candidate NAME")
        }
        let store = try database.open(.readOnly)
        let blindSeed = blind ? (seed ?? .randomSeed()) : nil
        let query = ReportQuery(subject: subject, viewer: viewer)
        let document = try query.document(
            from: store, settings: ReportSettings(generatedAt: Date(), blindSeed: blindSeed), anchor: try query.fairAnchor(store))
        try OutputFile.write(format.render(document), to: output)
        if let blindSeed, seed == nil { Console.err("blind_seed: \(blindSeed)") }
    }
}
