import ArgumentParser
import Foundation
import InterviewKit

/// Where the question bank and the blueprints live.
struct BankOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The question bank folder.", valueName: "dir"))
    var bank: String = "rubrics"

    @Option(name: .long, help: ArgumentHelp("The blueprints folder.", valueName: "dir"))
    var sessions: String = "sessions"

    var folders: BankFolders { BankFolders(bank: bank, sessions: sessions) }

    func linter() -> BankLinter {
        folders.linter()
    }

    /// A blueprint and the bank to draw it from, through the bank cache.
    func drawSource(blueprint: String) throws -> (source: any DrawSource, blueprint: Blueprint) {
        try folders.drawSource(blueprint: blueprint)
    }

    func workspace() throws -> BankWorkspace {
        try folders.workspace()
    }
}
