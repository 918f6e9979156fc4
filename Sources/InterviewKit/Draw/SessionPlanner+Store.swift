extension SessionPlanner {
    /// Draws with the history the store holds: every session's exposure, and with a candidate
    /// their earlier questions and per-topic results. Without a store (no database yet) the draw
    /// starts from an empty history.
    public static func plan(
        bank: Bank, blueprint: Blueprint, seed: UInt64, candidate: String?, store: (any InterviewStore)?,
        isNearDuplicate: @escaping (String, String) -> Bool
    ) throws -> SessionPlan {
        try plan(
            source: BankDrawSource(bank: bank, isNearDuplicate: isNearDuplicate), blueprint: blueprint, seed: seed, candidate: candidate,
            store: store)
    }

    /// The same from any ``DrawSource``.
    public static func plan(
        source: some DrawSource, blueprint: Blueprint, seed: UInt64, candidate: String?, store: (any InterviewStore)?
    ) throws -> SessionPlan {
        let history = try candidate.flatMap { try store?.history(candidate: $0) } ?? [:]
        let performance = try candidate.flatMap { try store?.topicPerformance(candidate: $0) } ?? [:]
        return try plan(
            source: source, blueprint: blueprint, seed: seed, exposure: try store?.exposure() ?? [:], history: history, performance: performance)
    }
}
