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

    /// Each kind of record about a candidate and the query that counts its rows, the same SQL on
    /// every backend but for how it writes the candidate's id (`placeholder`, always bound).
    static func countQueries(placeholder id: String) -> [(kind: String, sql: String)] {
        let sessions = "SELECT id FROM session WHERE candidate_id = \(id)"
        let questions = "SELECT sq.id FROM session_question sq JOIN session s ON s.id = sq.session_id WHERE s.candidate_id = \(id)"
        return [
            ("session", "SELECT COUNT(*) FROM session WHERE candidate_id = \(id)"),
            ("question", "SELECT COUNT(*) FROM session_question WHERE session_id IN (\(sessions))"),
            ("score", "SELECT COUNT(*) FROM score WHERE session_question_id IN (\(questions))"),
            ("covered point", "SELECT COUNT(*) FROM covered_point WHERE session_question_id IN (\(questions))"),
            ("follow-up", "SELECT COUNT(*) FROM follow_up_asked WHERE session_question_id IN (\(questions))"),
            ("red flag", "SELECT COUNT(*) FROM red_flag WHERE session_question_id IN (\(questions))"),
            ("skip", "SELECT COUNT(*) FROM skip WHERE session_question_id IN (\(questions))"),
            ("note", "SELECT COUNT(*) FROM note WHERE session_id IN (\(sessions))"),
            ("recommendation", "SELECT COUNT(*) FROM recommendation WHERE session_id IN (\(sessions))"),
            ("panel seat", "SELECT COUNT(*) FROM session_interviewer WHERE session_id IN (\(sessions))"),
        ]
    }
}
