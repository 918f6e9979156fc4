import Foundation
import InterviewKit
import Testing

/// The one-parameter estimate of θ (issue 22) against scripts/adaptive_reference.py, which finds
/// the same penalised optimum with scipy (minimize_scalar, polished by brentq on the derivative)
/// and the analytic SE.
@Suite struct AbilityEstimateTests {
    static let tau = [-1.4, 0.1, 1.3]

    /// The reference script's cases, as (score, offset δ + λ + γ).
    static let mixed: [(Int, Double)] = [
        (3, 0.3 - 0.2), (2, 0.3 + 0.2), (4, -0.5 - 0.2), (3, -0.5 + 0.2), (2, 1.1 + 0.25 - 0.2), (1, 1.1 + 0.25 + 0.2),
    ]
    static let top: [(Int, Double)] = [(4, -0.2), (4, 0.2), (4, 0.5 - 0.2), (4, 0.5 + 0.2), (4, 1.0 - 0.2), (4, 1.0 + 0.2)]
    static let bottom: [(Int, Double)] = [(1, -0.2), (1, 0.2), (1, -0.5 - 0.2), (1, -0.5 + 0.2), (1, -1.0 - 0.2), (1, -1.0 + 0.2)]
    static let fittedTau = [-1.990515, 0.365894, 1.624621]
    static let fitted: [(Int, Double)] = [
        (4, -0.979431 - 0.739212 - 0.292383), (3, -0.979431 - 0.739212 + 0.292383), (3, 0.153442 + 0.110734 - 0.292383),
        (2, 0.153442 + 0.110734 + 0.292383), (3, -0.562940 + 0.548025 - 0.292383), (3, -0.562940 + 0.548025 + 0.292383),
        (1, 1.021467 + 0.548025 - 0.292383), (2, 1.021467 + 0.548025 + 0.292383),
    ]

    static func estimate(_ cases: [(Int, Double)], thresholds: [Double] = tau) throws -> AbilityEstimate {
        try AbilityEstimate(observations: cases.map { AbilityEstimate.Observation(score: $0.0, offset: $0.1) }, scale: 1...4,
                            thresholds: thresholds)
    }

    @Test("θ and SE match scripts/adaptive_reference.py to 1e-6: mixed, all-top, all-bottom, fitted thresholds")
    func matchesReference() throws {
        let expected: [(String, [(Int, Double)], [Double], Double, Double)] = [
            ("mixed", Self.mixed, Self.tau, 0.3732123394, 0.5097991246),
            ("all top", Self.top, Self.tau, 3.6965916356, 0.9501833034),
            ("all bottom", Self.bottom, Self.tau, -3.7522134986, 0.9542599097),
            ("fitted thresholds", Self.fitted, Self.fittedTau, 0.3544849254, 0.5004567041),
        ]
        for (name, cases, thresholds, theta, se) in expected {
            let result = try Self.estimate(cases, thresholds: thresholds)
            #expect(abs(result.ability - theta) < 1e-6, "\(name): θ \(result.ability), reference \(theta)")
            #expect(abs(result.standardError - se) < 1e-6, "\(name): SE \(result.standardError), reference \(se)")
            #expect(result.observations == cases.count)
        }
    }

    @Test("no scores: θ = 0, the prior mode, and SE = σ_θ (2 by default, or the σ given)")
    func noScores() throws {
        let none = try Self.estimate([])
        #expect(none.ability == 0 && none.standardError == 2 && none.iterations == 0)
        let narrow = try AbilityEstimate(observations: [], scale: 1...4, thresholds: Self.tau, prior: 1.5)
        #expect(narrow.standardError == 1.5)
    }

    @Test("the gradient at the estimate is below 1e-8; extreme scores stay finite")
    func converges() throws {
        for cases in [Self.mixed, Self.top, Self.bottom] {
            let result = try Self.estimate(cases)
            let gradient = cases.reduce(0.0) { total, observation in
                let eta = result.ability - observation.1
                let weights = (0...3).map { m in exp(Double(m) * eta - Self.tau.prefix(m).reduce(0, +)) }
                let mean = zip(0...3, weights).reduce(0) { $0 + Double($1.0) * $1.1 } / weights.reduce(0, +)
                return total + Double(observation.0 - 1) - mean
            } - result.ability / 4
            #expect(abs(gradient) < 1e-8, "gradient \(gradient)")
            #expect(result.ability.isFinite && result.iterations < 100)
        }
    }

    @Test("a score off the scale and thresholds that do not fit the scale are refused by name")
    func refusesBadInput() {
        #expect(throws: AdaptiveError.scoreOutOfScale(question: nil, criterion: nil, score: 5, scale: 1...4)) {
            try Self.estimate([(5, 0)])
        }
        #expect(throws: AdaptiveError.thresholdsDoNotFitScale(thresholds: 2, scale: 1...4)) {
            try Self.estimate([(3, 0)], thresholds: [-1, 1])
        }
        #expect(AdaptiveError.scoreOutOfScale(question: "async/a", criterion: "depth", score: 0, scale: 1...4).description
            == "score 0 (question 'async/a', criterion 'depth') is outside the scale 1-4")
    }
}
