/// One question of the bank: what is asked, what a strong answer covers, and how to probe.
public struct Question: Sendable, Hashable {
    public var id: String
    public var topic: String
    public var level: Level
    public var minutes: Int
    public var text: String
    /// Other wordings of the same question, offered to the interviewer ("also asked as").
    public var variants: [String]
    /// Wordings met in imported lists that are not to be read to a candidate as they stand (a
    /// false premise, no answerable scope): kept so that an import recognises them, never shown.
    public var seenAs: [String]
    /// What a strong answer covers; the interviewer ticks these.
    public var points: [String]
    public var redFlags: [String]
    public var followUps: [FollowUp]
    public var related: [String]
    /// Bonus points, the guide per score, code snippets and sources (bank v2).
    public var crib: CribSheet
    /// Where the question starts in its file, for messages.
    public var location: SourceLocation?

    public init(
        id: String, topic: String, level: Level, minutes: Int, text: String, variants: [String] = [],
        seenAs: [String] = [], points: [String], redFlags: [String] = [], followUps: [FollowUp], related: [String] = [], crib: CribSheet = CribSheet(),
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.topic = topic
        self.level = level
        self.minutes = minutes
        self.text = text
        self.variants = variants
        self.seenAs = seenAs
        self.points = points
        self.redFlags = redFlags
        self.followUps = followUps
        self.related = related
        self.crib = crib
        self.location = location
    }

    /// The text, every variant and every wording it was seen as.
    public var wordings: [String] { [text] + variants + seenAs }
}
