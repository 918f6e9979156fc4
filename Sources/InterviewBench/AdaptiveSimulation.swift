import InterviewKit

/// Adaptive against fixed draws on simulated candidates (issue 22): how many adaptive questions
/// reach the precision of eight drawn at random, and how often eight of each give a clear decision
/// against a bar.
///
/// The truth is `FacetSimulator`'s model: ability θ ~ N(0, 1), two criteria (γ = −0.2, +0.2),
/// τ = (−1.4, 0.1, 1.3) on the 1-4 scale, one interviewer at λ = 0. For each spread a bank of
/// `topics` × `perTopic` questions with δ ~ N(0, spread) is drawn; the selector knows every δ
/// exactly (as from a fit with small SEs). Each candidate gets a fixed interview (with topic
/// quotas two questions per topic drawn uniformly, else eight drawn uniformly from the bank) and
/// an adaptive one under the same blueprint, every criterion score drawn from the model, and θ is
/// estimated from each by ``AbilityEstimate`` (σ_θ = 2). The same candidates face every cell of
/// one spread. Every number comes from one seed through `SplitMix64`.
public struct AdaptiveSimulation: Sendable {
    /// One spread, with or without topic quotas.
    public struct Row: Sendable, Hashable {
        /// SD of the bank's difficulties, logits.
        public let spread: Double
        /// Two questions from each of the four topics, or eight from anywhere.
        public let topicQuotas: Bool
        public let candidates: Int
        /// Mean posterior SE after the eight fixed questions.
        public let fixedStandardError: Double
        /// Mean posterior SE after k adaptive questions, k = 1...8.
        public let adaptiveStandardError: [Double]
        /// √ mean (θ̂ − θ)² after the eight fixed questions.
        public let fixedRMSE: Double
        /// The same after k adaptive questions.
        public let adaptiveRMSE: [Double]
        /// Share of candidates whose θ̂ ± 1.96 SE excludes the bar, after eight questions.
        public let fixedClear: Double
        public let adaptiveClear: Double
        /// Share of candidates with a clear decision on the wrong side of the bar.
        public let fixedWrong: Double
        public let adaptiveWrong: Double

        /// The fewest adaptive questions whose mean SE is at most the fixed eight's; nil when
        /// eight do not reach it.
        public var questionsForStandardError: Int? {
            adaptiveStandardError.firstIndex { $0 <= fixedStandardError }.map { $0 + 1 }
        }

        /// The same for the RMSE.
        public var questionsForRMSE: Int? {
            adaptiveRMSE.firstIndex { $0 <= fixedRMSE }.map { $0 + 1 }
        }
    }

    public var candidates: Int
    public var seed: UInt64
    public var spreads: [Double]
    /// The decision threshold on θ, logits.
    public var bar: Double
    /// Questions per interview.
    public var questions: Int
    public var topics: Int
    public var perTopic: Int

    public init(candidates: Int = 2_000, seed: UInt64 = 22, spreads: [Double] = [0.5, 1, 1.5], bar: Double = 0.5, questions: Int = 8,
                topics: Int = 4, perTopic: Int = 50) {
        self.candidates = max(1, candidates)
        self.seed = seed
        self.spreads = spreads
        self.bar = bar
        self.questions = max(1, questions)
        self.topics = max(1, topics)
        self.perTopic = max(perTopic, self.questions)
    }

    static let criteria = FacetSimulator.criteria.map { ItemDifficulties.Criterion(id: $0.id, difficulty: $0.difficulty, weight: $0.weight) }

    /// Every spread without, then with, topic quotas.
    /// - Throws: ``AdaptiveError`` should the selector fail (it cannot with these banks).
    public func run() throws -> [Row] {
        var rows: [Row] = []
        for (index, spread) in spreads.enumerated() {
            var random = SplitMix64(seed: seed ^ (0x5DEE_CE66 &* UInt64(index + 1)))
            let bank = (0..<(topics * perTopic)).map { i in
                (question: AdaptiveQuestion(id: FacetSimulator.id("t\(i % topics + 1)/q", i / topics, perTopic), topic: "t\(i % topics + 1)",
                                            level: "senior", minutes: 10),
                 difficulty: spread * FacetSimulator.normal(&random))
            }
            let abilities = (0..<candidates).map { _ in FacetSimulator.normal(&random) }
            let streams = (0..<candidates).map { _ in random.next() }
            for topicQuotas in [false, true] {
                rows.append(try cell(spread: spread, topicQuotas: topicQuotas, bank: bank, abilities: abilities, streams: streams))
            }
        }
        return rows
    }

    private func cell(spread: Double, topicQuotas: Bool, bank: [(question: AdaptiveQuestion, difficulty: Double)], abilities: [Double],
                      streams: [UInt64]) throws -> Row {
        let questions = bank.map { entry in
            var question = entry.question
            if !topicQuotas { question.topic = "any" }
            return question
        }
        let truth = Dictionary(uniqueKeysWithValues: bank.map { ($0.question.id, $0.difficulty) })
        let difficulties = ItemDifficulties(scale: 1...4, thresholds: FacetSimulator.thresholds, criteria: Self.criteria, difficulties: truth)
        let topicIDs = Array(Set(questions.map(\.topic))).sorted()
        let quotas = AdaptiveQuotas(
            topics: Apportionment.largestRemainder(topicIDs.map { ($0, 1) }, total: self.questions, integral: false), count: self.questions)

        var fixedSE = 0.0, fixedSquared = 0.0, fixedClear = 0, fixedWrong = 0
        var adaptiveSE = [Double](repeating: 0, count: self.questions), adaptiveSquared = adaptiveSE
        var adaptiveClear = 0, adaptiveWrong = 0
        var probabilities = [Double](repeating: 0, count: FacetSimulator.thresholds.count + 1)
        for (n, theta) in abilities.enumerated() {
            var random = SplitMix64(seed: streams[n])
            func answer(_ question: AdaptiveQuestion) -> AdaptiveAnswer {
                let delta = truth[question.id] ?? 0
                let scores = FacetSimulator.criteria.map { criterion in
                    AdaptiveAnswer.Score(criterion: criterion.id,
                                         score: FacetSimulator.lowest + FacetSimulator.category(theta - delta - criterion.difficulty, &probabilities, &random))
                }
                return AdaptiveAnswer(question: question, scores: scores)
            }
            func record(_ estimate: AbilityEstimate, clear: inout Int, wrong: inout Int) {
                guard abs(estimate.ability - bar) > 1.96 * estimate.standardError else { return }
                clear += 1
                if (estimate.ability > bar) != (theta > bar) { wrong += 1 }
            }

            // Fixed: each topic's quota drawn uniformly from its questions.
            var fixed: [AdaptiveAnswer] = []
            for topic in topicIDs {
                let members = questions.filter { $0.topic == topic }
                for i in FacetSimulator.distinct(quotas.topics[topic] ?? 0, of: members.count, &random) {
                    fixed.append(answer(members[i]))
                }
            }
            let fixedEstimate = try difficulties.ability(from: fixed)
            fixedSE += fixedEstimate.standardError
            fixedSquared += (fixedEstimate.ability - theta) * (fixedEstimate.ability - theta)
            record(fixedEstimate, clear: &fixedClear, wrong: &fixedWrong)

            // Adaptive.
            let selector = AdaptiveSelector(questions: questions, quotas: quotas, difficulties: difficulties, seed: streams[n])
            var answers: [AdaptiveAnswer] = []
            for k in 0..<self.questions {
                answers.append(answer(try selector.next(after: answers).question))
                let estimate = try difficulties.ability(from: answers)
                adaptiveSE[k] += estimate.standardError
                adaptiveSquared[k] += (estimate.ability - theta) * (estimate.ability - theta)
                if k == self.questions - 1 { record(estimate, clear: &adaptiveClear, wrong: &adaptiveWrong) }
            }
        }
        let count = Double(abilities.count)
        return Row(
            spread: spread, topicQuotas: topicQuotas, candidates: abilities.count, fixedStandardError: fixedSE / count,
            adaptiveStandardError: adaptiveSE.map { $0 / count }, fixedRMSE: (fixedSquared / count).squareRoot(),
            adaptiveRMSE: adaptiveSquared.map { ($0 / count).squareRoot() }, fixedClear: Double(fixedClear) / count,
            adaptiveClear: Double(adaptiveClear) / count, fixedWrong: Double(fixedWrong) / count, adaptiveWrong: Double(adaptiveWrong) / count)
    }

    /// The rows as a Markdown table, with a line saying what the columns measure.
    public func markdown(_ rows: [Row]) -> String {
        let n = questions
        var lines = [
            "| spread | topic quotas | mean SE fixed-\(n) | mean SE adaptive-\(n) | adaptive questions to fixed-\(n) SE | RMSE fixed-\(n) | RMSE adaptive-\(n) | adaptive questions to fixed-\(n) RMSE | clear fixed-\(n) | clear adaptive-\(n) | wrong clear fixed | wrong clear adaptive |",
            "|---:|:---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        func fixed(_ value: Double) -> String { NumberText.fixed(value, places: 3) }
        func percent(_ value: Double) -> String { NumberText.fixed(100 * value, places: 1) + "%" }
        for row in rows {
            lines.append("| " + [
                NumberText.fixed(row.spread, places: 1), row.topicQuotas ? "\(topics) × \(n / topics)" : "none",
                fixed(row.fixedStandardError), fixed(row.adaptiveStandardError.last ?? .nan), row.questionsForStandardError.map(String.init) ?? "> \(n)",
                fixed(row.fixedRMSE), fixed(row.adaptiveRMSE.last ?? .nan), row.questionsForRMSE.map(String.init) ?? "> \(n)",
                percent(row.fixedClear), percent(row.adaptiveClear), percent(row.fixedWrong), percent(row.adaptiveWrong),
            ].joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("\(rows.first?.candidates ?? candidates) simulated candidates per row (θ ~ N(0, 1)), seed \(seed); bank of \(topics) topics × "
            + "\(perTopic) questions, δ ~ N(0, spread), known exactly; 2 criteria, scores 1-4, τ = (−1.4, 0.1, 1.3), λ = 0. "
            + "SE: the posterior SE of θ̂ (σ_θ = 2), averaged; clear: θ̂ ± 1.96 SE excludes the bar θ = \(NumberText.fixed(bar, places: 1)); "
            + "wrong clear: clear, on the wrong side of the bar.")
        return lines.joined(separator: "\n")
    }
}
