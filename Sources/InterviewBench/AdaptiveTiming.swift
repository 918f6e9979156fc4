import InterviewKit

/// How long adaptive selection takes to choose the next question on a large synthetic bank
/// (issue 22: at most 50 ms on 10,000 questions).
///
/// The bank is `SyntheticData.questions` (eleven topics, two levels, 5-9 minutes), one question
/// in ten related to another; 70% have a fitted difficulty N(0, 1), the rest their level prior;
/// exposures 0-29; 200 questions asked of the candidate before. The blueprint is the
/// bench bank's senior-rust-60 (6 questions, async 2, concurrency 2, memory 1, distributed 1,
/// senior 5, intermediate 1, 60 minutes). Whole sessions are run with random scores; each timed
/// choice builds the selector and calls `next(after:)`, as a live session would.
public enum AdaptiveTiming {
    /// The median milliseconds of `choices` choices.
    public static func medianMilliseconds(questions count: Int = 10_000, choices: Int = 50, seed: UInt64 = 1) throws -> Double {
        var random = SplitMix64(seed: seed)
        let bank = SyntheticData.questions(count: count, seed: seed)
        let questions = bank.map { question in
            var adaptive = AdaptiveQuestion(question)
            if random.next() % 10 == 0 { adaptive.related = [bank[Int(random.next() % UInt64(bank.count))].id] }
            return adaptive
        }
        var fitted: [String: Double] = [:]
        for question in questions where random.next() % 10 < 7 {
            fitted[question.id] = FacetSimulator.normal(&random)
        }
        let exposure = Dictionary(uniqueKeysWithValues: questions.map { ($0.id, Int(random.next() % 30)) })
        let before = Set((0..<200).map { _ in questions[Int(random.next() % UInt64(questions.count))].id })
        let difficulties = ItemDifficulties(criteria: SyntheticData.rubric.criteria.map { .init(id: $0.id, weight: $0.weight) },
                                            difficulties: fitted)
        let quotas = AdaptiveQuotas(topics: ["async": 2, "concurrency": 2, "memory": 1, "distributed": 1],
                                    levels: ["senior": 5, "intermediate": 1], count: 6, minutes: 60)

        let clock = ContinuousClock()
        var times: [Double] = []
        var answers: [AdaptiveAnswer] = []
        while times.count < choices {
            if answers.count == quotas.count { answers = [] }
            let start = clock.now
            let selector = AdaptiveSelector(questions: questions, quotas: quotas, difficulties: difficulties, exposure: exposure,
                                            askedBefore: before, seed: seed &+ UInt64(times.count))
            let choice = try selector.next(after: answers)
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
            answers.append(AdaptiveAnswer(question: choice.question, scores: difficulties.criteria.map {
                .init(criterion: $0.id, score: 1 + Int(random.next() % 4))
            }))
        }
        times.sort()
        return times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
    }
}
