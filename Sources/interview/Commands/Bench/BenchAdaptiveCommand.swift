import ArgumentParser
import InterviewBench
import InterviewKit

/// `interview bench adaptive`: adaptive against fixed draws on simulated candidates, and the time
/// one adaptive choice takes on a 10,000-question bank.
struct BenchAdaptiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adaptive",
        abstract: "Simulate adaptive against fixed question draws and time one adaptive choice (Markdown).")

    @Option(help: "Simulated candidates per row.")
    var candidates: Int = 2_000

    @Option(help: "The seed.")
    var seed: UInt64 = 22

    func validate() throws {
        guard candidates >= 1 else { throw ValidationError("--candidates must be at least 1") }
    }

    func run() throws {
        let simulation = AdaptiveSimulation(candidates: candidates, seed: seed)
        Console.out(simulation.markdown(try simulation.run()))
        let median = try AdaptiveTiming.medianMilliseconds(questions: 10_000, choices: 50, seed: seed)
        Console.out("")
        Console.out("Choosing the next question on a 10,000-question bank: median \(NumberText.fixed(median, places: 2)) ms over 50 choices.")
    }
}
