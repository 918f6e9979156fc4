/// Why adaptive selection cannot give a next question, or cannot read the scores it is given.
public enum AdaptiveError: InterviewError, Equatable {
    /// A quota of the blueprint that the remaining questions cannot fill.
    public enum Quota: Sendable, Hashable, CustomStringConvertible {
        case topic(String)
        case level(String)
        /// The number of questions itself (when earlier questions overfilled a topic or level).
        case questions

        public var description: String {
            switch self {
            case .topic(let id): return "topic '\(id)'"
            case .level(let id): return "level '\(id)'"
            case .questions: return "the number of questions"
            }
        }
    }

    /// Every question of the blueprint has been asked.
    case finished(asked: Int)
    /// `quota` still needs `needed` questions, and at most `available` of the eligible questions
    /// (not asked, not asked of this candidate before, not related to an asked question, within
    /// the minutes left) can go to it alongside the other quotas.
    case quotaRunOut(Quota, needed: Int, available: Int)
    /// The shortest questions that fill the quotas need more minutes than remain.
    case overBudget(neededMinutes: Int, remainingMinutes: Int)
    /// A score off the rubric's scale (`question` and `criterion` when known).
    case scoreOutOfScale(question: String?, criterion: String?, score: Int, scale: ClosedRange<Int>)
    /// The thresholds given do not number hi − lo.
    case thresholdsDoNotFitScale(thresholds: Int, scale: ClosedRange<Int>)
    /// σ_θ must be a positive number.
    case invalidPrior(Double)
}

extension AdaptiveError {
    public var description: String {
        switch self {
        case .finished(let asked):
            return "all \(asked) questions of the blueprint have been asked"
        case .quotaRunOut(let quota, let needed, let available):
            return "\(quota) ran out: \(needed) more \(needed == 1 ? "question is" : "questions are") needed and "
                + "\(available) eligible \(available == 1 ? "question is" : "questions are") left for it "
                + "(asked, asked of this candidate before, related to an asked question or too long for the minutes left are excluded)"
        case .overBudget(let needed, let remaining):
            return "the shortest questions that fill the remaining quotas need \(needed) minutes; \(remaining) remain"
        case .scoreOutOfScale(let question, let criterion, let score, let scale):
            let place = [question.map { "question '\($0)'" }, criterion.map { "criterion '\($0)'" }].compactMap { $0 }.joined(separator: ", ")
            return "score \(score)\(place.isEmpty ? "" : " (\(place))") is outside the scale \(scale.lowerBound)-\(scale.upperBound)"
        case .thresholdsDoNotFitScale(let thresholds, let scale):
            return "\(thresholds) thresholds do not fit the scale \(scale.lowerBound)-\(scale.upperBound), which needs \(scale.count - 1)"
        case .invalidPrior(let prior):
            return "the ability prior's standard deviation is \(prior); it must be a number above 0"
        }
    }
}
