/// Pools ratings into question scores one rating at a time, so that a comparison over 100,000
/// sessions never holds its million ratings at once (scoring.md §3: a question's score is the
/// mean of its ratings; a candidate's finished sessions are pooled).
///
/// Ratings of one session must arrive together, as ``AnalyticsStore/ratings(_:)`` returns them
/// (ordered by session): a session's questions are scored when the next session begins.
public struct StandingsAccumulator {
    private struct Open {
        var candidate: String
        var topic: String
        var sum: Double
        var count: Int
    }

    private let leniency: Leniency?
    private let scale: ScoreScale
    private var session: Int64?
    private var questions: [String: Int] = [:]
    private var open: [Open] = []
    private var pooled: [String: [(topic: String, score: Double)]] = [:]

    public init(leniency: Leniency?, scale: ScoreScale) {
        self.leniency = leniency
        self.scale = scale
    }

    public mutating func add(_ rating: RatingRow) {
        guard rating.finished else { return }
        if rating.session != session { flush() }
        session = rating.session
        let score = leniency.map { $0.calibrated(rating.score, by: rating.interviewer, scale: scale) } ?? rating.score
        if let index = questions[rating.questionID] {
            open[index].sum += score
            open[index].count += 1
        } else {
            questions[rating.questionID] = open.count
            open.append(Open(candidate: rating.candidate, topic: rating.topic, sum: score, count: 1))
        }
    }

    /// A question already pooled by the store (``AnalyticsStore/forEachQuestionScore(_:_:)``);
    /// without leniency it is what ``add(_:)`` makes of the question's ratings.
    public mutating func add(_ question: QuestionScoreRow) {
        pooled[question.candidate, default: []].append((question.topic, question.score))
    }

    /// A candidate's questions already pooled, in order: what adding them one by one as
    /// ``QuestionScoreRow``s makes of them (``StandingsInputs`` hands over each candidate's at once).
    public mutating func add(candidate: String, questions: [(topic: String, score: Double)]) {
        pooled[candidate, default: []].append(contentsOf: questions)
    }

    private mutating func flush() {
        for question in open {
            pooled[question.candidate, default: []].append((question.topic, question.sum / Double(question.count)))
        }
        open.removeAll(keepingCapacity: true)
        questions.removeAll(keepingCapacity: true)
    }

    /// One standing per candidate that has a finished rating or is named in `participation`.
    public mutating func standings(
        recommendations: [String: [Recommendation]] = [:], participation: [String: (sessions: Int, interviewers: [String])] = [:]
    ) -> [CandidateStanding] {
        flush()
        let names = Set(pooled.keys).union(participation.keys)
        return names.sorted().map { name in
            let questions = pooled[name] ?? []
            var byTopic: [String: [Double]] = [:]
            for question in questions { byTopic[question.topic, default: []].append(question.score) }
            return CandidateStanding(
                candidate: name, questions: questions, overall: ScoreSummary(scores: questions.map(\.score), scale: scale),
                topics: byTopic.keys.sorted().map { topic in (topic, ScoreSummary(scores: byTopic[topic] ?? [], scale: scale)) },
                sessions: participation[name]?.sessions ?? 0, interviewers: participation[name]?.interviewers ?? [],
                recommendations: recommendations[name] ?? [])
        }
    }
}
