extension BankLinter {
    /// The linter the tool uses: a trial draw proves each blueprint can be met (quotas per topic
    /// and level, time budget, no two questions that ask the same thing).
    public static func standard() -> BankLinter {
        BankLinter(feasibility: { blueprint, bank, similarity in
            SessionPlanner.feasibility(of: blueprint, bank: bank, isNearDuplicate: similarity.isSameQuestion)
        })
    }
}
