/// A bank topic as the importer sees it: its id and the words that signal it.
public struct ImportTopic: Sendable, Hashable, Codable {
    public var id: String
    /// Lower-case words and short phrases (`future`, `memory ordering`), from the topic's YAML.
    public var keywords: [String]

    public init(id: String, keywords: [String]) {
        self.id = id
        self.keywords = keywords
    }
}
