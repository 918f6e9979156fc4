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

    func validate() throws {
        guard sessions > 0, candidateCount > 0, interviewers >= 3 else {
            throw ValidationError("--sessions and --candidates must be positive, --interviewers at least 3")
        }
    }

    func run() throws {
        let store = try database.openSQLite(for: "`bench generate`")
        let data = SyntheticData(sessions: sessions, candidates: candidateCount, interviewers: interviewers, seed: seed)
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
