import Foundation
import Testing

@testable import InterviewKit

@Suite("Interviewer agreement and item statistics from recorded rows")
struct InterviewerReportTests {
    @Test("scoring.md §4 vector A1 through the report: ordinal alpha 0.731494, interval 0.738140, 9 pairable units, pairs")
    func alphaVector() throws {
        let table: [String: [Int?]] = [
            "ann": [3, 2, 4, 1, 3, 2, nil, 3, 4, 1], "bob": [3, 3, 4, 2, nil, 2, 4, 2, nil, 1], "cal": [3, nil, 3, 1, 3, 3, 4, 2, nil, 2],
        ]
        var values: [CriterionValueRow] = []
        for (name, row) in table {
            for (unit, value) in row.enumerated() {
                if let value { values.append(CriterionValueRow(session: Int64(unit), questionID: "q", criterion: "depth", interviewer: name, value: value)) }
            }
        }
        let report = InterviewerReport(ratings: [], values: values)
        #expect(abs((report.alphaOrdinal ?? 0) - 0.731494) < 1e-4)
        #expect(abs((report.alphaInterval ?? 0) - 0.738140) < 1e-4)
        #expect(report.pairableUnits == 9)
        #expect(report.band == .tentative)
        let annBob = try #require(report.pairs.first { $0.a == "ann" && $0.b == "bob" })
        #expect(abs((annBob.alphaOrdinal ?? 0) - 0.750170) < 1e-4)
        #expect(annBob.units == 7)
        #expect(report.interviewers.map(\.name) == ["ann", "bob", "cal"])
        #expect(report.disagreement.first?.criterion == "depth")
    }

    @Test("bank stats: drawn, scored, difficulty, flags, and questions never asked")
    func bankStats() throws {
        var ratings: [RatingRow] = []
        var drawn: [Int64: [String]] = [:]
        for session in Int64(1)...6 {
            drawn[session] = ["easy/x", "mid/y"]
            ratings.append(RatingRow(session: session, candidate: "c\(session)", blueprint: "b", questionID: "easy/x", topic: "t", interviewer: "i", score: 4, finished: true, startedAt: Date()))
            if session != 6 {
                ratings.append(RatingRow(session: session, candidate: "c\(session)", blueprint: "b", questionID: "mid/y", topic: "t", interviewer: "i", score: Double(session % 3) + 1.5, finished: true, startedAt: Date()))
            }
        }
        let report = BankStatsReport(drawn: drawn, ratings: ratings, bankIDs: ["easy/x", "mid/y", "never/z"])
        let easy = try #require(report.questions.first { $0.id == "easy/x" })
        #expect(easy.drawn == 6 && easy.scored == 6)
        #expect(easy.difficulty == 1)
        #expect(easy.flags.contains("too-easy"))
        let mid = try #require(report.questions.first { $0.id == "mid/y" })
        #expect(mid.drawn == 6 && mid.scored == 5)
        #expect(report.neverAsked == ["never/z"])
    }
}
