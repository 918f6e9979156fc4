/// Topic or level quotas of a blueprint: counts or weights, in the order written.
public struct WeightTable: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public var id: String
        public var weight: Double
        public var location: SourceLocation?

        public init(id: String, weight: Double, location: SourceLocation? = nil) {
            self.id = id
            self.weight = weight
            self.location = location
        }
    }

    public var entries: [Entry]
    /// Every value was written as a whole number (then counts summing to N are taken as they are).
    public var integral: Bool

    public init(entries: [Entry], integral: Bool) {
        self.entries = entries
        self.integral = integral
    }

    public var ids: [String] { entries.map(\.id) }
    public var pairs: [(id: String, weight: Double)] { entries.map { ($0.id, $0.weight) } }
}
