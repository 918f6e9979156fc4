import Foundation
import Testing

@testable import InterviewKit

/// `compare --format json` writes its report with ``PrettyJSONWriter`` instead of `JSONEncoder`:
/// the text must be `JSONText.encode`'s, byte for byte, in every shape the report takes.
@Suite("The comparison as JSON, written directly")
struct ComparisonReportJSONTests {
    /// A ranked comparison of 30 generated candidates with fair scores (and its raw twin).
    func reports() throws -> [ComparisonReport] {
        var result: [ComparisonReport] = []
        try QuestionScoreTests().withGenerated(.sqlite) { store in
            for fair in [true, false] {
                result.append(try ComparisonQuery(candidates: nil, fair: fair).report(from: store, cache: nil))
                result.append(try ComparisonQuery(candidates: ["candidate 3", "candidate 17"], fair: fair).report(from: store, cache: nil))
                result.append(try ComparisonQuery(candidates: nil, calibrated: true, blindSeed: 5, fair: fair).report(from: store, cache: nil))
            }
        }
        return result
    }

    @Test("the same text as JSONEncoder for generated comparisons: fair and raw, pairs, calibrated, blind")
    func generated() throws {
        let reports = try reports()
        #expect(reports[0].ranking == "fair" && reports[0].candidates.contains { $0.fair != nil })
        for report in reports {
            #expect(!report.candidates.isEmpty)
            #expect(report.json() == JSONText.encode(report) + "\n")
        }
    }

    @Test("the same text for names that need escapes, absent values, notes, seeds and awkward numbers")
    func edges() throws {
        var report = try #require(try reports().first)
        let names = [
            "say \"hi\"", "back\\slash", "new\nline\r\t", "bell\u{07}\u{01}\u{1F}\u{7F}", "slash/ed", "Martín 🎉", "'); DROP TABLE score;--",
            "\u{08}\u{0C}",
        ]
        for (index, name) in names.enumerated() { report.candidates[index].candidate = name }
        report.candidates[0].fair = nil
        report.candidates[1].recommendations = [:]
        report.candidates[2].recommendations = ["yes": 2, "strong-yes": 1, "no": 3, "strong-no": 4]
        report.candidates[3].interviewers = []
        report.candidates[4].topics = []
        report.candidates[5].overall.mean = nil
        report.candidates[5].overall.lower = 3.0
        report.candidates[5].overall.upper = 1e-7
        report.candidates[5].overall.pct = 1e21
        report.candidates[6].overall.lower = -0.0
        report.candidates[6].overall.upper = 0.1 + 0.2
        report.candidates[6].overall.pct = 123456789012345680000.0
        report.candidates[7].topics[0].topic = "a/b \"c\""
        report.differences[0].raw = .init(difference: nil, lower: nil, upper: nil, verdict: .notEnoughQuestions)
        report.differences[1].raw = .init(difference: 2, lower: -1.5, upper: nil, verdict: .aAhead)
        report.differences[2].raw = nil
        report.differences[2].difference = nil
        report.differences[3].disconnected = true
        report.differences[3].a = "x\ny"
        report.blindSeed = 18_446_744_073_709_551_615
        report.fairNote = "no fair scores (a \"reason\"); ranked by raw mean"
        report.leniency = [
            .init(interviewer: "ann", raw: 0.25, shrunk: nil, n: 3, applied: true),
            .init(interviewer: "bo/b", raw: nil, shrunk: -2.0, n: 0, applied: false),
        ]
        report.disconnected = 2
        #expect(report.json() == JSONText.encode(report) + "\n")

        var empty = report
        empty.candidates = []
        empty.differences = []
        empty.leniency = []
        empty.blindSeed = nil
        empty.fairNote = nil
        #expect(empty.json() == JSONText.encode(empty) + "\n")

        var nonFinite = report
        nonFinite.candidates[0].overall.mean = .nan
        #expect(nonFinite.json() == JSONText.encode(nonFinite) + "\n")
        #expect(nonFinite.json() == "{}\n")
    }
}
