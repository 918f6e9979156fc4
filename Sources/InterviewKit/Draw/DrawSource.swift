/// What a draw reads from a bank: the drawable questions, the full text of those drawn, their
/// rubrics, and whether two questions ask the same thing. A parsed ``Bank`` provides it, and so
/// does a ``BankCache``, which answers without parsing the bank's YAML again.
public protocol DrawSource {
    /// Every question of the bank, in bank order, as the drawer sees it.
    var drawQuestions: [DrawQuestion] { get }
    /// A question's full text, points and follow-ups.
    func question(_ id: String) -> Question?
    /// The rubric that scores a question in this blueprint.
    func rubric(for question: Question, blueprint: Blueprint) -> Rubric?
    /// The default rubric's scale, against which practice weighs earlier results.
    var defaultScale: ClosedRange<Int> { get }
    /// Whether two questions (by id) have wordings that ask the same thing.
    func isNearDuplicate(_ a: String, _ b: String) -> Bool
    /// Question id → the ids its `related` field lists, for the questions that list any.
    var relatedIDs: [String: [String]] { get }
}

/// A parsed bank with a text similarity.
public struct BankDrawSource: DrawSource {
    public let bank: Bank
    public let relatedIDs: [String: [String]]
    private let byID: [String: Question]
    private let isSameText: (String, String) -> Bool

    public init(bank: Bank, isNearDuplicate: @escaping (String, String) -> Bool) {
        self.bank = bank
        var byID: [String: Question] = [:]
        for question in bank.questions where byID[question.id] == nil { byID[question.id] = question }
        self.byID = byID
        relatedIDs = Self.relatedIDs(bank.questions)
        isSameText = isNearDuplicate
    }

    /// Every question's `related` ids by question id (a repeated id's lists are joined).
    static func relatedIDs(_ questions: [Question]) -> [String: [String]] {
        var related: [String: [String]] = [:]
        for question in questions where !question.related.isEmpty {
            related[question.id, default: []] += question.related
        }
        return related
    }

    public var drawQuestions: [DrawQuestion] {
        bank.questions.map { DrawQuestion(id: $0.id, topic: $0.topic, level: $0.level.rawValue, minutes: $0.minutes) }
    }

    public func question(_ id: String) -> Question? { byID[id] }

    public func rubric(for question: Question, blueprint: Blueprint) -> Rubric? { bank.rubric(for: question, blueprint: blueprint) }

    public var defaultScale: ClosedRange<Int> { bank.rubric("default")?.scale ?? 1...4 }

    public func isNearDuplicate(_ a: String, _ b: String) -> Bool {
        guard let x = byID[a], let y = byID[b] else { return false }
        return x.wordings.contains { p in y.wordings.contains { q in isSameText(p, q) } }
    }
}
