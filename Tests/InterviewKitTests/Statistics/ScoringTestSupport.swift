@testable import InterviewKit

/// |a − b| ≤ tolerance; false when `a` is nil.
func scoringClose(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-4) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

/// The spec's rubric: correctness 0.35, depth 0.25, tradeoffs 0.25, communication 0.15.
let scoringRubric = [
    CriterionWeight(criterion: "correctness", weight: 0.35),
    CriterionWeight(criterion: "depth", weight: 0.25),
    CriterionWeight(criterion: "tradeoffs", weight: 0.25),
    CriterionWeight(criterion: "communication", weight: 0.15),
]

/// Criterion scores in rubric order (nil = not scored) as the map the scoring types take.
func scoringValues(_ scores: [Int?]) -> [String: Int] {
    var values: [String: Int] = [:]
    for (w, v) in zip(scoringRubric, scores) {
        if let v { values[w.criterion] = v }
    }
    return values
}
