/// The symmetric closure of the bank's `related` lists: `a` and `b` are related when `a` lists
/// `b`, or `b` lists `a`. A question is never related to itself.
struct RelatedLinks {
    private var neighbours: [String: Set<String>] = [:]

    /// - Parameter related: question id → the ids its `related` field lists.
    init(_ related: [String: [String]]) {
        for (id, others) in related {
            for other in others where other != id {
                neighbours[id, default: []].insert(other)
                neighbours[other, default: []].insert(id)
            }
        }
    }

    /// No question is related to another.
    var isEmpty: Bool {
        neighbours.isEmpty
    }

    /// The ids related to `id`.
    func neighbours(of id: String) -> Set<String> {
        neighbours[id] ?? []
    }

    func areRelated(_ a: String, _ b: String) -> Bool {
        neighbours[a]?.contains(b) ?? false
    }

    /// How many of `questions` are related to `candidate`.
    func count(_ candidate: DrawQuestion, among questions: some Sequence<DrawQuestion>) -> Int {
        guard let linked = neighbours[candidate.id] else { return 0 }
        return questions.reduce(0) { $0 + (linked.contains($1.id) ? 1 : 0) }
    }

    /// Every related pair among `questions`, in id order (a repeated id counts once).
    func pairs(among questions: [DrawQuestion], reason: RelatedPair.Reason) -> [RelatedPair] {
        var found: Set<RelatedPair> = []
        for (index, question) in questions.enumerated() {
            for other in questions[(index + 1)...] where areRelated(question.id, other.id) {
                found.insert(RelatedPair(question.id, other.id, reason: reason))
            }
        }
        return found.sorted()
    }
}
