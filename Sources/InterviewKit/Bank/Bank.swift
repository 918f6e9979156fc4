/// The question bank: topics with their questions, the rubrics that score them, and the
/// domain vocabulary the importer and the similarity use.
public struct Bank: Sendable, Hashable {
    public var topics: [Topic]
    public var rubrics: [Rubric]
    public var lexicon: BankLexicon
    /// The folder the bank was read from.
    public var path: String
    /// Topics whose files could not be parsed: checks that refer to them are skipped, so that
    /// one syntax error does not bury itself under follow-on errors.
    public var unreadableTopics: Set<String> = []

    public init(topics: [Topic], rubrics: [Rubric], lexicon: BankLexicon = BankLexicon(), path: String = "") {
        self.topics = topics.sorted { $0.id < $1.id }
        self.rubrics = rubrics
        self.lexicon = lexicon
        self.path = path
    }

    public var questions: [Question] { topics.flatMap(\.questions) }

    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }

    public func rubric(_ id: String) -> Rubric? { rubrics.first { $0.id == id } }

    public func question(_ id: String) -> Question? {
        for topic in topics {
            if let question = topic.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }

    /// The rubric that scores a question: the blueprint's override, else its topic's.
    public func rubric(for question: Question, blueprint: Blueprint? = nil) -> Rubric? {
        if let id = blueprint?.rubric { return rubric(id) }
        return topic(question.topic).flatMap { rubric($0.rubric) }
    }
}

/// Domain knowledge kept as data in the bank (`rubrics/_concepts.yaml`): phrases that name one
/// concept, and context phrases that never change a question's subject.
public struct BankLexicon: Sendable, Hashable {
    public var concepts: [[String]]
    public var context: [String]

    public init(concepts: [[String]] = [], context: [String] = []) {
        self.concepts = concepts
        self.context = context
    }
}
