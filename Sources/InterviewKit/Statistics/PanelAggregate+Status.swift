extension PanelAggregate {
    /// Whether a drawn question counts in scores (scoring.md §1): *scored* with at least one
    /// complete rating, *skipped* if explicitly skipped and not scored, *incomplete* otherwise.
    /// Only scored questions count in §2-§7.
    public enum Status: Sendable, Hashable {
        case scored
        case skipped(reason: String)
        case incomplete

        public init(completeRatings: Int, skipReason: String?) {
            if completeRatings > 0 {
                self = .scored
            } else if let skipReason {
                self = .skipped(reason: skipReason)
            } else {
                self = .incomplete
            }
        }

        public var isScored: Bool { self == .scored }
    }
}
