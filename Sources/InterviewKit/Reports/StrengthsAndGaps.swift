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
        var missed: [Key: MissedPoint] = [:]
        var lowest: [Key: Double] = [:]
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
                for point in question.missed {
                    let key = Key(question: question.id, number: point.number)
                    missed[key, default: MissedPoint(question: question.id, topic: question.topic, number: point.number, text: point.text, times: 0)].times += 1
                    lowest[key] = min(lowest[key] ?? .infinity, question.score ?? .infinity)
                }
            }
        }
        mostMissed = Array(
            missed.sorted { a, b in
                if a.value.times != b.value.times { return a.value.times > b.value.times }
                let (x, y) = (lowest[a.key] ?? .infinity, lowest[b.key] ?? .infinity)
                if x != y { return x < y }
                if a.key.question != b.key.question { return ScoringOrder.precedes(a.key.question, b.key.question) }
                return a.key.number < b.key.number
            }
            .prefix(Self.pointCount).map(\.value))
        missedByTopic = topicOrder.compactMap { perTopic[$0] }.filter { $0.total > 0 }.sorted { a, b in
            a.share != b.share ? a.share > b.share : ScoringOrder.precedes(a.topic, b.topic)
        }
    }
}
