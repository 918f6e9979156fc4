/// One topic file of the bank (`rubrics/<topic>.yaml`).
public struct Topic: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String
    /// Words that signal the topic; the importer classifies new questions with them.
    public var keywords: [String]
    /// The rubric that scores this topic's questions.
    public var rubric: String
    /// The broader topic of the bank this one refines (`lifetimes` → `memory`), so that tools
    /// outside the bank can file its questions under the topics every bank has; nil when the
    /// topic is one of those itself.
    public var area: String?
    public var questions: [Question]
    public var location: SourceLocation?

    public init(
        id: String, title: String, description: String = "", keywords: [String] = [], rubric: String = "default",
        area: String? = nil, questions: [Question], location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.keywords = keywords
        self.rubric = rubric
        self.area = area
        self.questions = questions
        self.location = location
    }
}

extension Topic {
    /// The topic questions of this one are filed under outside the bank: its area, or itself.
    public var areaID: String { area ?? id }
}
