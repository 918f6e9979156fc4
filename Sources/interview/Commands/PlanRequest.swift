import InterviewKit

/// What `interview plan` was asked for, however its arguments were read: by `PlanCommand` through
/// ArgumentParser, or by `QuickLaunch` on the fast path.
struct PlanRequest: Equatable {
    var bank = BankFolders()
    var database = DatabaseChoice()
    var blueprint: String
    var candidate: String?
    var seed: UInt64?
    var format: ListFormat = .table

    /// Prints the plan and returns the bank it drew from, still loaded: a caller about to exit can
    /// leave freeing its ten thousand questions to the operating system.
    @discardableResult
    func run() throws -> any DrawSource {
        let (source, chosen) = try bank.drawSource(blueprint: blueprint)
        let store = try database.openIfPresent()
        let plan = try SessionPlanner.plan(source: source, blueprint: chosen, seed: seed ?? .randomSeed(), candidate: candidate, store: store)
        switch format {
        case .table: Console.out(plan.table())
        case .json: Console.out(JSONText.encode(plan.json))
        }
        return source
    }
}
