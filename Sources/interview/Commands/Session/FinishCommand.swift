import ArgumentParser
import Foundation
import InterviewKit

extension Recommendation: ExpressibleByArgument {}

struct FinishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finish", abstract: "Give your recommendation and summary, and close the session.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The session id.")
    var session: Int64

    @Option(help: "Your name.")
    var interviewer: String

    @Option(help: "strong-no, no, yes or strong-yes.")
    var recommendation: Recommendation

    @Option(help: "A short summary.")
    var summary: String?

    func run() throws {
        let store = try database.open()
        try store.finish(session: session, interviewer: interviewer, recommendation: recommendation, summary: summary, at: Date())
        Console.err("session \(session) finished: \(interviewer) recommends \(recommendation.rawValue)")
    }
}
