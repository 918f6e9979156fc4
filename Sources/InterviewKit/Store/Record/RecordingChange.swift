/// One row change that recording makes, already checked by ``RecordingRules``: what a backend
/// translates to SQL.
enum RecordingChange: Equatable {
    /// A criterion score with the weight the rubric gives it (replaces an earlier value).
    case score(criterion: String, value: Int, weight: Double)
    /// A point (0-based) marked covered or not.
    case cover(point: Int, covered: Bool)
    /// A red flag (0-based) marked heard or not.
    case redFlag(flag: Int, on: Bool)
    /// A follow-up asked: a listed one (its id) or one typed live (id nil).
    case followUp(id: String?, text: String)
    case note(String)
    /// The question skipped with a reason, or the skip cleared (nil).
    case skip(reason: String?)
}
