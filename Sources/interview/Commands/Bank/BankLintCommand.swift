import ArgumentParser
import InterviewKit

struct BankLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate rubrics/ and sessions/: print every problem as path:line: message.",
        discussion: "Exits 1 when any error is found, 0 with a one-line summary otherwise."
    )

    @OptionGroup var options: BankOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let loader = BankLoader()
        let loaded = loader.loadBank(at: options.bank)
        let blueprints = loader.loadBlueprints(at: options.sessions)
        var diagnostics = loaded.diagnostics + blueprints.diagnostics
            + options.linter().lint(bank: loaded.bank, blueprints: blueprints.blueprints)
        // Recorded scores, when there are any, add item statistics as warnings (never errors).
        if let store = try? database.openIfPresent(), let stats = try? BankStatsReport(bank: loaded.bank, store: store) {
            diagnostics += stats.warnings(bank: loaded.bank)
        }
        for diagnostic in diagnostics { Console.err(diagnostic.description) }
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        let bank = loaded.bank
        if errors > 0 {
            Console.err("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ExitCode.failure
        }
        Console.out(
            "ok: \(bank.topics.count) topics, \(bank.questions.count) questions, \(bank.rubrics.count) rubrics, "
                + "\(blueprints.blueprints.count) blueprints" + (warnings > 0 ? ", \(warnings) warnings" : ""))
    }
}
