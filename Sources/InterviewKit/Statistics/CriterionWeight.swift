/// One rubric criterion and its weight (weights are positive; the linter checks they sum to 1).
public struct CriterionWeight: Sendable, Hashable, Codable {
    public let criterion: String
    public let weight: Double

    public init(criterion: String, weight: Double) {
        self.criterion = criterion
        self.weight = weight
    }
}
