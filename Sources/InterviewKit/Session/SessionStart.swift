import Foundation

/// Starting an interview: the draw, with the store's history of earlier sessions, recorded as a
/// new session before the first question is shown.
public enum SessionStart {
    /// A recorded new session: its id, what was drawn, and for an adaptive session the chooser of
    /// its next questions, to hand to ``LiveSession``.
    public struct Started {
        public var id: Int64
        public var plan: SessionPlan
        public var adaptive: AdaptiveInterview?
    }

    /// Draws `blueprint` for `candidate` and records the session.
    ///
    /// An adaptive blueprint records only its first question, chosen at the prior estimate with
    /// `fit`'s difficulties; the rest are chosen as the interview goes (``AdaptiveInterview``).
    public static func start(
        store: any InterviewStore, source: some DrawSource, blueprint: Blueprint, candidate: String, interviewer: String, seed: UInt64,
        at date: Date, fit: FacetFit? = nil
    ) throws -> Started {
        let history = try store.drawHistory(candidate: candidate)
        let plan: SessionPlan
        var adaptive: AdaptiveInterview?
        if blueprint.adaptive {
            let chooser = try AdaptiveInterview(source: source, blueprint: blueprint, history: history, fit: fit, panel: [interviewer], seed: seed)
            plan = SessionPlan(blueprint: blueprint, seed: seed, questions: [try chooser.next(after: nil)], reused: [])
            adaptive = chooser
        } else {
            plan = try SessionPlanner.plan(source: source, blueprint: blueprint, seed: seed, history: history)
        }
        let id = try store.createSession(
            NewSession(
                candidate: candidate, interviewer: interviewer, blueprintID: blueprint.id, blueprintTitle: blueprint.title,
                minutes: blueprint.minutes, seed: plan.seed, questions: plan.questions, startedAt: date,
                adaptiveCount: blueprint.adaptive ? blueprint.questions : nil))
        return Started(id: id, plan: plan, adaptive: adaptive)
    }
}
