/// One candidate's pooled results: every scored question of their finished sessions.
public struct CandidateStanding: Sendable, Hashable {
    public var candidate: String
    /// Scored question scores S_q (scoring.md §2), in the order the store hands them over (session
    /// order), with their topics.
    public var questions: [(topic: String, score: Double)]
    public var overall: ScoreSummary
    public var topics: [(topic: String, summary: ScoreSummary)]
    public var sessions: Int
    public var interviewers: [String]
    public var recommendations: [Recommendation]

    public static func == (lhs: CandidateStanding, rhs: CandidateStanding) -> Bool {
        lhs.candidate == rhs.candidate && lhs.questions.map(\.score) == rhs.questions.map(\.score)
            && lhs.questions.map(\.topic) == rhs.questions.map(\.topic) && lhs.sessions == rhs.sessions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(candidate)
        hasher.combine(questions.map(\.score))
    }

    public var scores: [Double] { questions.map(\.score) }

    var summaries: ComparisonReport.Candidate.Summaries {
        ComparisonReport.Candidate.Summaries(overall: overall, topics: Dictionary(uniqueKeysWithValues: topics.map { ($0.topic, $0.summary) }))
    }
}
