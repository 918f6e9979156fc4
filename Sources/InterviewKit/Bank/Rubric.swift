/// A behaviourally anchored rubric: weighted criteria scored on an integer scale.
public struct Rubric: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    /// The lowest and highest score, e.g. 1...4.
    public var scale: ClosedRange<Int>
    public var criteria: [Criterion]
    public var location: SourceLocation?

    public init(id: String, title: String? = nil, scale: ClosedRange<Int> = 1...4, criteria: [Criterion], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.scale = scale
        self.criteria = criteria
        self.location = location
    }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }
}

/// One criterion of a rubric: its weight and what the interviewer hears at each level.
public struct Criterion: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var weight: Double
    /// Level -> anchored description.
    public var anchors: [Int: String]

    public init(id: String, title: String? = nil, weight: Double, anchors: [Int: String]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.anchors = anchors
    }
}
