import Foundation
import InterviewKit

/// The bank and blueprint folders as a plain value, held by `BankOptions` and by the fast path.
struct BankFolders: Equatable {
    var bank = "rubrics"
    var sessions = "sessions"

    func linter() -> BankLinter {
        BankLinter.standard()
    }

    func drawSource(blueprint: String) throws -> (source: any DrawSource, blueprint: Blueprint) {
        try BankCache.drawSource(
            bank: bank, sessions: sessions, blueprint: blueprint, linter: linter(), environment: ProcessInfo.processInfo.environment)
    }

    func workspace() throws -> BankWorkspace {
        try BankWorkspace.load(bank: bank, sessions: sessions, linter: linter())
    }
}
