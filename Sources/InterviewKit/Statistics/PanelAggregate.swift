/// The panel's view of one question (scoring.md §2): S_q is the mean of the complete rating scores,
/// with the spread between interviewers and each criterion's range.
///
/// Only complete ratings count here; incomplete ones matter only for agreement (§4).
public struct PanelAggregate: Sendable, Hashable {
    /// One interviewer's recorded criterion scores for the question.
    public struct Rating: Sendable, Hashable {
        public let interviewer: String
        public let values: [String: Int]

        public init(interviewer: String, values: [String: Int]) {
            self.interviewer = interviewer
            self.values = values
        }
    }

    /// A complete rating and its score.
    public struct MemberScore: Sendable, Hashable {
        public let interviewer: String
        public let score: Double
    }

    /// max − min of one criterion over the complete ratings.
    public struct CriterionRange: Sendable, Hashable {
        public let criterion: String
        public let range: Int
    }

    /// A criterion range at or above this flags disagreement.
    public static let disagreementRange = 2

    /// Complete ratings in input order.
    public let members: [MemberScore]
    /// S_q, nil when the question is not scored.
    public let score: Double?
    /// max x − min x (0 for one rating), nil when not scored.
    public let spread: Double?
    /// Per criterion in rubric order; empty when not scored.
    public let criterionRanges: [CriterionRange]
    /// Some criterion range is ≥ 2.
    public let disagreement: Bool
    public let status: Status

    public init(ratings: [Rating], weights: [CriterionWeight], skipReason: String? = nil) {
        var members: [MemberScore] = []
        var complete: [[String: Int]] = []
        for rating in ratings {
            if let x = RatingScore.value(of: rating.values, weights: weights) {
                members.append(MemberScore(interviewer: rating.interviewer, score: x))
                complete.append(rating.values)
            }
        }
        self.members = members
        let scores = members.map(\.score)
        self.score = ScoringMath.mean(scores)
        if let lo = scores.min(), let hi = scores.max() {
            self.spread = hi - lo
        } else {
            self.spread = nil
        }
        self.criterionRanges = weights.compactMap { w in
            let vs = complete.compactMap { $0[w.criterion] }
            guard let lo = vs.min(), let hi = vs.max() else { return nil }
            return CriterionRange(criterion: w.criterion, range: hi - lo)
        }
        self.disagreement = criterionRanges.contains { $0.range >= Self.disagreementRange }
        self.status = Status(completeRatings: members.count, skipReason: skipReason)
    }

    /// `score` mapped to 0-100 on `scale`.
    public func pct(on scale: ScoreScale) -> Double? {
        score.map(scale.pct)
    }
}
