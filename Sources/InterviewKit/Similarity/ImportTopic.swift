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
    /// The broader topic this one refines (see `Topic.area`), or nil.
    public var area: String?

    public init(id: String, keywords: [String], title: String = "", description: String = "", examples: [String] = [],
                area: String? = nil) {
        self.id = id
        self.area = area
        self.keywords = keywords
        self.title = title
        self.description = description
        self.examples = examples
    }

    /// The parts of the title, lower-cased: "Reliability and fault tolerance" gives
    /// `reliability` and `fault tolerance`.
    var titlePhrases: [String] { Self.phrases(title) }

    /// The short noun phrases the description lists ("tail latency, partial and cascading
    /// failures, panics, ..., SLOs"): one to three words between commas, conjunctions and
    /// brackets, without a leading verb form ("covering tail latency"; "cascading failures" keeps
    /// its adjective). Longer clauses are prose.
    var descriptionPhrases: [String] {
        var text = " " + description.lowercased() + " "
        for conjunction in [" and ", " or "] {
            text = text.replacingOccurrences(of: conjunction, with: "|&|")
        }
        for separator in [",", ";", ":", "(", ")", ".", " - ", " – ", " versus ", " vs ", " from ", " to ",
                          " with ", " of ", " in ", " as ", " for "] {
            text = text.replacingOccurrences(of: separator, with: "|")
        }
        let pieces = text.split(separator: "|").map { piece -> [String] in
            var words = piece.split(separator: " ").map(String.init)
            while let first = words.first, ImportVocabulary.stopWords.contains(first) || (first.hasSuffix("ing") && words.count > 2) {
                words.removeFirst()
            }
            return words
        }
        return pieces.indices.compactMap { i -> String? in
            var words = pieces[i]
            guard words != ["&"] else { return nil }
            // "partial and cascading failures": a lone modifier before a conjunction shares the
            // noun after it ("partial failures"); a plural noun ("clocks and event ordering") stands.
            if words.count == 1, let word = words.first, !word.hasSuffix("s"), i + 2 < pieces.count, pieces[i + 1] == ["&"],
               pieces[i + 2].count >= 2, let noun = pieces[i + 2].last {
                words.append(noun)
            }
            guard (1...3).contains(words.count), !words.contains(where: ImportVocabulary.stopWords.contains) else { return nil }
            return words.joined(separator: " ")
        }
    }

    /// The parts of a title or heading that names several subjects, lower-cased.
    static func phrases(_ title: String) -> [String] {
        title.lowercased()
            .replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: " - ", with: ",").replacingOccurrences(of: " / ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
