/// What bank v2 adds to a question for the interviewer: the `bonus` points that lift a 3 to a 4,
/// a `guide` saying what earns each score in this question's own terms, `code` shown to the
/// candidate, and the `sources` where a reviewer checks the claims. Empty for a v1 question, and
/// in the snapshot of a session recorded before v2.
public struct CribSheet: Sendable, Hashable, Codable {
    public var bonus: [String]
    /// Score -> what earns it.
    public var guide: [Int: String]
    public var code: [CodeSnippet]
    public var sources: [String]

    public init(bonus: [String] = [], guide: [Int: String] = [:], code: [CodeSnippet] = [], sources: [String] = []) {
        self.bonus = bonus
        self.guide = guide
        self.code = code
        self.sources = sources
    }

    public var isEmpty: Bool { bonus.isEmpty && guide.isEmpty && code.isEmpty && sources.isEmpty }

    enum CodingKeys: String, CodingKey {
        case bonus, guide, code, sources
    }

    // The guide is kept as an object keyed by the score's digits ("1": ...), so that JSON stays
    // readable; every field may be missing (a snapshot from before v2).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bonus = try container.decodeIfPresent([String].self, forKey: .bonus) ?? []
        let lines = try container.decodeIfPresent([String: String].self, forKey: .guide) ?? [:]
        guide = Dictionary(uniqueKeysWithValues: lines.compactMap { key, text in Int(key).map { ($0, text) } })
        code = try container.decodeIfPresent([CodeSnippet].self, forKey: .code) ?? []
        sources = try container.decodeIfPresent([String].self, forKey: .sources) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bonus, forKey: .bonus)
        try container.encode(Dictionary(uniqueKeysWithValues: guide.map { (String($0.key), $0.value) }), forKey: .guide)
        try container.encode(code, forKey: .code)
        try container.encode(sources, forKey: .sources)
    }
}
