import Foundation

/// What each topic's own text looks like: a tf-idf vector of the stems of its title, description,
/// keywords and example questions, so a question whose words no keyword lists still lands near the
/// topic whose questions use them ("WaitGroup counter" beside questions on threads and counters).
///
/// A stem's weight in a topic is (1 + ln tf) · ln(T / df), with df the number of the T topics
/// whose text uses it: words every topic uses ("rust", "code") weigh nothing.
struct TopicCentroids: Sendable {
    /// Stem → (topic index, weight / the topic vector's length).
    private var weights: [String: [(topic: Int, weight: Double)]] = [:]

    init(_ topics: [ImportTopic]) {
        var stems: [String: String] = [:]
        var counts = [[String: Double]](repeating: [:], count: topics.count)
        for (t, topic) in topics.enumerated() {
            let described: [String] = [topic.title, topic.description] + topic.keywords
            let sources: [([String], Double)] = [(described, 2.0), (topic.examples, 1.0)]
            for (texts, weight) in sources {
                for text in texts {
                    for token in TextNormalizer.tokens(text, stems: &stems) where Self.counts(token) {
                        counts[t][token.stem, default: 0] += weight
                    }
                }
            }
        }
        var df: [String: Int] = [:]
        for c in counts { for stem in c.keys { df[stem, default: 0] += 1 } }
        let total = Double(topics.count)
        for (t, c) in counts.enumerated() {
            let vector = c.compactMap { stem, tf -> (String, Double)? in
                let idf = log(total / Double(df[stem] ?? 1))
                return idf > 0 ? (stem, (1 + log(tf)) * idf) : nil
            }
            let length = vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            guard length > 0 else { continue }
            for (stem, w) in vector { weights[stem, default: []].append((t, w / length)) }
        }
    }

    /// Cosine of a question's stems (weighted as in its profile) with each topic, by topic index.
    func similarity(_ profile: QuestionProfile) -> [Int: Double] {
        // Every stem counts in the question's length, so a question mostly in words no topic
        // uses is close to none.
        var query: [String: Double] = [:]
        for (i, stem) in profile.topicStems.enumerated() where !(i < profile.topicStopWords.count && profile.topicStopWords[i]) {
            query[stem] = max(query[stem] ?? 0, profile.topicWeights[i])
        }
        let length = query.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard length > 0 else { return [:] }
        var scores: [Int: Double] = [:]
        for (stem, q) in query {
            for (t, w) in weights[stem] ?? [] { scores[t, default: 0] += q * w / length }
        }
        return scores
    }

    private static func counts(_ token: QuestionToken) -> Bool {
        !ImportVocabulary.stopWords.contains(token.raw) && !token.raw.allSatisfy(\.isNumber) && token.raw.count > 1
    }
}
