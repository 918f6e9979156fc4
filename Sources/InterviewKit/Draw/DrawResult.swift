/// The questions of one draw.
public struct DrawResult: Sendable, Hashable {
    /// The picks in scoring.md 8.4 order: cells in (topic id, level id) order, each cell's picks
    /// in rank order.
    public var questions: [DrawQuestion]
    /// Ids of picks the candidate was asked before, used because their cell ran out of fresh
    /// questions; least recently asked first.
    public var reused: [String]
    /// Related pairs the draw could not avoid without breaking the quotas, the budget or even
    /// exposure, in id order; empty when no two picks are related.
    public var relatedAllowed: [RelatedPair]

    public init(questions: [DrawQuestion], reused: [String], relatedAllowed: [RelatedPair] = []) {
        self.questions = questions
        self.reused = reused
        self.relatedAllowed = relatedAllowed
    }
}
