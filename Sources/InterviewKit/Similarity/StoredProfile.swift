/// One wording of a question as the similarity measure sees it: its normalised key (identical
/// texts) and its profile. A bank cache stores these so that the draw can tell near-duplicates
/// apart without re-reading the bank.
struct StoredProfile: Sendable, Equatable {
    var key: String
    var profile: QuestionProfile

    /// Fields joined with the unit separator, which no normalised text contains.
    static let separator: Character = "\u{1F}"

    var encodedHead: String { profile.head.joined(separator: String(Self.separator)) }
    var encodedTail: String { profile.tail.joined(separator: String(Self.separator)) }
    var encodedVerb: String {
        switch profile.verbClass {
        case .neutral: "neutral"
        case .diagnose: "diagnose"
        case .remedy: "remedy"
        }
    }

    init(key: String, profile: QuestionProfile) {
        self.key = key
        self.profile = profile
    }

    /// The inverse of the encoded fields; nil when one is not understood (a cache of another version).
    init?(key: String, intent: String, verb: String, head: String, tail: String) {
        guard let intent = QuestionIntent(rawValue: intent) else { return nil }
        let verbClass: VerbClass
        switch verb {
        case "neutral": verbClass = .neutral
        case "diagnose": verbClass = .diagnose
        case "remedy": verbClass = .remedy
        default: return nil
        }
        func split(_ text: String) -> [String] { text.isEmpty ? [] : text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init) }
        self.key = key
        profile = QuestionProfile(intent: intent, verbClass: verbClass, head: split(head), tail: split(tail), topicStems: [], topicWeights: [])
    }
}
