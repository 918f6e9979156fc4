/// A question as it was drawn into a session: a snapshot of everything shown to the interviewer,
/// with its rubric, so that later edits to the bank never change what a session recorded.
public struct AskedQuestion: Sendable, Hashable, Codable {
    public var position: Int
    public var questionID: String
    public var topic: String
    public var level: String
    public var minutes: Int
    public var text: String
    public var variants: [String]
    public var points: [String]
    public var redFlags: [String]
    public var followUps: [FollowUp]
    /// Bonus points, the guide, code and sources; empty for a session recorded before bank v2.
    public var crib: CribSheet
    public var rubric: Rubric
    /// Asked of this candidate before: the bank ran out for its topic and level.
    public var reused: Bool
    /// Why an adaptive session chose it ("harder: the last two answers were strong"); nil when
    /// the session was drawn whole.
    public var reason: String?

    public init(position: Int, question: Question, rubric: Rubric, reused: Bool = false) {
        self.position = position
        self.questionID = question.id
        self.topic = question.topic
        self.level = question.level.rawValue
        self.minutes = question.minutes
        self.text = question.text
        self.variants = question.variants
        self.points = question.points
        self.redFlags = question.redFlags
        self.followUps = question.followUps
        self.crib = question.crib
        var snapshot = rubric
        snapshot.location = nil
        self.rubric = snapshot
        self.reused = reused
    }

    /// The points an interviewer ticks, numbered from 1: the core points, then the bonus ones.
    public var tickable: [String] { points + crib.bonus }
}
