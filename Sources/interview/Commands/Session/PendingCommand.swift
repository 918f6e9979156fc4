import ArgumentParser
import Foundation
import InterviewKit

struct PendingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pending",
        abstract: "What is still owed: missing scorecards and summaries, and sessions paused for more than a day.",
        discussion: """
            Lists, oldest first, each finished session's panel members who scored without giving a \
            recommendation (scorecard) or gave one without a summary (summary), finished sessions \
            nobody scored or recommended (recommendation), and open sessions with nothing recorded \
            for longer than --paused-hours (paused), each with the command that completes it.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Hours an open session may rest before it counts as paused.")
    var pausedHours: Double = PendingList.defaultPause / 3600

    @Flag(help: "Exit with status 1 when anything is pending (for a cron job or CI).")
    var check = false

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func validate() throws {
        guard pausedHours.isFinite, pausedHours >= 0 else {
            throw ValidationError("--paused-hours must be a number of hours, 0 or more (got \(pausedHours))")
        }
    }

    func run() throws {
        let now = Date()
        let rows = try database.openIfPresent()?.scorecards(pausedBefore: now.addingTimeInterval(-pausedHours * 3600)) ?? []
        let list = PendingList(rows: rows, now: now, pause: pausedHours * 3600)
        switch format {
        case .json: Console.write(list.json(), to: STDOUT_FILENO)
        case .table: Console.write(list.table(), to: STDOUT_FILENO)
        }
        if check && !list.isEmpty { throw ExitCode(1) }
    }
}
