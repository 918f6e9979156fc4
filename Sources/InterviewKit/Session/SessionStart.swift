import Foundation

/// Starting an interview: the draw, with the store's history of earlier sessions, recorded as a
/// new session before the first question is shown.
public enum SessionStart {
    /// Draws `blueprint` for `candidate` and records the session; returns its id and the plan.
    public static func start(
        store: any InterviewStore, source: some DrawSource, blueprint: Blueprint, candidate: String, interviewer: String, seed: UInt64,
        at date: Date
    ) throws -> (id: Int64, plan: SessionPlan) {
        let plan = try SessionPlanner.plan(source: source, blueprint: blueprint, seed: seed, history: try store.drawHistory(candidate: candidate))
        let id = try store.createSession(
            NewSession(
                candidate: candidate, interviewer: interviewer, blueprintID: blueprint.id, blueprintTitle: blueprint.title,
                minutes: blueprint.minutes, seed: plan.seed, questions: plan.questions, startedAt: date))
        return (id, plan)
    }
}
