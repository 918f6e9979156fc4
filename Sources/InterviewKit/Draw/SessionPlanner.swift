/// Turns a bank, a blueprint, the history of earlier sessions and a seed into a ``SessionPlan``.
public enum SessionPlanner {
    /// The draw with the history of earlier sessions (``DrawHistory``).
    public static func plan(source: some DrawSource, blueprint: Blueprint, seed: UInt64, history: DrawHistory) throws(DrawError) -> SessionPlan {
        try plan(
            source: source, blueprint: blueprint, seed: seed, exposure: history.exposure, history: history.askedBefore,
            performance: history.performance)
    }

    /// - Parameters:
    ///   - exposure: question id -> sessions that drew it.
    ///   - history: question id -> recency rank for this candidate.
    ///   - performance: the candidate's earlier results per topic (practice blueprints only).
    ///   - isNearDuplicate: whether two question texts ask the same thing.
    public static func plan(
        bank: Bank, blueprint: Blueprint, seed: UInt64, exposure: [String: Int] = [:], history: [String: Int] = [:],
        performance: [String: TopicPerformance] = [:], isNearDuplicate: @escaping (String, String) -> Bool
    ) throws(DrawError) -> SessionPlan {
        try plan(
            source: BankDrawSource(bank: bank, isNearDuplicate: isNearDuplicate), blueprint: blueprint, seed: seed, exposure: exposure,
            history: history, performance: performance)
    }

    /// The same draw from any ``DrawSource``: a parsed bank or a bank cache give the same plan.
    public static func plan(
        source: some DrawSource, blueprint: Blueprint, seed: UInt64, exposure: [String: Int] = [:], history: [String: Int] = [:],
        performance: [String: TopicPerformance] = [:]
    ) throws(DrawError) -> SessionPlan {
        var topics = blueprint.topics.pairs
        var integral = blueprint.topics.integral
        if blueprint.focus == .weakest {
            topics = PracticeFocus.weights(topics, performance: performance, scale: source.defaultScale)
            integral = false
        }
        let request = DrawRequest(
            questions: source.drawQuestions,
            topics: topics, topicsIntegral: integral, levels: blueprint.levels?.pairs, levelsIntegral: blueprint.levels?.integral ?? false,
            count: blueprint.questions, minutes: blueprint.minutes, exposure: exposure, askedBefore: history, seed: seed,
            related: source.relatedIDs)
        let result = try QuestionDrawer.draw(request) { picked, candidate in source.isNearDuplicate(picked.id, candidate.id) }
        let reused = Set(result.reused)
        var asked: [AskedQuestion] = []
        for (position, drawn) in result.questions.enumerated() {
            guard let question = source.question(drawn.id), let rubric = source.rubric(for: question, blueprint: blueprint) else { continue }
            asked.append(AskedQuestion(position: position, question: question, rubric: rubric, reused: reused.contains(drawn.id)))
        }
        return SessionPlan(blueprint: blueprint, seed: seed, questions: asked, reused: result.reused, relatedAllowed: result.relatedAllowed)
    }

    /// Problems that make a blueprint impossible with this bank (empty when it can be drawn).
    public static func feasibility(of blueprint: Blueprint, bank: Bank, isNearDuplicate: @escaping (String, String) -> Bool) -> [String] {
        do {
            _ = try plan(bank: bank, blueprint: blueprint, seed: 0, isNearDuplicate: isNearDuplicate)
            return []
        } catch {
            return [error.description]
        }
    }
}
