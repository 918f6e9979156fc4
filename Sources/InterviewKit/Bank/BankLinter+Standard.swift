extension BankLinter {
    /// The linter the tool uses: the bank's text similarity for near-duplicates, and a trial draw
    /// to prove each blueprint can be met (quotas per topic and level, time budget).
    public static func standard() -> BankLinter {
        let similarity = WordOverlap()
        return BankLinter(
            isNearDuplicate: { similarity.isNearDuplicate($0, $1) },
            feasibility: { blueprint, bank in
                SessionPlanner.feasibility(of: blueprint, bank: bank, isNearDuplicate: { similarity.isNearDuplicate($0, $1) })
            })
    }
}
