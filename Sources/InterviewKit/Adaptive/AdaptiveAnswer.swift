/// One question asked in an adaptive session, with the criterion scores it received so far.
///
/// A question asked but not scored (skipped, or not yet scored) has no scores: it still counts
/// against the blueprint's quotas and minutes, and says nothing about the candidate.
public struct AdaptiveAnswer: Sendable, Hashable {
    /// One recorded criterion score: a single observation of the rating-scale model.
    public struct Score: Sendable, Hashable {
        /// A criterion id of the rubric; an id the difficulties do not know has difficulty 0.
        public var criterion: String
        /// Who gave it, for their severity in the fit; `nil` (or an interviewer the fit does not
        /// know) counts as severity 0.
        public var interviewer: String?
        /// On the rubric's scale, lo...hi.
        public var score: Int

        public init(criterion: String, interviewer: String? = nil, score: Int) {
            self.criterion = criterion
            self.interviewer = interviewer
            self.score = score
        }
    }

    public var question: AdaptiveQuestion
    public var scores: [Score]

    public init(question: AdaptiveQuestion, scores: [Score] = []) {
        self.question = question
        self.scores = scores
    }
}
