/// Two `related` questions a draw had to put in one session, because the blueprint (or even
/// exposure) could not be met without them; otherwise a draw never puts two related questions
/// together (formats.md).
public struct RelatedPair: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What kept the draw from avoiding the pair.
    public enum Reason: String, Sendable, Hashable {
        /// The topic and level quotas cannot be filled without it, whatever the time budget.
        case quota
        /// The quotas could be filled without it, but not within the blueprint's minutes.
        case budget
        /// Avoiding it would draw a question more often than others of its cell (scoring.md 8.4:
        /// exposures within a cell differ by at most 1).
        case exposure
    }

    /// The smaller of the two ids.
    public var first: String
    /// The larger of the two ids.
    public var second: String
    public var reason: Reason

    /// The pair of `a` and `b`, in id order whichever way they are given.
    public init(_ a: String, _ b: String, reason: Reason) {
        (first, second) = a <= b ? (a, b) : (b, a)
        self.reason = reason
    }

    /// Id order: by the first id, then the second.
    public static func < (lhs: RelatedPair, rhs: RelatedPair) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }

    /// "async/a and async/b".
    public var description: String {
        "\(first) and \(second)"
    }
}
