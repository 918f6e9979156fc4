import Foundation
import Testing

/// `interview bench adaptive`: the simulation's Markdown table and the timing line.
@Suite("interview bench adaptive (the built executable)")
struct BenchAdaptiveCommandTests {
    @Test("prints the table, one row per spread and quota setting, then the median choice time; refuses --candidates 0")
    func table() throws {
        let result = try InterviewRunner().run(["bench", "adaptive", "--candidates", "20", "--seed", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("| spread | topic quotas |") == true)
        #expect(lines.filter { $0.hasPrefix("| 0.5 |") || $0.hasPrefix("| 1.0 |") || $0.hasPrefix("| 1.5 |") }.count == 6)
        #expect(lines.contains { $0.hasPrefix("20 simulated candidates per row") })
        #expect(lines.last?.hasPrefix("Choosing the next question on a 10,000-question bank: median ") == true)
        let refused = try InterviewRunner().run(["bench", "adaptive", "--candidates", "0"])
        #expect(refused.status == 64 && refused.stderr.contains("--candidates must be at least 1"))
    }
}
