import Testing
@testable import InterviewKit

/// The promise of fair scores (issue 21): a candidate who drew easy questions from a lenient
/// interviewer does not outrank a stronger one who drew hard questions from a strict one.
@Suite struct FairRankingTests {
    /// Scores from an additive truth, rounded to the scale: base ability, ±0.5 for an easy or hard
    /// question, ±0.5 for a lenient or strict interviewer.
    static func score(_ base: Double, easy: Bool, lenient: Bool) -> Int {
        let value = base + (easy ? 0.5 : -0.5) + (lenient ? 0.5 : -0.5)
        return min(4, max(1, Int((value + 0.5).rounded(.down))))
    }

    static func ratings() throws -> FacetRatings {
        var ratings = FacetRatings()
        let questions = [("easy-1", true), ("easy-2", true), ("hard-1", false), ("hard-2", false)]
        let interviewers = [("lenient", true), ("strict", false)]
        // Twenty candidates meet every question and both interviewers: they link the facets.
        for index in 0..<20 {
            let base = 1.5 + Double(index % 4) * 0.5
            for (question, easy) in questions {
                for (interviewer, lenient) in interviewers {
                    for criterion in ["correctness", "depth"] {
                        try ratings.append(candidate: "link-\(index)", question: question, interviewer: interviewer, criterion: criterion,
                                           score: score(base, easy: easy, lenient: lenient))
                    }
                }
            }
        }
        // Strong (base 3) drew the hard questions from the strict interviewer; weaker (base 2) the
        // easy ones from the lenient one.
        for question in ["hard-1", "hard-2"] {
            for criterion in ["correctness", "depth"] {
                try ratings.append(candidate: "strong", question: question, interviewer: "strict", criterion: criterion,
                                   score: score(3, easy: false, lenient: false))
            }
        }
        for question in ["easy-1", "easy-2"] {
            for criterion in ["correctness", "depth"] {
                try ratings.append(candidate: "weaker", question: question, interviewer: "lenient", criterion: criterion,
                                   score: score(2, easy: true, lenient: true))
            }
        }
        return ratings
    }

    @Test func easyQuestionsFromALenientInterviewerDoNotOutrankAStrongerCandidate() throws {
        let ratings = try Self.ratings()
        // Raw: the weaker candidate's 3s beat the strong one's 2s.
        #expect(Self.score(2, easy: true, lenient: true) > Self.score(3, easy: false, lenient: false))
        let fit = try FacetFitter().fit(ratings)
        let strong = try #require(fit.candidate("strong")), weaker = try #require(fit.candidate("weaker"))
        #expect(strong.measure > weaker.measure)
        #expect(try #require(strong.fair).value > #require(weaker.fair).value)
        // The model names why: the strict interviewer is severe, the hard questions are hard.
        let severity = Dictionary(uniqueKeysWithValues: fit.interviewers.map { ($0.id, $0.measure) })
        #expect((severity["strict"] ?? 0) > (severity["lenient"] ?? 0))
        let report = try #require(CandidateFairScore(fit, candidate: "strong"))
        #expect(report.questionEffect > 0 && report.interviewerEffect > 0)
        #expect(report.explanation.hasPrefix("drew harder questions than average (+"))
        #expect(report.explanation.contains("interviewers stricter than average (+"))
        let easy = try #require(CandidateFairScore(fit, candidate: "weaker"))
        #expect(easy.explanation.hasPrefix("drew easier questions than average (-"))
        // Beside a raw mean, what the draw does not account for is named, when it is 0.05 or more.
        var beside = report
        beside.rawMean = report.fair.value - report.questionEffect - report.interviewerEffect
        #expect(beside.explanation == report.explanation)
        beside.rawMean = report.fair.value - report.questionEffect - report.interviewerEffect + 0.2
        #expect(beside.explanation.contains("; the remaining -0.20 comes from how the model reads the same scores"))
    }
}
