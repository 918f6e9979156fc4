import Foundation
import InterviewKit

/// Ratings drawn from the many-facet rating-scale model itself (scoring.md §9) with known true
/// values, to check that a fit recovers them. Reproducible from a seed: every number comes from
/// one `SplitMix64` (uniforms from its top 53 bits, normals by Box-Muller), never from the
/// standard library's random helpers, whose algorithms may change between toolchains.
///
/// The truth: ability θ ~ N(0, 1) per candidate, difficulty δ ~ N(0, `difficultySpread`) per
/// question, severity λ ~ N(0, `severitySpread`) per interviewer, two criteria (γ = −0.2, +0.2;
/// weights 0.6, 0.4) and thresholds τ = (−1.4, 0.1, 1.3) on the 1-4 scale.
///
/// The design: each candidate gets `ratingsPerCandidate` (R) ratings, a rating being one
/// interviewer scoring one question on every criterion (so 2R criterion scores). The candidate's
/// R questions are distinct: round(`overlap` · R) come from a shared pool of R questions (the
/// size of one interview), the rest from a bank of `bankSize`. The candidate's panel is
/// min(`panelSize`, R) distinct interviewers out of `interviewers`; each question is scored by
/// one panel member drawn uniformly. Each score is a draw from the model's category
/// probabilities.
public struct FacetSimulator: Sendable {
    /// Criterion ids, true difficulties γ_c (sum zero) and rubric weights (sum one).
    public static let criteria: [(id: String, difficulty: Double, weight: Double)] = [
        ("correctness", -0.2, 0.6), ("depth", 0.2, 0.4),
    ]
    /// True τ_1..τ_3 (sum zero) between the categories of the 1-4 scale.
    public static let thresholds = [-1.4, 0.1, 1.3]
    /// The score of the lowest category.
    public static let lowest = 1

    public var candidates: Int
    public var ratingsPerCandidate: Int
    /// Fraction of a candidate's questions drawn from the shared pool, 0...1.
    public var overlap: Double
    /// Questions in the bank the rest are drawn from (at least `ratingsPerCandidate`).
    public var bankSize: Int
    public var interviewers: Int
    public var panelSize: Int
    /// SD of the true abilities, logits.
    public var abilitySpread: Double
    /// SD of the true question difficulties, logits.
    public var difficultySpread: Double
    /// SD of the true interviewer severities, logits.
    public var severitySpread: Double
    public var seed: UInt64

    public init(
        candidates: Int, ratingsPerCandidate: Int, overlap: Double = 0.3, bankSize: Int = 500, interviewers: Int = 40,
        panelSize: Int = 3, abilitySpread: Double = 1, difficultySpread: Double = 0.7, severitySpread: Double = 0.4, seed: UInt64
    ) {
        self.candidates = max(1, candidates)
        self.ratingsPerCandidate = max(1, ratingsPerCandidate)
        self.overlap = min(1, max(0, overlap))
        self.bankSize = max(bankSize, self.ratingsPerCandidate)
        self.interviewers = max(1, interviewers)
        self.panelSize = max(1, panelSize)
        self.abilitySpread = abilitySpread
        self.difficultySpread = difficultySpread
        self.severitySpread = severitySpread
        self.seed = seed
    }

    /// Questions per candidate from the shared pool: round(overlap · R).
    public var sharedPerCandidate: Int {
        Int((overlap * Double(ratingsPerCandidate)).rounded())
    }

    /// Draws the truth, then the design and the scores, in that order from one generator.
    public func simulate() -> FacetSimulation {
        var random = SplitMix64(seed: seed)
        let r = ratingsPerCandidate

        let candidateIDs = (0..<candidates).map { Self.id("c", $0, candidates) }
        let poolIDs = (0..<r).map { Self.id("shared", $0, r) }
        let bankIDs = (0..<bankSize).map { Self.id("q", $0, bankSize) }
        let interviewerIDs = (0..<interviewers).map { Self.id("j", $0, interviewers) }

        let theta = candidateIDs.map { _ in abilitySpread * Self.normal(&random) }
        let poolDelta = poolIDs.map { _ in difficultySpread * Self.normal(&random) }
        let bankDelta = bankIDs.map { _ in difficultySpread * Self.normal(&random) }
        let lambda = interviewerIDs.map { _ in severitySpread * Self.normal(&random) }

        let shared = sharedPerCandidate
        let panel = min(panelSize, r, interviewers)
        var ratings: [FacetRating] = []
        ratings.reserveCapacity(candidates * r * Self.criteria.count)
        var probabilities = [Double](repeating: 0, count: Self.thresholds.count + 1)
        for n in 0..<candidates {
            let members = Self.distinct(panel, of: interviewers, &random)
            let asked = Self.distinct(shared, of: r, &random).map { (poolIDs[$0], poolDelta[$0]) }
                + Self.distinct(r - shared, of: bankSize, &random).map { (bankIDs[$0], bankDelta[$0]) }
            for (question, delta) in asked {
                let j = members[Self.uniform(members.count, &random)]
                for criterion in Self.criteria {
                    let eta = theta[n] - delta - lambda[j] - criterion.difficulty
                    let score = Self.lowest + Self.category(eta, &probabilities, &random)
                    ratings.append(
                        FacetRating(candidate: candidateIDs[n], question: question, interviewer: interviewerIDs[j],
                                    criterion: criterion.id, score: score))
                }
            }
        }

        return FacetSimulation(
            ratings: ratings, ratingsPerCandidate: r,
            ability: Dictionary(uniqueKeysWithValues: zip(candidateIDs, theta)),
            difficulty: Dictionary(uniqueKeysWithValues: zip(poolIDs + bankIDs, poolDelta + bankDelta)),
            severity: Dictionary(uniqueKeysWithValues: zip(interviewerIDs, lambda)),
            criterionDifficulty: Dictionary(uniqueKeysWithValues: Self.criteria.map { ($0.id, $0.difficulty) }),
            thresholds: Self.thresholds,
            weights: Dictionary(uniqueKeysWithValues: Self.criteria.map { ($0.id, $0.weight) }),
            criteria: Self.criteria.map(\.id))
    }

    /// A category 0...K drawn from P(m) ∝ exp(m·η − T_m), T_m = τ_1 + … + τ_m.
    static func category(_ eta: Double, _ p: inout [Double], _ random: inout SplitMix64) -> Int {
        var cumulative = 0.0, top = 0.0
        p[0] = 0
        for m in 1..<p.count {
            cumulative += thresholds[m - 1]
            p[m] = Double(m) * eta - cumulative
            top = max(top, p[m])
        }
        var total = 0.0
        for m in 0..<p.count {
            p[m] = exp(p[m] - top)
            total += p[m]
        }
        var u = uniform(&random) * total
        for m in 0..<(p.count - 1) {
            u -= p[m]
            if u < 0 { return m }
        }
        return p.count - 1
    }

    /// `count` distinct numbers out of 0..<range, in the order drawn (a partial Fisher-Yates).
    static func distinct(_ count: Int, of range: Int, _ random: inout SplitMix64) -> [Int] {
        guard count > 0 else { return [] }
        var pool = Array(0..<range)
        for i in 0..<count {
            pool.swapAt(i, i + uniform(range - i, &random))
        }
        return Array(pool[0..<count])
    }

    /// Uniform on 0..<bound (Lemire's multiply-high; bias below bound / 2⁶⁴).
    static func uniform(_ bound: Int, _ random: inout SplitMix64) -> Int {
        Int(random.next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform on [0, 1), 53 bits.
    static func uniform(_ random: inout SplitMix64) -> Double {
        Double(random.next() >> 11) * 0x1p-53
    }

    /// Standard normal by Box-Muller (the cosine half; the sine half is not kept).
    static func normal(_ random: inout SplitMix64) -> Double {
        let u1 = 1 - uniform(&random)  // (0, 1]: log is finite
        let u2 = uniform(&random)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// `prefix` and the number, zero-padded to the width of the largest: ids sort as they count.
    static func id(_ prefix: String, _ index: Int, _ count: Int) -> String {
        let digits = String(max(count, 1)).count
        let number = String(index + 1)
        return prefix + String(repeating: "0", count: max(0, digits - number.count)) + number
    }
}
