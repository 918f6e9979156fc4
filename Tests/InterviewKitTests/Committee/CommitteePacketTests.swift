import Foundation
import Testing

@testable import InterviewKit

@Suite struct CommitteePacketTests {
    func topic(_ id: String, _ scores: [Double]) -> SessionReport.TopicScore {
        SessionReport.TopicScore(topic: id, score: ScoreSummary(scores: scores, scale: .standard), asked: scores.count)
    }

    @Test func topicsAreWeightedByTheBlueprint() throws {
        let topics = [topic("async", [4, 4]), topic("memory", [2]), topic("observability", [1]), topic("safety", [])]
        let table = WeightTable(entries: [.init(id: "async", weight: 3), .init(id: "memory", weight: 1), .init(id: "safety", weight: 5)], integral: true)
        // async 4 × 3 + memory 2 × 1, over 4; observability is not in the blueprint, safety not assessed.
        #expect(try #require(CommitteePacket.weightedMean(topics, weights: table)) == 3.5)
        // Without a blueprint every assessed topic weighs the same: (4 + 2 + 1) / 3.
        #expect(abs(try #require(CommitteePacket.weightedMean(topics, weights: nil)) - 7.0 / 3) < 1e-12)
        #expect(CommitteePacket.weightedMean([topic("safety", [])], weights: nil) == nil)
    }
}
