/// Everything the importer knows about a bank, passed in as data.
///
/// - `topics`: each topic's keywords, title, description and example questions, used to classify
///   clusters.
/// - `concepts`: groups of phrases that name one concept (`data race`, `thread safety`,
///   `send and sync`); two questions naming the same concept share a feature.
/// - `context`: phrases that never change a question's subject (`in production`,
///   `under heavy load`, `systems`).
/// - `known`: the bank's existing questions, matched by normalised text.
public struct ImportLexicon: Sendable {
    public var topics: [ImportTopic]
    public var concepts: [[String]]
    public var context: [String]
    public var known: [ImportKnownQuestion]

    public init(topics: [ImportTopic], concepts: [[String]], context: [String],
                known: [ImportKnownQuestion]) {
        self.topics = topics
        self.concepts = concepts
        self.context = context
        self.known = known
    }
}
