/// Reads one question: its intent, its head and tail, the concepts it names.
struct QuestionAnalyzer: Sendable {
    let lexicon: CompiledLexicon
    /// Stems that occur in most questions of the list (the language's name): never content.
    let ubiquitous: Set<String>

    static let tailWeight = 0.5
    static let contextWeight = 0.3

    func profile(_ text: String) -> QuestionProfile {
        profile(tokens: TextNormalizer.tokens(text))
    }

    func profile(tokens: [QuestionToken]) -> QuestionProfile {
        let intent = QuestionIntent.detect(tokens)
        let n = tokens.count
        let context = contextMask(tokens)
        let dropped = tokens.map { t in
            ImportVocabulary.functionWords.contains(t.raw)
                || ubiquitous.contains(t.stem)
                || (intent == .compare && ImportVocabulary.compareMarkers.contains(t.raw))
                || (intent == .design && ImportVocabulary.designVerbs.contains(t.raw))
        }
        let eligible = (0..<n).map { !dropped[$0] && !context[$0] }
        let (concepts, consumed) = matchConcepts(tokens, eligible: eligible)
        let isTail = tailMask(tokens, content: (0..<n).map {
            eligible[$0] && !ImportVocabulary.stopStems.contains(tokens[$0].stem)
        })

        var head: [String] = []
        var tail: [String] = []
        var seen: Set<String> = []
        func add(_ feature: String, inTail: Bool) {
            if inTail {
                tail.append(feature)
            } else if seen.insert(feature).inserted {
                head.append(feature)
            }
        }
        for (concept, positions) in concepts {
            add("§\(concept)", inTail: positions.allSatisfy { isTail[$0] })
        }
        for i in 0..<n where eligible[i] && !consumed[i] {
            let stem = tokens[i].stem
            if ImportVocabulary.stopStems.contains(stem) || ImportVocabulary.stopWords.contains(tokens[i].raw) {
                continue
            }
            add(ImportVocabulary.findStems.contains(stem) ? "⟨find⟩" : stem, inTail: isTail[i])
        }
        var tailSet: Set<String> = []
        tail = tail.filter { !seen.contains($0) && tailSet.insert($0).inserted }
        // With one subject word left, an action verb is what is asked ("How does a thread
        // communicate?" is not "How do you stop a thread?").
        if head.count <= 1 {
            for i in 0..<n where eligible[i] && !isTail[i] {
                if let verb = VerbClass.baseForms(tokens[i].raw).first(where: ImportVocabulary.actionVerbs.contains) {
                    add("⟨" + verb + "⟩", inTail: false)
                }
            }
        }

        var topicStems: [String] = []
        var topicWeights: [Double] = []
        var topicStopWords: [Bool] = []
        // The words that set the intent ("design", "vs") still signal a topic.
        let topicDropped = tokens.map { ImportVocabulary.functionWords.contains($0.raw) || ubiquitous.contains($0.stem) }
        // Stop words stay, so that a keyword phrase holding one ("work stealing", "memory model",
        // "write-ahead log") matches; alone they signal nothing (`topicStopWords`).
        for i in 0..<n where !topicDropped[i] {
            topicStems.append(tokens[i].stem)
            topicWeights.append(context[i] ? Self.contextWeight : isTail[i] ? Self.tailWeight : 1)
            topicStopWords.append(ImportVocabulary.stopWords.contains(tokens[i].raw))
        }
        return QuestionProfile(intent: intent, verbClass: VerbClass.detect(tokens), head: head,
                               tail: tail, topicStems: topicStems, topicWeights: topicWeights,
                               topicStopWords: topicStopWords)
    }

    /// Marks the tokens of context phrases and context words.
    private func contextMask(_ tokens: [QuestionToken]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            var advanced = false
            for phrase in lexicon.contextPhrasesByFirstStem[tokens[i].stem] ?? []
            where i + phrase.count <= tokens.count
                && (1..<phrase.count).allSatisfy({ tokens[i + $0].stem == phrase[$0] }) {
                for k in i..<(i + phrase.count) { mask[k] = true }
                i += phrase.count
                advanced = true
                break
            }
            if !advanced {
                if lexicon.contextWords.contains(tokens[i].stem) { mask[i] = true }
                i += 1
            }
        }
        return mask
    }

    /// Finds concept terms: all of a term's stems present, in any order, within a short span.
    /// Returns each concept found with the positions it covers, and the consumed positions.
    private func matchConcepts(_ tokens: [QuestionToken], eligible: [Bool]) -> ([(Int, [Int])], [Bool]) {
        var positionsOf: [String: [Int]] = [:]
        for i in tokens.indices where eligible[i] { positionsOf[tokens[i].stem, default: []].append(i) }
        var consumed = [Bool](repeating: false, count: tokens.count)
        var found: [(Int, [Int])] = []
        var foundIndex: [Int: Int] = [:]
        let candidates = Set(positionsOf.keys.flatMap { lexicon.termsByFirstStem[$0] ?? [] }).sorted()
        for term in candidates.map({ lexicon.terms[$0] }) {
            guard let anchors = positionsOf[term.stems[0]] else { continue }
            var best: [Int]?
            for anchor in anchors {
                var picked = [anchor]
                for stem in term.stems.dropFirst() {
                    guard let options = positionsOf[stem],
                          let nearest = options.filter({ !picked.contains($0) })
                            .min(by: { abs($0 - anchor) < abs($1 - anchor) }) else { picked = []; break }
                    picked.append(nearest)
                }
                guard !picked.isEmpty, let lo = picked.min(), let hi = picked.max(),
                      hi - lo <= term.stems.count + 3 else { continue }
                if best == nil || (best.map { ($0.max() ?? 0) - ($0.min() ?? 0) } ?? 0) > hi - lo { best = picked }
            }
            guard let positions = best else { continue }
            for p in positions { consumed[p] = true }
            if let k = foundIndex[term.concept] {
                found[k].1.append(contentsOf: positions)
            } else {
                foundIndex[term.concept] = found.count
                found.append((term.concept, positions))
            }
        }
        return (found, consumed)
    }

    /// Which tokens stand in the tail: after the first tail preposition that follows a content
    /// word of the head (not one that belongs to a verb like "interact with"), after
    /// "and how/why/what", and inside parentheses.
    private func tailMask(_ tokens: [QuestionToken], content: [Bool]) -> [Bool] {
        let clauseOpeners: Set<String> = ["how", "why", "what", "when", "where", "which", "is", "are", "does", "do"]
        var mask = [Bool](repeating: false, count: tokens.count)
        var inTail = false
        var seenContent = false
        for i in tokens.indices {
            let t = tokens[i]
            if !inTail, seenContent {
                if t.raw == "and", i + 1 < tokens.count, clauseOpeners.contains(tokens[i + 1].raw) {
                    inTail = true
                } else if ImportVocabulary.tailPrepositions.contains(t.raw),
                          !(i > 0 && ImportVocabulary.relationStems.contains(tokens[i - 1].stem)) {
                    inTail = true
                }
            }
            mask[i] = inTail || t.inParens
            if !mask[i], content[i] { seenContent = true }
        }
        return mask
    }
}
