/// One topic file of the bank (`rubrics/<topic>.yaml`).
public struct Topic: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String
    /// Words that signal the topic; the importer classifies new questions with them.
    public var keywords: [String]
    /// The rubric that scores this topic's questions.
    public var rubric: String
    public var questions: [Question]
    public var location: SourceLocation?

    public init(
        id: String, title: String, description: String = "", keywords: [String] = [], rubric: String = "default",
        questions: [Question], location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.keywords = keywords
        self.rubric = rubric
        self.questions = questions
        self.location = location
    }
}
