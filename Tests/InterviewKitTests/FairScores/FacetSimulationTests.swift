import Foundation
import InterviewBench
import InterviewKit
import Testing

/// Known truth (issue 21, point 4): ratings drawn from the model itself, fitted, and compared with
/// the values they were drawn from.
@Suite struct FacetSimulationTests {
    /// Enough candidates that at 4 ratings each an interviewer averages 2,000 · 4 / 40 = 200
    /// ratings, so some reach the severity check at every sparsity.
    static let candidates = 2_000
    static let sparsities = [4, 8, 12, 24]
    static let seeds: [UInt64] = [21, 2_104]

    static func recovery(ratings: Int, seed: UInt64) throws -> (recovery: FacetRecovery, seconds: Double) {
        let started = Date()
        let simulation = FacetSimulator(candidates: candidates, ratingsPerCandidate: ratings, overlap: 0.3, seed: seed).simulate()
        let fit = try FacetFitter().fit(simulation.facetRatings())
        return (FacetRecovery(simulation: simulation, fit: fit), Date().timeIntervalSince(started))
    }

    static func line(_ cells: [String]) -> String {
        cells.map { $0.padding(toLength: 9, withPad: " ", startingAt: 0) }.joined(separator: " ")
    }

    static func number(_ value: Double?) -> String {
        value.map { String(format: "%.4f", $0) } ?? "-"
    }

    @Test(arguments: sparsities)
    func recoversKnownTruth(ratings: Int) throws {
        var lines = [Self.line([
            "ratings", "seed", "r fair", "r raw", "rho fair", "rho raw", "checked", "mean|dl|", "max|dl|", "slope", "rms dl", "rms SE",
            "cover95", "clear", "wrong", "seconds",
        ])]
        for seed in Self.seeds {
            let (result, seconds) = try Self.recovery(ratings: ratings, seed: seed)
            lines.append(Self.line([
                String(ratings), String(seed), Self.number(result.fairCorrelation), Self.number(result.rawCorrelation),
                Self.number(result.fairRankCorrelation), Self.number(result.rawRankCorrelation),
                "\(result.interviewersChecked)/40", Self.number(result.meanSeverityError), Self.number(result.maxSeverityError),
                Self.number(result.severitySlope), Self.number(result.severityRMSError), Self.number(result.severityRMSStandardError),
                Self.number(result.abilityCoverage), String(result.clearlyAhead), String(result.clearlyAheadWrong), String(format: "%.1f", seconds),
            ]))
            // The fair score never ranks worse than the raw mean (tolerance 0).
            #expect(result.fairRankCorrelation >= result.rawRankCorrelation,
                    "\(ratings) ratings, seed \(seed): Spearman fair \(result.fairRankCorrelation) < raw \(result.rawRankCorrelation)")
            // The interval the fair score is shown with holds about as often as it says, and
            // "clearly ahead" (no overlap at 95%) rarely picks the weaker candidate: at most the
            // 2.5% a one-sided 95% interval allows.
            #expect(result.abilityCoverage >= 0.93, "\(ratings) ratings, seed \(seed): 95% intervals cover \(result.abilityCoverage)")
            #expect(result.clearlyAhead > 0)
            #expect(Double(result.clearlyAheadWrong) <= 0.025 * Double(result.clearlyAhead),
                    "\(ratings) ratings, seed \(seed): \(result.clearlyAheadWrong) of \(result.clearlyAhead) clear verdicts wrong")
            // The severities are not pulled together (what a too-strong prior would do): their
            // errors are noise around a slope of 1.
            if let slope = result.severitySlope { #expect(abs(slope - 1) <= 0.1, "\(ratings) ratings, seed \(seed): slope \(slope)") }
            if ratings == 24 {
                #expect(result.fairCorrelation >= 0.95, "seed \(seed): r(fair, truth) = \(result.fairCorrelation)")
            }
            #expect(result.interviewersChecked > 0)
            // Severity errors are taken after centring λ̂ and λ alike on their mean over the
            // fitted interviewers: the data see only θ − δ − λ, so a common shift of all λ (taken
            // up by θ) is placed by the priors, not by the true severities, whose own mean is off
            // zero by about 0.4/√40 ≈ 0.06. Only differences between interviewers are identified.
            // "≥ 200 ratings" counts ratings as "ratings per candidate" does: an interviewer's
            // scores of one question, two criterion scores each.
            let checkSeverities = {
                for (id, error) in result.severityErrors.sorted(by: { $0.key < $1.key }) {
                    #expect(error <= 0.2, "\(ratings) ratings, seed \(seed): interviewer \(id) |severity error| \(error)")
                }
            }
            if ratings == 4 {
                // Known: with 4 ratings a candidate, each ability an interviewer is measured against
                // rests on 4 ratings. The estimates are not biased (slope 0.95-1.05) but noisy: rms
                // error 0.09-0.13 logits at ~200 ratings, so among ~20 checked interviewers one or
                // two miss 0.2 by chance (up to 0.22; README, "Known truth").
                withKnownIssue("severity within 0.2 logits at 4 ratings per candidate", isIntermittent: true) { checkSeverities() }
            } else {
                checkSeverities()
            }
        }
        print(lines.joined(separator: "\n"))
    }

    @Test func sameSeedSameData() {
        let simulator = FacetSimulator(candidates: 50, ratingsPerCandidate: 8, seed: 7)
        let first = simulator.simulate(), second = simulator.simulate()
        #expect(first.ratings == second.ratings)
        #expect(first.ability == second.ability)
        #expect(first.difficulty == second.difficulty)
        #expect(first.severity == second.severity)
        #expect(first.csv() == second.csv())
        var other = simulator
        other.seed = 8
        #expect(other.simulate().ratings != first.ratings)
    }

    @Test func drawsTheDesign() throws {
        let simulation = FacetSimulator(candidates: 200, ratingsPerCandidate: 10, overlap: 0.3, seed: 3).simulate()
        #expect(simulation.ratings.count == 200 * 10 * 2)
        let byCandidate = Dictionary(grouping: simulation.ratings, by: \.candidate)
        #expect(byCandidate.count == 200)
        for (candidate, rows) in byCandidate {
            let questions = Set(rows.map(\.question))
            #expect(questions.count == 10, "\(candidate) has \(questions.count) distinct questions")
            #expect(questions.filter { $0.hasPrefix("shared") }.count == 3)
            #expect(Set(rows.map(\.interviewer)).count <= 3)
            // One interviewer per question, scoring both criteria.
            for question in questions {
                let scored = rows.filter { $0.question == question }
                #expect(Set(scored.map(\.interviewer)).count == 1)
                #expect(scored.map(\.criterion).sorted() == ["correctness", "depth"])
            }
        }
        #expect(Set(simulation.ratings.map(\.score)) == [1, 2, 3, 4])
        #expect(simulation.ability.count == 200 && simulation.severity.count == 40 && simulation.difficulty.count == 10 + 500)
    }

    @Test func csvRoundTripsTheCounts() throws {
        let simulation = FacetSimulator(candidates: 120, ratingsPerCandidate: 6, seed: 11).simulate()
        let text = simulation.csv()
        var lines = text.components(separatedBy: "\r\n")
        #expect(lines.removeLast() == "")
        #expect(lines.removeFirst() == "candidate,question,interviewer,criterion,score,weight")
        let rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.allSatisfy { $0.count == 6 })
        let parsed = rows.map { FacetRating(candidate: $0[0], question: $0[1], interviewer: $0[2], criterion: $0[3], score: Int($0[4]) ?? 0) }
        #expect(parsed == simulation.ratings)
        #expect(rows.allSatisfy { Double($0[5]) == simulation.weights[$0[3]] })
        let read = try FacetRatings(parsed, weights: Dictionary(rows.map { ($0[3], Double($0[5]) ?? 0) }, uniquingKeysWith: { a, _ in a }))
        let direct = try simulation.facetRatings()
        #expect(read.count == direct.count)
        #expect(read.candidates == direct.candidates)
        #expect(read.questions == direct.questions)
        #expect(read.interviewers == direct.interviewers)
        #expect(read.criteria == direct.criteria)
    }
}
