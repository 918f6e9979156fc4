/// A short reading of the data: the highest and lowest topics, the weakest and strongest criteria,
/// and the points a strong answer covers that the candidate missed most.
public struct StrengthsAndGaps: Sendable, Hashable {
    /// A point of a question that no interviewer ticked, and how often that happened.
    public struct MissedPoint: Sendable, Hashable {
        public var question: String
        public var topic: String
        /// 1-based point number.
        public var number: Int
        public var text: String
        /// Sessions in which the point was missed.
        public var times: Int
    }

    /// How many of a topic's points were missed, over the questions that were not skipped.
    public struct TopicMisses: Sendable, Hashable {
        public var topic: String
        public var missed: Int
        public var total: Int

        public var share: Double { total > 0 ? Double(missed) / Double(total) : 0 }
    }

    /// How many topics each list names at most.
    public static let topicCount = 2
    /// How many missed points the list names at most.
    public static let pointCount = 5

    /// Highest mean first; only assessed topics.
    public var strongest: [SessionReport.TopicScore]
    /// Lowest mean first; never a topic already among the strongest.
    public var weakest: [SessionReport.TopicScore]
    public var strongestCriterion: SessionReport.CriterionProfile?
    public var weakestCriterion: SessionReport.CriterionProfile?
    /// Most often missed first, then from the lowest-scored question.
    public var mostMissed: [MissedPoint]
    /// Highest share of missed points first.
    public var missedByTopic: [TopicMisses]

    public init(topics: [SessionReport.TopicScore], criteria: [SessionReport.CriterionProfile], questions: [[QuestionReport]]) {
        let assessed = topics.filter { $0.score.mean != nil }
        let byMean = assessed.sorted { a, b in
            let (x, y) = (a.score.mean ?? 0, b.score.mean ?? 0)
            return x != y ? x > y : ScoringOrder.precedes(a.topic, b.topic)
        }
        strongest = Array(byMean.prefix(Self.topicCount))
        let strong = Set(strongest.map(\.topic))
        weakest = Array(byMean.reversed().filter { !strong.contains($0.topic) }.prefix(Self.topicCount))
        let byCriterion = criteria.sorted { $0.mean != $1.mean ? $0.mean > $1.mean : ScoringOrder.precedes($0.criterion, $1.criterion) }
        strongestCriterion = byCriterion.count >= 2 ? byCriterion.first : nil
        weakestCriterion = byCriterion.count >= 2 ? byCriterion.last : nil

        struct Key: Hashable {
            var question: String
            var number: Int
        }
        // Each missed point with the lowest score of a question that missed it, the tie-break.
        var missed: [Key: (point: MissedPoint, lowest: Double)] = [:]
        var perTopic: [String: TopicMisses] = [:]
        var topicOrder: [String] = []
        for session in questions {
            for question in session where question.status != .skipped {
                if perTopic[question.topic] == nil {
                    perTopic[question.topic] = TopicMisses(topic: question.topic, missed: 0, total: 0)
                    topicOrder.append(question.topic)
                }
                perTopic[question.topic]?.missed += question.missed.count
                perTopic[question.topic]?.total += question.missed.count + question.covered.count
                let score = question.score ?? .infinity
                for point in question.missed {
                    let key = Key(question: question.id, number: point.number)
                    if let index = missed.index(forKey: key) {
                        missed.values[index].point.times += 1
                        missed.values[index].lowest = min(missed.values[index].lowest, score)
                    } else {
                        let first = MissedPoint(question: question.id, topic: question.topic, number: point.number, text: point.text, times: 1)
                        missed[key] = (first, score)
                    }
                }
            }
        }
        mostMissed = Array(
            missed.values.sorted { a, b in
                if a.point.times != b.point.times { return a.point.times > b.point.times }
                if a.lowest != b.lowest { return a.lowest < b.lowest }
                if a.point.question != b.point.question { return ScoringOrder.precedes(a.point.question, b.point.question) }
                return a.point.number < b.point.number
            }
            .prefix(Self.pointCount).map(\.point))
        missedByTopic = topicOrder.compactMap { perTopic[$0] }.filter { $0.total > 0 }.sorted { a, b in
            a.share != b.share ? a.share > b.share : ScoringOrder.precedes(a.topic, b.topic)
        }
    }
}
