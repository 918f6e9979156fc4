import ArgumentParser
import Foundation
import InterviewKit

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Continue an unfinished session where it stopped.",
        discussion: "An adaptive session chooses its next questions from the bank: resume it where rubrics/ and sessions/ are (or give --bank and --sessions).")

    @OptionGroup var bank: BankOptions
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The session id (see `interview sessions`).")
    var session: Int64

    @Option(help: "Your name (default: the interviewer who started the session).")
    var interviewer: String?

    func run() throws {
        let store = try database.open()
        let record = try store.session(session)
        let name = interviewer ?? record.interviewers.first ?? "interviewer"
        var chooser: AdaptiveInterview?
        if record.adaptiveCount != nil && record.status == .open {
            let (source, blueprint) = try bank.drawSource(blueprint: record.blueprintID)
            chooser = try AdaptiveInterview.resuming(
                record, source: source, blueprint: blueprint, store: store, fit: try DatabaseFit.ifAvailable(store), interviewer: name)
        }
        let live = try LiveSession(store: store, session: session, interviewer: name, style: Console.screenStyle, adaptive: chooser, now: { Date() })
        Console.out("Session \(session): \(record.candidate) · \(record.blueprintTitle) · resumed by \(name)")
        let status = LiveLoop.run(live)
        if status != 0 { throw ExitCode(status) }
    }
}
