/// Proposes new topics for the questions no bank topic fits, instead of forcing one on them.
///
/// Greedy: the word shared by the most unplaced questions (at least `leastQuestions`) names a
/// proposed topic holding those questions; repeat on the rest. Words most of the list uses (the
/// language's or product's name) and function words name nothing.
struct TopicProposer: Sendable {
    var leastQuestions = 2
    /// The most topics proposed: beyond a dozen, a person reads a list, not a proposal.
    var mostProposals = 12
    /// A word used by more than this share of the whole list, mostly by questions a bank topic
    /// took, says nothing about a subject (the language's or the product's name).
    var commonShare = 0.3

    /// - Parameters:
    ///   - unplaced: the cluster ids without a topic, each with the tokens of its members.
    ///   - listTokens: the tokens of every real entry of the list, for how common a word is.
    func propose(unplaced: [(id: String, tokens: [[QuestionToken]])], listTokens: [[QuestionToken]]) -> [ImportResult.ProposedTopic] {
        var listDF: [String: Int] = [:]
        for tokens in listTokens { for stem in Set(tokens.map(\.stem)) { listDF[stem, default: 0] += 1 } }
        var unplacedDF: [String: Int] = [:]
        for tokens in unplaced.flatMap(\.tokens) { for stem in Set(tokens.map(\.stem)) { unplacedDF[stem, default: 0] += 1 } }
        func isCommon(_ stem: String) -> Bool {
            let all = listDF[stem] ?? 0
            return Double(all) > Double(listTokens.count) * commonShare && 2 * (unplacedDF[stem] ?? 0) <= all
        }
        var surface: [String: [String: Int]] = [:]
        var stemsOf: [Set<String>] = []
        for (_, members) in unplaced {
            var stems: Set<String> = []
            for token in members.joined() where Self.names(token) && !isCommon(token.stem) {
                stems.insert(token.stem)
                surface[token.stem, default: [:]][token.raw, default: 0] += 1
            }
            stemsOf.append(stems)
        }
        var left = Set(unplaced.indices)
        var proposals: [ImportResult.ProposedTopic] = []
        while proposals.count < mostProposals {
            var holders: [String: [Int]] = [:]
            for i in left.sorted() { for stem in stemsOf[i] { holders[stem, default: []].append(i) } }
            guard let (stem, members) = holders.max(by: { l, r in
                l.value.count != r.value.count ? l.value.count < r.value.count : l.key > r.key
            }), members.count >= leastQuestions else { break }
            let word = surface[stem]?.max { l, r in l.value != r.value ? l.value < r.value : l.key > r.key }?.key ?? stem
            proposals.append(.init(topic: Self.slug(word), word: word, clusters: members.map { unplaced[$0].id }))
            left.subtract(members)
        }
        return proposals
    }

    private static func names(_ token: QuestionToken) -> Bool {
        token.raw.count > 2 && !ImportVocabulary.stopWords.contains(token.raw) && !token.raw.allSatisfy(\.isNumber)
            && !ImportVocabulary.questionOpeners.contains(token.raw)
    }

    private static func slug(_ word: String) -> String {
        let mapped = word.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}
