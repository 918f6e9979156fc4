/// Turns a bank, a blueprint, the database's history and a seed into a ``SessionPlan``.
public enum SessionPlanner {
    /// - Parameters:
    ///   - exposure: question id -> sessions that drew it.
    ///   - history: question id -> recency rank for this candidate.
    ///   - performance: the candidate's earlier results per topic (practice blueprints only).
    ///   - isNearDuplicate: whether two question texts ask the same thing.
    public static func plan(
        bank: Bank, blueprint: Blueprint, seed: UInt64, exposure: [String: Int] = [:], history: [String: Int] = [:],
        performance: [String: TopicPerformance] = [:], isNearDuplicate: @escaping (String, String) -> Bool
    ) throws(DrawError) -> SessionPlan {
        var topics = blueprint.topics.pairs
        var integral = blueprint.topics.integral
        if blueprint.focus == .weakest {
            let scale = bank.rubric("default")?.scale ?? 1...4
            topics = PracticeFocus.weights(topics, performance: performance, scale: scale)
            integral = false
        }
        let request = DrawRequest(
            questions: bank.questions.map { DrawQuestion(id: $0.id, topic: $0.topic, level: $0.level.rawValue, minutes: $0.minutes) },
            topics: topics, topicsIntegral: integral, levels: blueprint.levels?.pairs, levelsIntegral: blueprint.levels?.integral ?? false,
            count: blueprint.questions, minutes: blueprint.minutes, exposure: exposure, askedBefore: history, seed: seed)
        var byID: [String: Question] = [:]
        for question in bank.questions where byID[question.id] == nil { byID[question.id] = question }
        let result = try QuestionDrawer.draw(request) { picked, candidate in
            guard let a = byID[picked.id], let b = byID[candidate.id] else { return false }
            return a.wordings.contains { x in b.wordings.contains { y in isNearDuplicate(x, y) } }
        }
        let reused = Set(result.reused)
        var asked: [AskedQuestion] = []
        for (position, drawn) in result.questions.enumerated() {
            guard let question = byID[drawn.id], let rubric = bank.rubric(for: question, blueprint: blueprint) else { continue }
            asked.append(AskedQuestion(position: position, question: question, rubric: rubric, reused: reused.contains(drawn.id)))
        }
        return SessionPlan(blueprint: blueprint, seed: seed, questions: asked, reused: result.reused)
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
