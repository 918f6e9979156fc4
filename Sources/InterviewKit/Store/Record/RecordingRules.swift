/// The rules of recording, written once: what may be scored, ticked, flagged or finished, in which
/// state. The live screen checks a typed line with them before it reaches the store, `score`
/// builds its events with them, and every store checks them again inside its transaction (through
/// ``Recorder``), so that two panel members writing at once are held to the same rules.
public enum RecordingRules {
    /// Marks, scores and notes go into open sessions only; anyone who records joins the panel.
    public static func checkOpen(_ status: SessionSummary.Status, session: Int64) throws(StoreError) {
        guard status == .open else { throw .sessionFinished(session) }
    }

    /// A recommendation may be given or changed at any time; with `finish` it closes an open session.
    public static func closes(_ status: SessionSummary.Status, finish: Bool) -> Bool {
        finish && status == .open
    }

    /// Criterion scores checked against the rubric: known criteria, values on its scale.
    public static func checkScores(_ scores: [String: Int], rubric: Rubric) throws(StoreError) {
        let allowed = rubric.criteria.map(\.id)
        if let unknown = scores.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw .unknownCriterion(unknown, allowed: allowed)
        }
        for criterion in allowed {
            if let value = scores[criterion], !rubric.scale.contains(value) {
                throw .scoreOutOfRange(criterion: criterion, value: value, scale: rubric.scale)
            }
        }
    }

    /// Indexes (0-based) of a list of `count` points, red flags or follow-ups (`kind`) that exist.
    public static func checkItems(_ indexes: [Int], count: Int, kind: String) throws(StoreError) {
        if let missing = indexes.first(where: { !(0..<count).contains($0) }) {
            throw .noSuchItem(kind: kind, number: missing + 1, count: count)
        }
    }

    /// Numbers as the interviewer types them (1-based) turned into checked indexes.
    public static func indexes(_ numbers: [Int], count: Int, kind: String) throws(StoreError) -> [Int] {
        let indexes = numbers.map { $0 - 1 }
        try checkItems(indexes, count: count, kind: kind)
        return indexes
    }

    /// Why the interviewer may not leave the question yet (every criterion scored, or a skip
    /// reason), or nil when they may.
    public static func unfinishedReason(_ marks: QuestionMarks, rubric: Rubric) -> String? {
        let missing = rubric.criteria.map(\.id).filter { marks.scores[$0] == nil }
        guard !missing.isEmpty && marks.skipReason == nil else { return nil }
        return "score every criterion first (missing: \(missing.joined(separator: ", "))) or skip <reason>"
    }

    /// The rows that `events` write about a drawn question, each checked against it: scores on
    /// the rubric's scale (with the criterion's weight), points and red flags that exist.
    static func changes(for events: [SessionEvent], question: AskedRow, rubric: Rubric) throws(StoreError) -> [RecordingChange] {
        var changes: [RecordingChange] = []
        for event in events {
            switch event {
            case .score(let scores):
                try checkScores(scores, rubric: rubric)
                for (criterion, value) in scores.sorted(by: { $0.key < $1.key }) {
                    guard let weight = rubric.criterion(criterion)?.weight else { continue }
                    changes.append(.score(criterion: criterion, value: value, weight: weight))
                }
            case .cover(let points, let covered):
                try checkItems(points, count: question.points, kind: "point")
                changes += points.map { .cover(point: $0, covered: covered) }
            case .redFlag(let flags, let on):
                try checkItems(flags, count: question.redFlags, kind: "red flag")
                changes += flags.map { .redFlag(flag: $0, on: on) }
            case .followUp(let id, let text): changes.append(.followUp(id: id, text: text))
            case .note(let text): changes.append(.note(text))
            case .skip(let reason): changes.append(.skip(reason: reason))
            }
        }
        return changes
    }

    /// The rows that events about the whole session (no question) write: its notes; nothing else
    /// belongs to a session as a whole.
    static func sessionChanges(for events: [SessionEvent]) -> [RecordingChange] {
        events.compactMap { event in
            guard case .note(let text) = event else { return nil }
            return .note(text)
        }
    }
}
