/// How a candidate did on one topic in earlier sessions: the mean recorded criterion score and
/// how many questions of the topic they were asked.
public struct TopicPerformance: Sendable, Hashable {
    public var meanScore: Double?
    public var asked: Int

    public init(meanScore: Double?, asked: Int) {
        self.meanScore = meanScore
        self.asked = asked
    }
}
