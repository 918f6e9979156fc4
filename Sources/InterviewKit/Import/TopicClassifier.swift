/// A question's evidence for each topic (data passed in): its keywords, and how close its words
/// are to the topic's own text (`TopicCentroids`). `TopicContext` settles the topic from it.
///
/// Each member text is scanned for keywords, longest phrase first (a phrase's words are not
/// counted again alone; a context word may stand inside a phrase). A match scores its position
/// weight (head 1, tail and asides less, context phrases least), shared between the topics that
/// list the same keyword, and a bit more for multi-word keywords.
struct TopicClassifier: Sendable {
    let lexicon: CompiledLexicon
    let centroids: TopicCentroids
    /// Weight of closeness to a topic's own text against its keywords.
    var centroidWeight = 1.0

    init(lexicon: CompiledLexicon, topics: [ImportTopic]) {
        self.lexicon = lexicon
        centroids = TopicCentroids(topics)
    }

    /// A group of member profiles' evidence for each topic (by index): keyword matches and
    /// closeness to the topic's text.
    func evidence(_ members: [QuestionProfile]) -> [Int: Double] {
        var total: [Int: Double] = [:]
        for m in members {
            for (t, s) in scores(m) { total[t, default: 0] += s }
            for (t, s) in centroids.similarity(m) { total[t, default: 0] += centroidWeight * s }
        }
        return total.mapValues { $0 / Double(max(members.count, 1)) }
    }

    func scores(_ profile: QuestionProfile) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        let stems = profile.topicStems
        var i = 0
        while i < stems.count {
            var consumed = 1
            for keyword in lexicon.keywordsByFirstStem[stems[i]] ?? [] {
                guard let end = match(keyword.stems, in: profile, at: i) else { continue }
                // A stop word alone ("case", "model") is no keyword; in a phrase it is part of one.
                if end - i == 1, i < profile.topicStopWords.count, profile.topicStopWords[i] { continue }
                let weight = profile.topicWeights[i..<end].max() ?? 1
                let length = 1 + 0.5 * Double(keyword.stems.count - 1)
                let share = 1 / Double(keyword.topics.count)
                for (topic, strength) in keyword.topics {
                    scores[topic, default: 0] += weight * length * share * strength
                }
                consumed = end - i
                break
            }
            i += consumed
        }
        return scores
    }

    /// A section heading's topic share. A heading may name several subjects ("Macros, modules
    /// and tooling"); each counts for an equal part, so the subjects no keyword matches leave
    /// their part to no topic rather than to the one that matched.
    func headingShare(_ heading: String, analyzer: QuestionAnalyzer) -> [Int: Double] {
        let subjects = ImportTopic.phrases(heading)
        var share: [Int: Double] = [:]
        for subject in subjects {
            for (t, v) in TopicContext.distribution(scores(analyzer.profile(subject))) {
                share[t, default: 0] += v / Double(subjects.count)
            }
        }
        return share
    }

    /// The end of `phrase` matched from `start`; words of context phrases may stand between
    /// its words ("partial system failure" is "partial failure").
    private func match(_ phrase: [String], in profile: QuestionProfile, at start: Int) -> Int? {
        var k = 0
        var i = start
        while k < phrase.count {
            guard i < profile.topicStems.count else { return nil }
            if profile.topicStems[i] == phrase[k] {
                k += 1
            } else if k == 0 || profile.topicWeights[i] != QuestionAnalyzer.contextWeight {
                return nil
            }
            i += 1
        }
        return i
    }
}
