/// Everything one draw depends on: bank, blueprint, history and seed. The same request always
/// gives the same ``DrawResult``.
public struct DrawRequest: Sendable {
    /// The whole bank. Ids are unique in a linted bank; should one repeat, it is still drawn at
    /// most once (the repeat is passed over like a near-duplicate).
    public var questions: [DrawQuestion]
    /// The blueprint's topic weights or counts; `topicsIntegral` when all were written as integers.
    public var topics: [(id: String, weight: Double)]
    public var topicsIntegral: Bool
    /// The blueprint's level mix, or `nil` (an empty list counts as `nil`). Questions at a level
    /// outside the mix are not drawn.
    public var levels: [(id: String, weight: Double)]?
    public var levelsIntegral: Bool
    /// The number of questions to draw, N.
    public var count: Int
    /// The blueprint's time budget in minutes, or `nil` for none.
    public var minutes: Int?
    /// Question id → number of sessions that drew it; absent means 0.
    public var exposure: [String: Int]
    /// Question id → recency rank for this candidate (higher = asked more recently); absent
    /// means never asked.
    public var askedBefore: [String: Int]
    public var seed: UInt64
    /// Question id → the ids its `related` field lists; absent means none. Two questions are
    /// related when either lists the other.
    public var related: [String: [String]]

    public init(
        questions: [DrawQuestion],
        topics: [(id: String, weight: Double)],
        topicsIntegral: Bool,
        levels: [(id: String, weight: Double)]? = nil,
        levelsIntegral: Bool = false,
        count: Int,
        minutes: Int? = nil,
        exposure: [String: Int] = [:],
        askedBefore: [String: Int] = [:],
        seed: UInt64,
        related: [String: [String]] = [:]
    ) {
        self.questions = questions
        self.topics = topics
        self.topicsIntegral = topicsIntegral
        self.levels = levels
        self.levelsIntegral = levelsIntegral
        self.count = count
        self.minutes = minutes
        self.exposure = exposure
        self.askedBefore = askedBefore
        self.seed = seed
        self.related = related
    }
}
