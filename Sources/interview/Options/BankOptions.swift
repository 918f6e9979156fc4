import ArgumentParser
import Foundation
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

    /// A blueprint and the bank to draw it from, through the bank cache.
    func drawSource(blueprint: String) throws -> (source: any DrawSource, blueprint: Blueprint) {
        try BankCache.drawSource(
            bank: bank, sessions: sessions, blueprint: blueprint, linter: linter(), environment: ProcessInfo.processInfo.environment)
    }

    /// The draw `plan` shows, nothing recorded: with a candidate, their earlier questions are left
    /// out. `kit` prints the same draw.
    func dryRun(blueprint: String, candidate: String?, seed: UInt64?, database: DatabaseOptions) throws -> SessionPlan {
        let (source, chosen) = try drawSource(blueprint: blueprint)
        let history = try database.openIfPresent()?.drawHistory(candidate: candidate) ?? DrawHistory()
        return try SessionPlanner.plan(source: source, blueprint: chosen, seed: seed ?? .randomSeed(), history: history)
    }

    func workspace() throws -> BankWorkspace {
        try BankWorkspace.load(bank: bank, sessions: sessions, linter: linter())
    }
}
