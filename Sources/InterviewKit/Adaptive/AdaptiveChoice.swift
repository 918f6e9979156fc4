/// The next question of an adaptive session, and why.
public struct AdaptiveChoice: Sendable, Hashable {
    /// How the chosen question compares with the previous one.
    public enum Direction: String, Sendable, Hashable {
        /// No question asked yet.
        case first
        case harder
        case easier
        /// Within 0.1 logits of the previous question.
        case similar
    }

    public let question: AdaptiveQuestion
    /// δ of the question, logits.
    public let difficulty: Double
    /// Its Fisher information at `estimate.ability`.
    public let information: Double
    /// The ability estimate it was chosen at (the prior alone before any score).
    public let estimate: AbilityEstimate
    public let direction: Direction
    /// A short line for the interviewer's screen, e.g. "harder: the last two answers were strong".
    public let reason: String
}
