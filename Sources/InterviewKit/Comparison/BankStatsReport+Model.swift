extension BankStatsReport {
    /// A question's difficulty in the fair-score fit (scoring.md §9), shrunk towards the average
    /// by the prior, with what it lets one say.
    public struct Model: Sendable, Encodable {
        /// δ in logits, higher = harder.
        public var logits: Double
        public var se: Double
        public var infit: Double
        public var outfit: Double
        /// Criterion scores behind it.
        public var n: Int
        /// `too-easy-for-level`, `too-hard-for-level`, `misfit` (fit > 1.5: scores noisier than the
        /// model expects), `overfit` (fit < 0.5: too predictable), or `few-ratings` when the SE is
        /// too large for any of those to mean something.
        public var flags: [String]

        /// An estimate is taken at its word only when its SE is at most this (logits): about 45
        /// criterion scores of a mid-scale question.
        public static let measuredSE = 0.3
        /// Flag a question whose 95% interval lies wholly beyond the typical difficulty of the
        /// neighbouring level (or, without one, more than this far from its own level's).
        public static let levelMargin = 1.0
    }

    /// Adds the model columns from `fit`; `levels` says each question's level, so that a question
    /// can be judged against the others of its level and the levels beside it.
    public mutating func addModel(_ fit: FacetFit, levels: [String: Level]) {
        let measures = Dictionary(fit.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if !fit.isConnected {
            modelNote = "Disconnected: the scores fall into \(fit.subsets.count) groups that share no question or interviewer; "
                + "model difficulties compare across groups only through the priors."
        }
        // The typical difficulty of each level: the mean over its well-measured questions (3 at least).
        var byLevel: [Level: [Double]] = [:]
        for measure in fit.questions where measure.standardError <= Model.measuredSE {
            if let level = levels[measure.id] { byLevel[level, default: []].append(measure.measure) }
        }
        let typical = byLevel.filter { $0.value.count >= 3 }.mapValues { $0.reduce(0, +) / Double($0.count) }
        let order = Level.allCases
        for index in questions.indices {
            guard let measure = measures[questions[index].id] else { continue }
            var flags: [String] = []
            if measure.standardError > Model.measuredSE {
                flags.append("few-ratings")
            } else {
                let low = measure.measure - 1.96 * measure.standardError, high = measure.measure + 1.96 * measure.standardError
                if let level = levels[measure.id], let position = order.firstIndex(of: level) {
                    let below = position > 0 ? typical[order[position - 1]] : nil
                    let above = position + 1 < order.count ? typical[order[position + 1]] : nil
                    let own = typical[level]
                    if let bar = below ?? own.map({ $0 - Model.levelMargin }), high < bar { flags.append("too-easy-for-level") }
                    if let bar = above ?? own.map({ $0 + Model.levelMargin }), low > bar { flags.append("too-hard-for-level") }
                }
                if max(measure.infit, measure.outfit) > 1.5 { flags.append("misfit") }
                if max(measure.infit, measure.outfit) < 0.5 { flags.append("overfit") }
            }
            questions[index].model = Model(
                logits: measure.measure, se: measure.standardError, infit: measure.infit, outfit: measure.outfit, n: measure.count, flags: flags)
        }
    }
}
