import ArgumentParser

struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Check, list and grow the question bank.",
        subcommands: [BankLintCommand.self, BankListCommand.self, BankImportCommand.self, BankStatsCommand.self]
    )
}
