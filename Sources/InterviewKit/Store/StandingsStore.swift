/// What `compare` pools of every candidate of the whole database (``StandingsStore``), with
/// candidates numbered by their database id and not named, so that it may be kept in the
/// ``ResultCache`` like the fair-score fit (``encoded()``): names are put back when it is read
/// (``standings(names:only:scale:)``), and a forgotten candidate leaves no text behind.
public struct StandingsInputs: Sendable, Hashable {
    /// One candidate: the ``CandidateStanding`` before it is named and summarised.
    public struct Candidate: Sendable, Hashable {
        /// The candidate's database id.
        public var id: Int64
        /// Every session (open or finished).
        public var sessions: Int
        /// Who took part in their sessions: indexes into ``StandingsInputs/interviewers``, in the
        /// order of the names (as the database sorts them).
        public var interviewers: [Int]
        /// Given in their sessions (open or finished), session by session (only counted).
        public var recommendations: [Recommendation]
        /// The scored questions of their finished sessions, in question order: each one's topic
        /// (an index into ``StandingsInputs/topics``) and score S_q (scoring.md §3).
        public var topics: [Int]
        public var scores: [Double]

        public init(
            id: Int64, sessions: Int = 0, interviewers: [Int] = [], recommendations: [Recommendation] = [], topics: [Int] = [],
            scores: [Double] = []
        ) {
            self.id = id
            self.sessions = sessions
            self.interviewers = interviewers
            self.recommendations = recommendations
            self.topics = topics
            self.scores = scores
        }
    }

    public var topics: [String]
    public var interviewers: [String]
    /// Every candidate with a session, by id.
    public var candidates: [Candidate]

    public init(topics: [String] = [], interviewers: [String] = [], candidates: [Candidate] = []) {
        self.topics = topics
        self.interviewers = interviewers
        self.candidates = candidates
    }

    /// Whether every index points into its list and every candidate has a topic per score: what
    /// a kept copy must be before it is used (a damaged file is computed again).
    public var isConsistent: Bool {
        candidates.allSatisfy { candidate in
            candidate.topics.count == candidate.scores.count && candidate.topics.allSatisfy { topics.indices.contains($0) }
                && candidate.interviewers.allSatisfy { interviewers.indices.contains($0) }
        }
    }

    /// The standings of the named candidates (`only`, or all), sorted by name: what
    /// ``StandingsAccumulator`` makes of the same question scores, recommendations and participation.
    /// A candidate whose id `names` does not know is left out.
    public func standings(names: [Int64: String], only: Set<String>? = nil, scale: ScoreScale) -> [CandidateStanding] {
        var accumulator = StandingsAccumulator(leniency: nil, scale: scale)
        var recommendations: [String: [Recommendation]] = [:]
        var participation: [String: (sessions: Int, interviewers: [String])] = [:]
        for candidate in candidates {
            guard let name = names[candidate.id], only?.contains(name) ?? true else { continue }
            accumulator.add(candidate: name, questions: zip(candidate.topics, candidate.scores).map { (topics[$0], $1) })
            if !candidate.recommendations.isEmpty { recommendations[name] = candidate.recommendations }
            participation[name] = (candidate.sessions, candidate.interviewers.map { interviewers[$0] })
        }
        return accumulator.standings(recommendations: recommendations, participation: participation)
    }
}

/// The whole-database reads behind `compare --all` (``StandingsInputs``), candidates by id, in
/// one pass per table: what ``AnalyticsStore/forEachQuestionScore(_:_:)``,
/// ``AnalyticsStore/participation(_:)`` and ``AnalyticsStore/recommendations(_:)`` give for no
/// filter, with the same question scores to the last bit.
public protocol StandingsStore: Sendable {
    func standingsInputs() throws(StoreError) -> StandingsInputs
}
