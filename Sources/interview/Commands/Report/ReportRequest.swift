import ArgumentParser
import Foundation
import InterviewKit

/// What `interview report` was asked for, however its arguments were read: by `ReportCommand`
/// through ArgumentParser, or by `QuickLaunch` on the fast path.
struct ReportRequest: Equatable {
    var database = DatabaseChoice()
    var session: Int64?
    var candidate: String?
    var format: ReportFormat = .md
    var output: String?
    var blind = false
    var seed: UInt64?
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

    /// Writes the report and returns the store it read, still open: a caller about to exit can
    /// leave closing it (and freeing what it cached) to the operating system.
    @discardableResult
    func run() throws -> any InterviewDatabase {
        let store = try database.open(.readOnly)
        let blindSeed = blind ? (seed ?? .randomSeed()) : nil
        let builder = ReportBuilder(settings: ReportSettings(generatedAt: Date(), blindSeed: blindSeed))
        let document: ReportDocument
        let visible = { (record: SessionRecord) in viewer.map { PanelVisibility.record(record, seenBy: $0) } ?? record }
        if let candidate {
            document = try builder.candidate(
                candidate, records: try store.sessions(ofCandidate: candidate).map(visible),
                topicsInUse: try store.topicsInUse(recentSessions: Self.recentSessions))
        } else if let session {
            document = builder.session(visible(try store.session(session)))
        } else {
            throw ValidationError("give a session id or --candidate NAME")
        }
        let text = format.render(document)
        try OutputFile.write(text, to: output)
        if let blindSeed, seed == nil { Console.err("blind_seed: \(blindSeed)") }
        return store
    }

    /// How many of the newest sessions define the topics "in use" for the never-asked list.
    static let recentSessions = 500
}
