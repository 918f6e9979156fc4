import ArgumentParser
import Foundation
import InterviewKit

extension SessionSummary.Status: ExpressibleByArgument {}

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sessions", abstract: "List sessions with their status, oldest first.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only this candidate's sessions.")
    var candidate: String?

    @Option(help: "Only open or only finished sessions.")
    var status: SessionSummary.Status?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func run() throws {
        let sessions = try database.openIfPresent()?.sessions(candidate: candidate, status: status) ?? []
        switch format {
        case .json:
            Console.write(SessionListing(sessions: sessions).json(), to: STDOUT_FILENO)
        case .table:
            if sessions.isEmpty { Console.out("no sessions") }
            for s in sessions {
                Console.out(
                    "\(s.id)  \(s.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(UTCTime.iso(s.startedAt))  "
                        + "\(s.candidate) · \(s.blueprint) · \(s.scored)/\(s.questions) scored · \(s.interviewers.joined(separator: ", "))")
            }
        }
    }
}
