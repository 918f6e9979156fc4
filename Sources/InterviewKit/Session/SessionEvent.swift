/// One thing an interviewer records about a drawn question or a session. Each event is committed
/// in its own transaction before the next prompt appears.
public enum SessionEvent: Sendable, Hashable {
    /// Criterion scores (criterion id -> value); merged with earlier scores of the same rating.
    case score([String: Int])
    /// Marks points (0-based) covered or not.
    case cover([Int], covered: Bool)
    /// A follow-up asked: a listed one (its id and text) or one typed live (id nil).
    case followUp(id: String?, text: String)
    /// Marks red flags (0-based) heard or not.
    case redFlag([Int], on: Bool)
    case note(String)
    /// Skips the question with a reason (clears the skip when nil).
    case skip(reason: String?)
}

/// A recommendation level, never averaged.
public enum Recommendation: String, Sendable, Hashable, Codable, CaseIterable {
    case strongNo = "strong-no"
    case no
    case yes
    case strongYes = "strong-yes"
}
