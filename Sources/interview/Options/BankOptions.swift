import ArgumentParser
import InterviewKit

/// Where the question bank and the blueprints live.
struct BankOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The question bank folder.", valueName: "dir"))
    var bank: String = "rubrics"

    @Option(name: .long, help: ArgumentHelp("The blueprints folder.", valueName: "dir"))
    var sessions: String = "sessions"

    func linter() -> BankLinter {
        BankLinter.standard()
    }

    func workspace() throws -> BankWorkspace {
        try BankWorkspace.load(bank: bank, sessions: sessions, linter: linter())
    }
}
