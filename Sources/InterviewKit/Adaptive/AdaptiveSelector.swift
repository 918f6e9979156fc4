/// Chooses, after each scored question, the remaining question that tells most about the
/// candidate at their current ability estimate (issue 22).
///
/// The live session builds one selector per session and asks it for each next question with
/// what has been asked so far:
///
/// ```swift
/// let selector = AdaptiveSelector(
///     questions: bank.questions.map(AdaptiveQuestion.init),
///     quotas: try AdaptiveQuotas(blueprint: blueprint),
///     difficulties: ItemDifficulties(fit: fit, rubric: rubric, panel: interviewers),
///     exposure: history.exposure, askedBefore: Set(history.askedBefore.keys), seed: session.seed)
/// let choice = try selector.next(after: answers)   // answers: [AdaptiveAnswer], in the order asked
/// // choice.question, choice.reason ("harder: the last two answers were strong"), choice.estimate
/// ```
///
/// The rules, in order:
/// 1. Eligible: a question of a topic (and level) whose quota is not yet filled, not asked in
///    this session, not asked of this candidate before, not related to an asked question, no
///    longer than the minutes left.
/// 2. Only a question after which the rest of the blueprint can still be met: every quota
///    filled exactly by the eligible questions left (not related to it), within the minutes left
///    (``QuotaCompletion``).
/// 3. The most Fisher information at θ̂ (``AbilityEstimate`` of the scores so far; θ = 0 before
///    any score): Σ_c Var(x_c | θ̂ − δ_q − λ − γ_c).
/// 4. Information equal within 1e-9: the least exposed question, then an order fixed by the
///    seed (a SplitMix64 output keyed by the id), then the id. The same seed and the same scores
///    give the same interview.
public struct AdaptiveSelector: Sendable {
    public let questions: [AdaptiveQuestion]
    public let quotas: AdaptiveQuotas
    public let difficulties: ItemDifficulties
    /// Question id → sessions that drew it; absent means 0.
    public let exposure: [String: Int]
    /// Questions asked of this candidate in earlier sessions; never asked again.
    public let askedBefore: Set<String>
    public let seed: UInt64
    /// σ_θ of the ability estimate, logits.
    public let prior: Double
    private let links: RelatedLinks

    /// Information within this of the best counts as a tie.
    public static let tieTolerance = 1e-9

    /// - Parameters:
    ///   - questions: the bank (questions outside the blueprint's topics or level mix are passed
    ///     over; a repeated id counts once).
    ///   - quotas: the whole session's quotas; the questions already asked are taken off in
    ///     ``next(after:)``.
    ///   - difficulties: δ, γ, τ and λ (``ItemDifficulties``).
    ///   - exposure: question id → sessions that drew it.
    ///   - askedBefore: ids asked of this candidate in earlier sessions.
    ///   - seed: the session's seed, for the order of ties.
    ///   - prior: σ_θ (2 logits by default).
    public init(
        questions: [AdaptiveQuestion], quotas: AdaptiveQuotas, difficulties: ItemDifficulties, exposure: [String: Int] = [:],
        askedBefore: Set<String> = [], seed: UInt64, prior: Double = AbilityEstimate.defaultPrior
    ) {
        self.questions = questions
        self.quotas = quotas
        self.difficulties = difficulties
        self.exposure = exposure
        self.askedBefore = askedBefore
        self.seed = seed
        self.prior = prior
        var related: [String: [String]] = [:]
        for question in questions where !question.related.isEmpty {
            related[question.id, default: []] += question.related
        }
        links = RelatedLinks(related)
    }

    /// The next question to ask.
    /// - Parameter answers: the questions asked so far in this session, in the order asked, with
    ///   their criterion scores (none for a skipped one).
    /// - Returns: the question, its difficulty and information, the estimate it was chosen at and
    ///   a reason for the interviewer's screen.
    /// - Throws: ``AdaptiveError/finished(asked:)`` when the blueprint's questions are all asked,
    ///   ``AdaptiveError/quotaRunOut(_:needed:available:)`` naming the topic or level quota no
    ///   remaining question can fill, ``AdaptiveError/overBudget(neededMinutes:remainingMinutes:)``,
    ///   or ``AdaptiveError/scoreOutOfScale(question:criterion:score:scale:)`` for a bad score.
    public func next(after answers: [AdaptiveAnswer]) throws(AdaptiveError) -> AdaptiveChoice {
        let left = quotas.count - answers.count
        guard left > 0 else { throw AdaptiveError.finished(asked: answers.count) }
        let estimate = try difficulties.ability(from: answers, prior: prior)

        let completion = completion(after: answers, left: left)
        if let error = completion.state.outcome().error { throw error }

        // Rank the pool by information; walk it best first until past the best feasible question's tie band.
        let pool = completion.pool
        let delta = pool.map { difficulties.difficulty(of: questions[$0.index]) }
        let information = delta.map { difficulties.information(ability: estimate.ability, difficulty: $0) }
        let order = pool.indices.sorted { information[$0] > information[$1] }
        let positions = links.isEmpty ? [:] : Dictionary(pool.indices.map { (questions[pool[$0].index].id, $0) }, uniquingKeysWith: { a, _ in a })

        struct Key: Hashable { var cell: Int, minutes: Int }
        var known: [Key: QuotaCompletion.Outcome] = [:]
        var best: Double?
        var tied: [Int] = []
        var firstFailure: QuotaCompletion.Outcome?
        for member in order {
            if let best, information[member] < best - Self.tieTolerance { break }
            let entry = pool[member], question = questions[entry.index]
            let removed = links.isEmpty ? [] : links.neighbours(of: question.id).compactMap { positions[$0] }.map { (cell: pool[$0].cell, minutes: questions[pool[$0].index].minutes) }
            let outcome: QuotaCompletion.Outcome
            if removed.isEmpty {
                let key = Key(cell: entry.cell, minutes: question.minutes)
                if let cached = known[key] {
                    outcome = cached
                } else {
                    outcome = completion.state.outcome(picking: entry.cell, minutes: question.minutes)
                    known[key] = outcome
                }
            } else {
                outcome = completion.state.outcome(picking: entry.cell, minutes: question.minutes, removing: removed)
            }
            if outcome.isFeasible {
                best = best ?? information[member]
                tied.append(member)
            } else if firstFailure == nil {
                firstFailure = outcome
            }
        }
        guard !tied.isEmpty else {
            throw firstFailure?.error ?? AdaptiveError.quotaRunOut(.questions, needed: left, available: 0)
        }
        let chosen = tied.min { a, b in
            let (x, y) = (questions[pool[a].index], questions[pool[b].index])
            let (ex, ey) = (exposure[x.id] ?? 0, exposure[y.id] ?? 0)
            if ex != ey { return ex < ey }
            let (kx, ky) = (tieKey(x.id), tieKey(y.id))
            return kx != ky ? kx < ky : x.id < y.id
        } ?? tied[0]
        let question = questions[pool[chosen].index]
        let (direction, reason) = explain(delta[chosen], estimate: estimate, answers: answers)
        return AdaptiveChoice(question: question, difficulty: delta[chosen], information: information[chosen], estimate: estimate,
                              direction: direction, reason: reason)
    }

    /// θ̂ from `answers` alone (the scores so far), for showing beside the question.
    public func estimate(_ answers: [AdaptiveAnswer]) throws(AdaptiveError) -> AbilityEstimate {
        try difficulties.ability(from: answers, prior: prior)
    }

    // MARK: - Eligibility

    /// The eligible questions (bank index and cell) and what is left of the quotas.
    private func completion(after answers: [AdaptiveAnswer], left: Int) -> (state: QuotaCompletion, pool: [(index: Int, cell: Int)]) {
        let topics = quotas.topics.keys.sorted()
        let levels = quotas.levels.map { $0.keys.sorted() } ?? [""]
        var topicCaps = topics.map { quotas.topics[$0] ?? 0 }
        var levelCaps = quotas.levels.map { mix in levels.map { mix[$0] ?? 0 } } ?? [left]
        let topicSlot = Dictionary(topics.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let levelSlot = Dictionary(levels.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

        var asked: Set<String> = []
        var related: Set<String> = []
        var minutes = quotas.minutes
        for answer in answers {
            asked.insert(answer.question.id)
            related.formUnion(links.neighbours(of: answer.question.id))
            if let t = topicSlot[answer.question.topic] { topicCaps[t] -= 1 }
            if quotas.levels != nil, let l = levelSlot[answer.question.level] { levelCaps[l] -= 1 }
            minutes = minutes.map { $0 - answer.question.minutes }
        }
        topicCaps = topicCaps.map { max($0, 0) }
        levelCaps = levelCaps.map { max($0, 0) }

        var pool: [(index: Int, cell: Int)] = []
        var cells = Array(repeating: [Int](), count: topics.count * levels.count)
        var seen: Set<String> = []
        for (index, question) in questions.enumerated() {
            guard let t = topicSlot[question.topic], topicCaps[t] > 0 else { continue }
            let l = quotas.levels == nil ? 0 : levelSlot[question.level]
            guard let l, levelCaps[l] > 0, minutes.map({ question.minutes <= $0 }) ?? true,
                  !asked.contains(question.id), !askedBefore.contains(question.id), !related.contains(question.id),
                  seen.insert(question.id).inserted
            else { continue }
            let cell = t * levels.count + l
            pool.append((index, cell))
            cells[cell].append(question.minutes)
        }
        let state = QuotaCompletion(
            topics: topics, levels: levels, hasLevels: quotas.levels != nil, topicCaps: topicCaps, levelCaps: levelCaps, count: left,
            minutes: minutes, cellMinutes: cells.map { $0.sorted() })
        return (state, pool)
    }

    /// A fixed pseudo-random rank of `id` under the seed: SplitMix64 seeded with the seed xor the
    /// id's FNV-1a hash (the standard library's hash differs per process).
    private func tieKey(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var generator = SplitMix64(seed: seed ^ hash)
        return generator.next()
    }

    // MARK: - Reason

    /// The direction against the previous question and a line saying why. The line never shows
    /// the estimate itself, which the interviewer sees only when they ask (`e`), so that it does
    /// not anchor their scoring.
    private func explain(_ difficulty: Double, estimate: AbilityEstimate, answers: [AdaptiveAnswer]) -> (AdaptiveChoice.Direction, String) {
        guard let last = answers.last else {
            let mix = quotas.levels == nil ? "no scores yet" : "for the level mix"
            return (.first, "first question: average difficulty \(mix)")
        }
        let previous = difficulties.difficulty(of: last.question)
        let change = difficulty - previous
        if abs(change) <= 0.1 {
            return (.similar, "similar difficulty: the most informative question left")
        }
        let direction: AdaptiveChoice.Direction = change > 0 ? .harder : .easier
        let (strength, run) = recentStrength(answers)
        if direction == .harder, strength == .strong {
            return (.harder, "harder: the \(Self.last(run)) strong")
        }
        if direction == .easier, strength == .weak {
            return (.easier, "easier: the \(Self.last(run)) weak")
        }
        if estimate.observations == 0 {
            return (direction, "\(direction.rawValue): no scores yet, the blueprint's quotas lead")
        }
        // The estimate on the same side as the move: the answers so far explain it; otherwise
        // the topic and level quotas left no question in the other direction that tells as much.
        let above = estimate.ability > previous
        if (direction == .harder) == above {
            return (direction, "\(direction.rawValue): the answers so far sit \(above ? "above" : "below") the last question's difficulty")
        }
        return (direction, "\(direction.rawValue): the blueprint's topic and level quotas lead here")
    }

    private enum Strength { case weak, middling, strong }

    /// How the latest scored answers went, and how many in a row went that way: strong at a
    /// weighted mean of at least two thirds of the scale (3 on 1-4), weak at one third or less (2).
    private func recentStrength(_ answers: [AdaptiveAnswer]) -> (Strength, Int) {
        let lo = Double(difficulties.scale.lowerBound), span = Double(max(difficulties.scale.count - 1, 1))
        var first: Strength?
        var run = 0
        for answer in answers.reversed() where !answer.scores.isEmpty {
            let weights = answer.scores.map { score in difficulties.criteria.first { $0.id == score.criterion }?.weight ?? 0 }
            let total = weights.reduce(0, +)
            let mean = total > 0
                ? zip(answer.scores, weights).reduce(0) { $0 + Double($1.0.score) * $1.1 } / total
                : answer.scores.reduce(0) { $0 + Double($1.score) } / Double(answer.scores.count)
            let share = (mean - lo) / span
            let strength: Strength = share >= 2.0 / 3 - 1e-9 ? .strong : share <= 1.0 / 3 + 1e-9 ? .weak : .middling
            if first == nil { first = strength }
            guard strength == first else { break }
            run += 1
        }
        return (first ?? .middling, run)
    }

    private static func last(_ run: Int) -> String {
        switch run {
        case 1: return "last answer was"
        case 2: return "last two answers were"
        case 3: return "last three answers were"
        default: return "last \(run) answers were"
        }
    }
}
