import ArgumentParser
import InterviewKit

struct BankStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Per question: times drawn and scored, difficulty, discrimination and flags; questions never asked.",
        discussion: "Raw scores (never calibrated). Flags: too-easy (p > 0.85), too-hard (p < 0.15), negative or weak discrimination.")

    @OptionGroup var bank: BankOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func run() throws {
        let workspace = try bank.workspace()
        let store = try database.openIfPresent()
        let report = try BankStatsReport(bank: workspace.bank, store: store)
        switch format {
        case .table: Console.out(report.table())
        case .json: Console.out(JSONText.encode(report))
        }
    }
}
