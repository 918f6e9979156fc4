/// One recorded criterion score, labelled by the facets that produced it (scoring.md §9): the
/// candidate, the question, the interviewer and the rubric criterion.
public struct FacetRating: Sendable, Hashable {
    public var candidate: String
    public var question: String
    public var interviewer: String
    public var criterion: String
    public var score: Int

    public init(candidate: String, question: String, interviewer: String, criterion: String, score: Int) {
        self.candidate = candidate
        self.question = question
        self.interviewer = interviewer
        self.criterion = criterion
        self.score = score
    }
}
