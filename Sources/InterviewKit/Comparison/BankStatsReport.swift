/// Which questions separate strong from weak candidates (scoring.md §6, raw scores): cli.md's
/// `bank stats` shape, plus the bank's questions never asked.
public struct BankStatsReport: Sendable, Encodable {
    public struct Question: Sendable, Encodable {
        public var id: String
        public var drawn: Int
        public var scored: Int
        public var difficulty: Double?
        public var discrimination: Double?
        public var flags: [String]
        /// The question's difficulty in the fair-score fit (scoring.md §9); nil without a fit or
        /// when it was never scored.
        public var model: Model?

        enum CodingKeys: String, CodingKey { case id, drawn, scored, difficulty, discrimination, flags, model }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(drawn, forKey: .drawn)
            try container.encode(scored, forKey: .scored)
            try container.encode(difficulty, forKey: .difficulty)
            try container.encode(discrimination, forKey: .discrimination)
            try container.encode(flags, forKey: .flags)
            try container.encode(model, forKey: .model)
        }

        /// The model's flags that ask for a review (not "few-ratings", which only says to wait).
        var modelFlagsForReview: [String] { (model?.flags ?? []).filter { $0 != "few-ratings" } }
    }

    public var questions: [Question]
    public var neverAsked: [String]
    /// Why the model columns are missing, when they are.
    public var modelNote: String?

    enum CodingKeys: String, CodingKey {
        case questions
        case neverAsked = "never_asked"
        case modelNote = "model_note"
    }

    /// - Parameters:
    ///   - drawn: session -> question ids it drew.
    ///   - ratings: every complete rating.
    ///   - bankIDs: the bank's question ids (for "never asked").
    public init(drawn: [Int64: [String]], ratings: [RatingRow], bankIDs: [String], scale: ScoreScale = .standard) {
        var pooled: [Int64: [String: [Double]]] = [:]
        for rating in ratings { pooled[rating.session, default: [:]][rating.questionID, default: []].append(rating.score) }
        self.init(drawn: drawn, scores: pooled.mapValues { $0.mapValues { $0.reduce(0, +) / Double($0.count) } }, bankIDs: bankIDs, scale: scale)
    }

    /// - Parameters:
    ///   - drawn: session -> question ids it drew.
    ///   - scores: session -> question id -> the mean of its complete ratings (scoring.md §3).
    ///   - bankIDs: the bank's question ids (for "never asked").
    init(drawn: [Int64: [String]], scores: [Int64: [String: Double]], bankIDs: [String], scale: ScoreScale = .standard) {
        let sessions: [[String: Double?]] = drawn.keys.sorted().map { session in
            var map: [String: Double?] = [:]
            for question in drawn[session] ?? [] { map[question] = scores[session]?[question] }
            return map
        }
        let analysis = ItemAnalysis(sessions: sessions, scale: scale)
        questions = analysis.items.map {
            Question(id: $0.id, drawn: $0.drawn, scored: $0.scored, difficulty: $0.difficulty, discrimination: $0.discrimination, flags: $0.flags.map(\.rawValue))
        }
        let asked = Set(drawn.values.flatMap { $0 })
        neverAsked = bankIDs.filter { !asked.contains($0) }.sorted()
    }

    public func table() -> String {
        func number(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
        let width = max(8, questions.map(\.id.count).max() ?? 0)
        var lines = ["question".padding(toLength: width, withPad: " ", startingAt: 0)
            + "  drawn  scored  difficulty  discrimination  model logits (SE)  infit  outfit  flags"]
        for question in questions {
            let model = question.model.map { String(format: "%+.2f (%.2f)", $0.logits, $0.se) } ?? "–"
            let flags = question.flags + (question.model?.flags ?? [])
            lines.append(
                question.id.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(format: "  %5d  %6d  ", question.drawn, question.scored)
                    + number(question.difficulty).padding(toLength: 10, withPad: " ", startingAt: 0) + "  "
                    + number(question.discrimination).padding(toLength: 14, withPad: " ", startingAt: 0) + "  "
                    + model.padding(toLength: 17, withPad: " ", startingAt: 0) + "  "
                    + number(question.model?.infit).padding(toLength: 5, withPad: " ", startingAt: 0) + "  "
                    + number(question.model?.outfit).padding(toLength: 6, withPad: " ", startingAt: 0) + "  "
                    + flags.joined(separator: ", "))
        }
        lines.append("")
        lines.append("difficulty: share of the scale reached (raw, higher = easier); model: difficulty in logits from the fair-score fit "
            + "(shrunk, higher = harder), flagged only when its SE is at most \(String(format: "%.2f", Model.measuredSE)).")
        if let modelNote { lines.append(modelNote) }
        lines.append("")
        lines.append("never asked (\(neverAsked.count)): " + (neverAsked.isEmpty ? "none" : neverAsked.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    /// Flagged questions as lint warnings, placed at the question in the bank.
    public func warnings(bank: Bank) -> [BankDiagnostic] {
        questions.filter { !$0.flags.isEmpty || !$0.modelFlagsForReview.isEmpty }.compactMap { stats in
            guard let question = bank.question(stats.id) else { return nil }
            let detail = [
                stats.difficulty.map { String(format: "difficulty %.2f", $0) }, stats.discrimination.map { String(format: "discrimination %.2f", $0) },
            ].compactMap { $0 }.joined(separator: ", ")
            let modelDetail = stats.model.map { m in
                stats.modelFlagsForReview.isEmpty ? "" : "; model: " + stats.modelFlagsForReview.joined(separator: ", ")
                    + String(format: " (%+.2f logits, SE %.2f, infit %.2f, outfit %.2f)", m.logits, m.se, m.infit, m.outfit)
            } ?? ""
            return BankDiagnostic(
                path: question.location?.path ?? bank.path, line: question.location?.line, keyPath: "questions[\(stats.id)]",
                message: stats.flags.joined(separator: ", ") + " (\(detail) over \(stats.scored) scored sessions)" + modelDetail, severity: .warning)
        }
    }
}

extension BankStatsReport {
    /// The name under which the report on `bank` is cached: the statistics depend on the data and
    /// on the bank's question ids and levels, nothing else of it.
    public static func cacheName(bank: Bank, format: String) -> String {
        let key = bank.questions.map { "\($0.id)\t\($0.level.rawValue)" }.sorted().joined(separator: "\n")
        return "bank-stats-\(BankFingerprint.hash(key)).\(format)"
    }

    /// The statistics of the bank's questions from what the store recorded (none without a store),
    /// with each question's difficulty from the fair-score fit of the database when it can be made:
    /// one pass over the scores gives both.
    public init(bank: Bank, store: (any AnalyticsStore)?) throws(StoreError) {
        guard let store else {
            self.init(drawn: [:], scores: [:], bankIDs: bank.questions.map(\.id))
            return
        }
        var scores = SessionQuestionScores()
        // The model is fitted while the raw statistics are made.
        let pending = try DatabaseFit.start(store, visiting: { scores.add($0) })
        self.init(drawn: try store.drawnQuestions(), scores: scores.finish(), bankIDs: bank.questions.map(\.id))
        let fit: Result<FacetFit, any Error>
        do {
            fit = .success(try pending.value())
        } catch let error as StoreError {
            throw error
        } catch {
            fit = .failure(error)
        }
        switch fit {
        case .success(let fit):
            addModel(fit, levels: Dictionary(bank.questions.map { ($0.id, $0.level) }, uniquingKeysWith: { first, _ in first }))
        case .failure(let error):
            modelNote = "no model difficulties: \(error)"
        }
    }
}
