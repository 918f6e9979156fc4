import ArgumentParser
import InterviewKit

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Draw questions for a blueprint without recording anything (a dry run).",
        discussion: "With --candidate, questions asked in the candidate's earlier sessions are left out.")

    @OptionGroup var bank: BankOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("A blueprint id from sessions/, or the path of a blueprint file.", valueName: "id"))
    var blueprint: String

    @Option(help: "Leave out questions this candidate was already asked.")
    var candidate: String?

    @Option(help: "The draw's seed (a whole number 0...2^64-1); random when absent.")
    var seed: UInt64?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func run() throws {
        let plan = try bank.dryRun(blueprint: blueprint, candidate: candidate, seed: seed, database: database)
        switch format {
        case .table: Console.out(plan.table())
        case .json: Console.out(JSONText.encode(plan))
        }
    }
}
