/// How many rows of each kind are recorded about one candidate.
public struct CandidateRecords: Sendable, Equatable {
    /// A kind of record and its count, e.g. 12 scores.
    public struct Count: Sendable, Equatable {
        /// The singular noun ("score", "covered point").
        public var kind: String
        public var count: Int

        public init(kind: String, count: Int) {
            self.kind = kind
            self.count = count
        }

        public var description: String { "\(count) \(kind)\(count == 1 ? "" : "s")" }
    }

    public var candidate: String
    /// Every kind, sessions first, in a fixed order (zero counts included).
    public var counts: [Count]

    public init(candidate: String, counts: [Count]) {
        self.candidate = candidate
        self.counts = counts
    }

    public func count(of kind: String) -> Int { counts.first { $0.kind == kind }?.count ?? 0 }

    /// "the candidate and 2 sessions, 12 questions, 48 scores, …": the non-zero kinds.
    public var description: String {
        let listed = counts.filter { $0.count > 0 }.map(\.description)
        return listed.isEmpty ? "the candidate (no sessions)" : "the candidate and " + listed.joined(separator: ", ")
    }
}
