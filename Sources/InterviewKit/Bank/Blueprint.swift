/// An interview format (`sessions/<id>.yaml`): length, number of questions, topic and level quotas.
public struct Blueprint: Sendable, Hashable, Codable {
    /// How a blueprint chooses topic weights.
    public enum Focus: String, Sendable, Hashable, CaseIterable, Codable {
        /// The weights as written.
        case fixed
        /// Mock-interview practice: weights shift towards the candidate's weakest and least-seen topics.
        case weakest
    }

    public var id: String
    public var title: String
    public var description: String?
    /// The whole time budget; the drawn questions' minutes must fit in it.
    public var minutes: Int
    public var questions: Int
    public var topics: WeightTable
    public var levels: WeightTable?
    /// Overrides the topics' rubrics when set.
    public var rubric: String?
    public var focus: Focus
    /// Questions are chosen one at a time, each the most informative at the candidate's current
    /// estimate within the quotas (`adaptive: true`, or `start --adaptive`).
    public var adaptive: Bool
    public var path: String

    public init(
        id: String, title: String, description: String? = nil, minutes: Int, questions: Int, topics: WeightTable,
        levels: WeightTable? = nil, rubric: String? = nil, focus: Focus = .fixed, adaptive: Bool = false, path: String = ""
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.minutes = minutes
        self.questions = questions
        self.topics = topics
        self.levels = levels
        self.rubric = rubric
        self.focus = focus
        self.adaptive = adaptive
        self.path = path
    }
}
