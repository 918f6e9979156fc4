import ArgumentParser
import Foundation
import InterviewKit

/// `interview bench fit`: the fair-score fit of a ratings CSV, timed apart from the reading, for
/// scripts/bench's speed and equality checks against scripts/mfrm_reference.py.
struct BenchFitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Time the fair-score fit of a ratings CSV (reading and fitting apart) and print it as JSON.")

    @Option(help: ArgumentHelp("The ratings CSV (the columns of `interview fit --ratings`).", valueName: "file"))
    var ratings: String

    @Option(help: ArgumentHelp("Also write the full fit (as `interview fit --format json`) to this file.", valueName: "file"))
    var out: String?

    func run() throws {
        let clock = ContinuousClock()
        let readStart = clock.now
        let data = try RatingsCSV.read(contentsOf: ratings)
        let fitStart = clock.now
        let fit = try FacetFitter().fit(data)
        let end = clock.now
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }
        let fitSeconds = seconds(end - fitStart)
        let summary: [String: Double] = [
            "rows": Double(fit.rows), "candidates": Double(fit.candidates.count), "questions": Double(fit.questions.count),
            "interviewers": Double(fit.interviewers.count), "iterations": Double(fit.iterations), "max_gradient": fit.largestGradient,
            "read_seconds": seconds(fitStart - readStart), "fit_seconds": fitSeconds,
            "seconds_per_iteration": fitSeconds / Double(max(fit.iterations, 1)),
        ]
        if let out {
            try FitReport(fit).json().write(toFile: out, atomically: true, encoding: .utf8)
        }
        Console.out(JSONText.encode(summary))
    }
}
