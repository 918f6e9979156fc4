/// What an import found, in the shape of `bank import --format json` (cli.md).
///
/// Absent values encode as `null`, never as a missing key.
///
/// `topic` is the topic a question is filed under outside the bank: the bank topic's `area`
/// when it has one (a lifetimes question is `memory`), else the bank topic itself. `bankTopic`
/// is the bank topic (`rubrics/<bankTopic>.yaml`), where the YAML skeletons go.
public struct ImportResult: Codable, Sendable, Equatable {
    /// One line of the list.
    public struct Entry: Codable, Sendable, Equatable {
        public var number: Int
        public var text: String
        public var level: String?
        public var placeholder: Bool
        public var cluster: String?
        public var topic: String?
        public var bankTopic: String?

        public init(number: Int, text: String, level: String?, placeholder: Bool, cluster: String?, topic: String?,
                    bankTopic: String? = nil) {
            self.number = number
            self.text = text
            self.level = level
            self.placeholder = placeholder
            self.cluster = cluster
            self.topic = topic
            self.bankTopic = bankTopic ?? topic
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(text, forKey: .text)
            try c.encode(level, forKey: .level)
            try c.encode(placeholder, forKey: .placeholder)
            try c.encode(cluster, forKey: .cluster)
            try c.encode(topic, forKey: .topic)
            try c.encode(bankTopic, forKey: .bankTopic)
        }
    }

    /// One question: its wordings (members, by entry number) and the clearest of them.
    public struct Cluster: Codable, Sendable, Equatable {
        public var id: String
        public var canonical: String
        public var members: [Int]
        public var topic: String?
        public var bankTopic: String?
        /// The id of the bank question one of the members matches, if any.
        public var known: String?

        public init(id: String, canonical: String, members: [Int], topic: String?, known: String?,
                    bankTopic: String? = nil) {
            self.id = id
            self.canonical = canonical
            self.members = members
            self.topic = topic
            self.bankTopic = bankTopic ?? topic
            self.known = known
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(canonical, forKey: .canonical)
            try c.encode(members, forKey: .members)
            try c.encode(topic, forKey: .topic)
            try c.encode(bankTopic, forKey: .bankTopic)
            try c.encode(known, forKey: .known)
        }
    }

    /// Two clusters that may be one question; a person should confirm.
    public struct Suggestion: Codable, Sendable, Equatable {
        public var a: String
        public var b: String
        public var similarity: Double

        public init(a: String, b: String, similarity: Double) {
            self.a = a
            self.b = b
            self.similarity = similarity
        }
    }

    /// A topic the bank lacks, proposed for questions no bank topic fits: they share `word`.
    public struct ProposedTopic: Codable, Sendable, Equatable {
        public var topic: String
        public var word: String
        public var clusters: [String]

        public init(topic: String, word: String, clusters: [String]) {
            self.topic = topic
            self.word = word
            self.clusters = clusters
        }
    }

    public var entries: [Entry]
    public var clusters: [Cluster]
    /// Most similar first; at most one per two entries.
    public var suggestions: [Suggestion]
    /// Numbers of the entries dropped as placeholders.
    public var placeholders: [Int]
    /// Ids of the clusters no bank topic fits.
    public var unclassified: [String]
    /// New topics proposed for unclassified clusters that share a subject, largest first.
    public var proposed: [ProposedTopic]

    public init(entries: [Entry], clusters: [Cluster], suggestions: [Suggestion], placeholders: [Int],
                unclassified: [String], proposed: [ProposedTopic] = []) {
        self.entries = entries
        self.clusters = clusters
        self.suggestions = suggestions
        self.placeholders = placeholders
        self.unclassified = unclassified
        self.proposed = proposed
    }
}
