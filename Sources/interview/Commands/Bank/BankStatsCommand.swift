import ArgumentParser
import InterviewKit

struct BankStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Per question: times drawn and scored, difficulty, discrimination and flags; questions never asked.",
        discussion: """
            Raw scores (never calibrated). Flags: too-easy (p > 0.85), too-hard (p < 0.15), negative or weak discrimination. \
            With the model's difficulty (scoring.md §9, logits, shrunk): too-easy-for-level, too-hard-for-level, misfit, \
            overfit, only when its SE is at most 0.3; few-ratings otherwise. Kept in the result cache until the data change.
            """)

    @OptionGroup var bank: BankOptions
    @OptionGroup var database: DatabaseOptions

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func run() throws {
        let workspace = try bank.workspace()
        let store = try database.openIfPresent()
        let text = try ResultCache().text(
            BankStatsReport.cacheName(bank: workspace.bank, format: format.rawValue), version: try store?.dataVersion()
        ) { () throws(StoreError) in
            let report = try BankStatsReport(bank: workspace.bank, store: store)
            switch format {
            case .table: return report.table()
            case .json: return JSONText.encode(report)
            }
        }
        Console.out(text)
    }
}
