import ArgumentParser
import Foundation
import InterviewBench
import InterviewKit

struct BenchGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic sessions (candidates, panels with their own leniency, scores, ticks, follow-ups, notes) through the store's bulk path.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many sessions.")
    var sessions: Int

    @Option(help: "How many candidates, over whom the sessions are spread (default: one per ten sessions, as a team that interviews each candidate several times).")
    var candidates: Int?

    /// Ten sessions a candidate unless told otherwise, so that a candidate's report is the same
    /// size on a small set and a large one.
    var candidateCount: Int { candidates ?? max(1, sessions / 10) }

    @Option(help: "How many interviewers.")
    var interviewers: Int = 40

    @Option(help: "The seed: the same seed gives the same data.")
    var seed: UInt64 = 1

    // The defaults give quality.md's database: 100,000 sessions hold about 2.5 million criterion
    // scores (1.25 interviewers x 5 questions x 4 criteria a session).
    @Option(
        help: ArgumentHelp(
            "Relative weights of panels of one, two, three... interviewers: 16,3,1 (quality.md's database) has four in five sessions run by one interviewer, the rest by two or three.",
            valueName: "w1,w2,..."))
    var panels: String = "16,3,1"

    @Option(help: ArgumentHelp("How many questions a session asks, drawn evenly between MIN and MAX.", valueName: "MIN-MAX"))
    var questions: String = "4-6"

    private var panelWeights: [Int]? {
        let weights = panels.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !weights.isEmpty, weights.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
        let values = weights.compactMap { $0 }
        return values.reduce(0, +) > 0 ? values : nil
    }

    private var questionRange: ClosedRange<Int>? {
        let bounds = questions.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard bounds.count == 2, let low = bounds[0], let high = bounds[1], low >= 1, low <= high else { return nil }
        return low...high
    }

    /// The panel weights and question range the options give, or why they are refused.
    private func shape() throws -> (panels: [Int], questions: ClosedRange<Int>) {
        guard let weights = panelWeights, weights.count <= interviewers else {
            throw ValidationError("--panels takes non-negative whole weights separated by commas, one per panel size up to --interviewers, not all zero (got '\(panels)')")
        }
        guard let range = questionRange else {
            throw ValidationError("--questions takes MIN-MAX with 1 <= MIN <= MAX, such as 4-6 (got '\(questions)')")
        }
        return (weights, range)
    }

    func validate() throws {
        guard sessions > 0, candidateCount > 0, interviewers >= 3 else {
            throw ValidationError("--sessions and --candidates must be positive, --interviewers at least 3")
        }
        _ = try shape()
    }

    func run() throws {
        let store = try database.openSQLite(for: "`bench generate`")
        let (panelWeights, questionRange) = try shape()
        let data = SyntheticData(
            sessions: sessions, candidates: candidateCount, interviewers: interviewers, seed: seed, panelWeights: panelWeights,
            questionsPerSession: questionRange)
        let bank = SyntheticData.questions(count: 2000, seed: seed)
        let started = Date()
        var done = 0
        while done < sessions {
            let next = min(sessions, done + 2000)
            try store.bulkRecord(data.batch(done..<next, bank: bank))
            done = next
        }
        let seconds = Date().timeIntervalSince(started)
        Console.err(String(format: "generated %d sessions for %d candidates in %.1f s", sessions, min(candidateCount, sessions), seconds))
    }
}
