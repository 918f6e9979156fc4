import InterviewBench
import InterviewKit
import Testing

/// The adaptive-against-fixed simulation behind `interview bench adaptive` (issue 22), small.
@Suite struct AdaptiveSimulationTests {
    @Test("a few hundred candidates: adaptive reaches the fixed eight's mean SE within eight questions at spread 1.5")
    func adaptiveReachesFixedPrecision() throws {
        let simulation = AdaptiveSimulation(candidates: 300, seed: 7, spreads: [1.5])
        let rows = try simulation.run()
        #expect(rows.count == 2 && rows.map(\.topicQuotas) == [false, true])
        for row in rows {
            let needed = try #require(row.questionsForStandardError, "quotas \(row.topicQuotas): adaptive-8 SE \(row.adaptiveStandardError)")
            #expect(needed <= 8)
            #expect(row.adaptiveStandardError.last! < row.fixedStandardError)
            // The SE falls with every question (the prior alone is 2).
            #expect(zip(row.adaptiveStandardError, row.adaptiveStandardError.dropFirst()).allSatisfy { $0 > $1 })
            #expect((0...1).contains(row.fixedClear) && (0...1).contains(row.adaptiveClear))
        }
        let markdown = simulation.markdown(rows)
        #expect(markdown.hasPrefix("| spread | topic quotas | mean SE fixed-8 |"))
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("| 1.5 |") }.count == 2)
    }

    @Test("the same seed gives the same table")
    func reproducible() throws {
        let simulation = AdaptiveSimulation(candidates: 40, seed: 3, spreads: [1])
        #expect(try simulation.run() == simulation.run())
    }
}
