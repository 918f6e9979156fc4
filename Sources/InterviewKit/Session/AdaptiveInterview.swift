import Foundation

/// An adaptive session's questions, chosen one at a time (issue 22): the first when the session
/// starts, then each next one when the interviewer moves on from the last, by
/// ``AdaptiveSelector`` within the blueprint's quotas at the candidate's current estimate.
///
/// Built from the bank, the blueprint, the candidate's history, the database fit (nil: every
/// question at its level's prior) and the panel; the session's seed orders ties, so the same
/// scores give the same interview, and a resumed session chooses exactly as it would have.
public struct AdaptiveInterview {
    let source: any DrawSource
    let blueprint: Blueprint
    let selector: AdaptiveSelector

    public init(source: any DrawSource, blueprint: Blueprint, history: DrawHistory, fit: FacetFit?, panel: [String], seed: UInt64) throws {
        let related = source.relatedIDs
        let pool = source.drawQuestions.map { question in
            AdaptiveQuestion(id: question.id, topic: question.topic, level: question.level, minutes: question.minutes, related: related[question.id] ?? [])
        }
        // The rubric of the blueprint's questions: its override, else the rubric of the first
        // question of its first topic (topics share the default rubric in a bank).
        let topics = Set(blueprint.topics.ids)
        guard let sample = pool.first(where: { topics.contains($0.topic) }).flatMap({ source.question($0.id) }),
              let rubric = source.rubric(for: sample, blueprint: blueprint)
        else { throw DrawError.noRubric(question: nil, blueprint: blueprint.id) }
        self.source = source
        self.blueprint = blueprint
        selector = AdaptiveSelector(
            questions: pool, quotas: try AdaptiveQuotas(blueprint: blueprint),
            difficulties: ItemDifficulties(fit: fit, rubric: rubric, panel: panel), exposure: history.exposure,
            askedBefore: Set(history.askedBefore.keys), seed: seed)
    }

    /// The chooser of a recorded adaptive session (nil for a session drawn whole), as it was when
    /// the session started: the session's own count, minutes and seed, the candidate's history,
    /// the bank's blueprint for the rest, and every panel member's severity.
    public static func resuming(
        _ record: SessionRecord, source: any DrawSource, blueprint: Blueprint, store: any InterviewStore, fit: FacetFit?, interviewer: String
    ) throws -> AdaptiveInterview? {
        guard let count = record.adaptiveCount else { return nil }
        var blueprint = blueprint
        blueprint.adaptive = true
        blueprint.questions = count
        blueprint.minutes = record.minutes
        let panel = record.interviewers.contains(interviewer) ? record.interviewers : record.interviewers + [interviewer]
        return try AdaptiveInterview(
            source: source, blueprint: blueprint, history: try store.drawHistory(candidate: record.candidate), fit: fit, panel: panel, seed: record.seed)
    }

    /// The next question as the session records it (its snapshot and why it was chosen), after
    /// the questions and scores of `record` (nil before the first).
    public func next(after record: SessionRecord?) throws -> AskedQuestion {
        let choice = try selector.next(after: answers(record))
        guard let question = source.question(choice.question.id), let rubric = source.rubric(for: question, blueprint: blueprint) else {
            throw DrawError.noRubric(question: choice.question.id, blueprint: blueprint.id)
        }
        var asked = AskedQuestion(position: record?.questions.count ?? 0, question: question, rubric: rubric)
        asked.reason = choice.reason
        return asked
    }

    /// The candidate's ability estimate from every score recorded so far.
    public func estimate(_ record: SessionRecord) throws -> AbilityEstimate {
        try selector.estimate(answers(record))
    }

    /// The session's questions in the order asked, with every criterion score of every interviewer.
    func answers(_ record: SessionRecord?) -> [AdaptiveAnswer] {
        let related = source.relatedIDs
        return (record?.questions ?? []).map { question in
            let asked = question.asked
            let scores = question.marks.sorted { $0.key < $1.key }.flatMap { interviewer, marks in
                marks.scores.sorted { $0.key < $1.key }.map { AdaptiveAnswer.Score(criterion: $0.key, interviewer: interviewer, score: $0.value) }
            }
            return AdaptiveAnswer(
                question: AdaptiveQuestion(
                    id: asked.questionID, topic: asked.topic, level: asked.level, minutes: asked.minutes, related: related[asked.questionID] ?? []),
                scores: scores)
        }
    }
}
