/// Topic weights for practice blueprints (`focus: weakest`): each written weight is multiplied by
/// `1 + weakness + novelty`, where weakness = (hi − mean) / (hi − lo) of the candidate's earlier
/// scores on the topic (0 when never scored) and novelty = 1 / (1 + times asked). A topic never
/// asked doubles; a topic asked often and scored at the top keeps about its written weight.
public enum PracticeFocus {
    public static func weights(
        _ topics: [(id: String, weight: Double)], performance: [String: TopicPerformance], scale: ClosedRange<Int>
    ) -> [(id: String, weight: Double)] {
        let span = Double(scale.upperBound - scale.lowerBound)
        return topics.map { topic in
            let seen = performance[topic.id] ?? TopicPerformance(meanScore: nil, asked: 0)
            let weakness = seen.meanScore.map { span > 0 ? (Double(scale.upperBound) - $0) / span : 0 } ?? 0
            let novelty = 1 / (1 + Double(seen.asked))
            return (topic.id, topic.weight * (1 + max(0, weakness) + novelty))
        }
    }
}
