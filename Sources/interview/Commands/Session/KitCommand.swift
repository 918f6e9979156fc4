import ArgumentParser
import Foundation
import InterviewKit

extension KitFormat: ExpressibleByArgument {}

struct KitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kit",
        abstract: "The planned interview as a printable page, with tick and score boxes (the questions plan draws).",
        discussion: """
            HTML is one self-contained file: a cover, one printed page per question, and a page for the recommendation. \
            Questions asked in the candidate's earlier sessions are left out, as with plan. Nothing is recorded.
            """)

    @OptionGroup var bank: BankOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("A blueprint id from sessions/, or the path of a blueprint file.", valueName: "id"))
    var blueprint: String

    @Option(help: "The candidate's name; their earlier questions are left out.")
    var candidate: String

    @Option(help: "The draw's seed (a whole number 0...2^64-1); random when absent, and then shown on the cover.")
    var seed: UInt64?

    @Option(help: "html or md.")
    var format: KitFormat = .html

    @Option(help: ArgumentHelp("Write to this file (created 0600) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if candidate.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--candidate must not be empty") }
    }

    func run() throws {
        let plan = try bank.dryRun(blueprint: blueprint, candidate: candidate, seed: seed, database: database)
        if plan.blueprint.adaptive {
            Console.err("note: \(plan.blueprint.id) is adaptive: the kit shows a fixed draw of its quotas; a live interview chooses each question as it goes")
        }
        let document = InterviewKitDocument(plan: plan, candidate: candidate, date: Date())
        try OutputFile.write(format.render(document), to: output)
    }
}
