import Foundation
import InterviewKit
import Testing

/// Difficulties from a fit or from level priors, and the Fisher information adaptive selection
/// maximises (issue 22).
@Suite struct ItemDifficultiesTests {
    static let tau = [-1.4, 0.1, 1.3]

    /// Var(x) of the category distribution at η, by hand: P(m) ∝ exp(m·η − (τ_1 + … + τ_m)).
    static func variance(_ eta: Double) -> Double {
        let w0 = 1.0
        let w1 = exp(eta - tau[0])
        let w2 = exp(2 * eta - tau[0] - tau[1])
        let w3 = exp(3 * eta - tau[0] - tau[1] - tau[2])
        let z = w0 + w1 + w2 + w3
        let mean = (w1 + 2 * w2 + 3 * w3) / z
        let square = (w1 + 4 * w2 + 9 * w3) / z
        return square - mean * mean
    }

    static let single = ItemDifficulties(criteria: [.init(id: "overall", weight: 1)])

    @Test("one criterion: the information is the variance of the category distribution at θ − δ")
    func informationIsVariance() {
        for (theta, delta) in [(0.0, 0.0), (1.2, 0.5), (-2.0, 0.5), (3.0, -1.0), (0.4, 0.4)] {
            let information = Self.single.information(ability: theta, difficulty: delta)
            #expect(abs(information - Self.variance(theta - delta)) < 1e-12, "θ \(theta) δ \(delta)")
        }
        #expect(abs(Self.variance(0.7) - 0.6273475067993433) < 1e-12)  // numpy, the same formula
    }

    @Test("information peaks where θ − δ is near the middle of the thresholds and falls away on both sides")
    func informationPeaksInTheMiddle() {
        let grid = stride(from: -4.0, through: 4.0, by: 0.01).map { ($0, Self.single.information(ability: $0, difficulty: 0)) }
        let peak = grid.max { $0.1 < $1.1 }!
        let middle = Self.tau.reduce(0, +) / Double(Self.tau.count)
        #expect(abs(peak.0 - middle) < 0.25, "peak at \(peak.0)")
        #expect(grid.first!.1 < 0.3 * peak.1 && grid.last!.1 < 0.3 * peak.1)
        // Several criteria add up, each at its own η.
        let two = ItemDifficulties(criteria: [.init(id: "c", difficulty: -0.2, weight: 0.6), .init(id: "d", difficulty: 0.2, weight: 0.4)])
        #expect(abs(two.information(ability: 0.5, difficulty: 0.1) - Self.variance(0.6) - Self.variance(0.2)) < 1e-12)
    }

    @Test("a fitted difficulty with SE ≤ 0.5 is used; a vaguer one and an unfitted question take their level's prior")
    func fitOrLevelPrior() throws {
        // scoring.md §9's vector: q2 has SE 0.33, q1 SE 0.78.
        let fit = try FacetFitter().fit(FacetRatings(Self.specRows, weights: ["correctness": 0.6, "depth": 0.4]))
        let rubric = Rubric(id: "r", criteria: [
            Criterion(id: "correctness", weight: 0.6, anchors: [:]), Criterion(id: "depth", weight: 0.4, anchors: [:]),
        ])
        let difficulties = ItemDifficulties(fit: fit, rubric: rubric, panel: ["ann"])
        let q2 = AdaptiveQuestion(id: "q2", topic: "t", level: "staff", minutes: 5)
        let q1 = AdaptiveQuestion(id: "q1", topic: "t", level: "staff", minutes: 5)
        let fresh = AdaptiveQuestion(id: "new", topic: "t", level: "intermediate", minutes: 5)
        #expect(abs(difficulties.difficulty(of: q2) - (-0.562940)) < 1e-4)
        #expect(difficulties.difficulty(of: q1) == 0.5)
        #expect(difficulties.source(of: q1) == .level)
        #expect(difficulties.difficulty(of: fresh) == -0.5)
        #expect(abs(difficulties.thresholds[0] - (-1.990515)) < 1e-4)
        #expect(abs(difficulties.criterionDifficulty("depth") - 0.292383) < 1e-4)
        #expect(abs(difficulties.panelSeverity - (-0.739212)) < 1e-4)
        #expect(difficulties.severity(of: "nobody") == 0)
    }

    @Test("without a fit: τ = (−1.4, 0.1, 1.3), γ = 0, the rubric's weights normalised, λ = 0")
    func defaults() {
        let rubric = Rubric(id: "r", criteria: [
            Criterion(id: "a", weight: 3, anchors: [:]), Criterion(id: "b", weight: 1, anchors: [:]),
        ])
        let difficulties = ItemDifficulties(fit: nil, rubric: rubric, panel: ["ann"])
        #expect(difficulties.thresholds == [-1.4, 0.1, 1.3])
        #expect(difficulties.criteria.map(\.weight) == [0.75, 0.25])
        #expect(difficulties.criteria.allSatisfy { $0.difficulty == 0 })
        #expect(difficulties.panelSeverity == 0)
        let five = ItemDifficulties.defaultThresholds(for: 1...5)
        #expect(five.count == 4 && zip(five, [-1.4, -1.4 / 3, 1.4 / 3, 1.4]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    static let specRows: [FacetRating] = """
        c1 q5 ann c 4; c1 q5 ann d 3; c1 q5 cal c 3; c1 q5 cal d 4; c1 q3 ann c 3; c1 q3 ann d 3; c1 q2 bob c 4;
        c1 q2 bob d 3; c2 q5 ann c 4; c2 q5 ann d 4; c2 q2 cal c 3; c2 q2 cal d 2; c2 q2 bob c 2; c2 q2 bob d 3;
        c2 q3 bob c 3; c2 q3 bob d 2; c3 q4 cal c 1; c3 q4 cal d 2; c3 q4 ann c 3; c3 q4 ann d 2; c3 q5 bob c 2;
        c3 q5 bob d 2; c3 q2 ann c 4; c3 q2 ann d 4; c4 q2 cal c 2; c4 q2 cal d 2; c4 q5 bob c 3; c4 q5 bob d 3;
        c4 q3 ann c 3; c4 q3 ann d 3; c5 q2 cal c 3; c5 q2 cal d 2; c5 q2 bob c 2; c5 q2 bob d 2; c5 q1 cal c 1;
        c5 q1 cal d 1; c5 q5 bob c 3; c5 q5 bob d 4; c5 q5 ann c 3; c5 q5 ann d 2; c6 q4 ann c 4; c6 q4 ann d 4;
        c6 q4 cal c 3; c6 q4 cal d 2; c6 q2 bob c 4; c6 q2 bob d 2; c6 q3 cal c 3; c6 q3 cal d 2
        """
        .replacingOccurrences(of: "\n", with: " ")
        .split(separator: ";")
        .map { row in
            let f = row.split(separator: " ").map(String.init)
            return FacetRating(candidate: f[0], question: f[1], interviewer: f[2], criterion: f[3] == "c" ? "correctness" : "depth",
                               score: Int(f[4])!)
        }
}
