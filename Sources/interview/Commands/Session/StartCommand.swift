import ArgumentParser
import Foundation
import InterviewKit

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Draw questions, record a new session and run it live.",
        discussion: """
            Type h at the prompt for the commands. End of input or Ctrl-C pauses; `interview resume` continues. \
            With --adaptive (or `adaptive: true` in the blueprint) each question is chosen when the last is scored: \
            the one most informative at the candidate's current estimate, within the blueprint's quotas.
            """)

    @OptionGroup var bank: BankOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("A blueprint id from sessions/, or the path of a blueprint file.", valueName: "id"))
    var blueprint: String

    @Option(help: "The candidate's name.")
    var candidate: String

    @Option(help: "Your name.")
    var interviewer: String

    @Option(help: "The draw's seed (0...2^64-1); random when absent. The session keeps it.")
    var seed: UInt64?

    @Flag(help: "Choose each next question from the scores so far (adaptive interview).")
    var adaptive = false

    func validate() throws {
        if candidate.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--candidate must not be empty") }
        if interviewer.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--interviewer must not be empty") }
    }

    func run() throws {
        let (source, loaded) = try bank.drawSource(blueprint: blueprint)
        var chosen = loaded
        if adaptive { chosen.adaptive = true }
        let store = try database.open()
        let fit = chosen.adaptive ? try DatabaseFit.ifAvailable(store) : nil
        let started = try SessionStart.start(
            store: store, source: source, blueprint: chosen, candidate: candidate, interviewer: interviewer, seed: seed ?? .randomSeed(),
            at: Date(), fit: fit)
        let (id, plan) = (started.id, started.plan)
        Console.out("Session \(id): \(candidate) · \(chosen.title) · seed \(plan.seed)\(chosen.adaptive ? " · adaptive" : "") · type h for help")
        if !plan.reused.isEmpty {
            Console.err("note: asked before, the bank ran out: \(plan.reused.joined(separator: ", "))")
        }
        for note in plan.notes { Console.err(note) }
        let live = try LiveSession(
            store: store, session: id, interviewer: interviewer, style: Console.screenStyle, adaptive: started.adaptive, now: { Date() })
        let status = LiveLoop.run(live)
        if status != 0 { throw ExitCode(status) }
    }
}
