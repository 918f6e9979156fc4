import Foundation

/// A bank topic as the importer sees it: what it says about itself and the questions it holds.
public struct ImportTopic: Sendable, Hashable, Codable {
    public var id: String
    /// Lower-case words and short phrases (`future`, `memory ordering`), from the topic's YAML.
    public var keywords: [String]
    /// The topic's title ("Concurrency and parallelism"): each of its parts is a keyword too.
    public var title: String
    /// The topic's description, in prose.
    public var description: String
    /// The topic's own questions as examples: their wordings and the points of a strong answer.
    public var examples: [String]

    public init(id: String, keywords: [String], title: String = "", description: String = "", examples: [String] = []) {
        self.id = id
        self.keywords = keywords
        self.title = title
        self.description = description
        self.examples = examples
    }

    /// The parts of the title, lower-cased: "Reliability and fault tolerance" gives
    /// `reliability` and `fault tolerance`.
    var titlePhrases: [String] { Self.phrases(title) }

    /// The parts of a title or heading that names several subjects, lower-cased.
    static func phrases(_ title: String) -> [String] {
        title.lowercased()
            .replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: " - ", with: ",").replacingOccurrences(of: " / ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
