import Foundation

/// A drawn interview, ready to record: the questions with their snapshots, in draw order.
public struct SessionPlan: Sendable, Encodable {
    public var blueprint: Blueprint
    public var seed: UInt64
    public var questions: [AskedQuestion]
    /// Ids asked of this candidate before, drawn because their cell ran out.
    public var reused: [String]
    /// Related questions drawn together because the blueprint could not be met otherwise.
    public var relatedAllowed: [RelatedPair] = []

    enum CodingKeys: String, CodingKey {
        case blueprint, seed, questions, reused, minutes
        case relatedAllowed = "related_allowed"
    }

    struct QuestionEntry: Encodable {
        var id: String
        var topic: String
        var level: String
        var minutes: Int
        var text: String
    }

    /// cli.md's `plan` shape: `{blueprint, seed, questions: [{id, topic, level, minutes, text}], reused}`, plus
    /// `related_allowed: [[id, id]]` only when the draw had to allow related pairs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(blueprint.id, forKey: .blueprint)
        try container.encode(seed, forKey: .seed)
        try container.encode(
            questions.map { QuestionEntry(id: $0.questionID, topic: $0.topic, level: $0.level, minutes: $0.minutes, text: $0.text) },
            forKey: .questions)
        try container.encode(reused, forKey: .reused)
        try container.encode(questions.reduce(0) { $0 + $1.minutes }, forKey: .minutes)
        if !relatedAllowed.isEmpty {
            try container.encode(relatedAllowed.map { [$0.first, $0.second] }, forKey: .relatedAllowed)
        }
    }

    /// One line per related pair the draw had to allow: "note: could not avoid asking related
    /// questions a and b together (topic quota)".
    public var notes: [String] {
        relatedAllowed.map { pair in
            let reason: String
            switch pair.reason {
            case .quota: reason = blueprint.levels?.pairs.isEmpty ?? true ? "topic quota" : "topic and level quotas"
            case .budget: reason = "time budget"
            case .exposure: reason = "even exposure"
            }
            return "note: could not avoid asking related questions \(pair) together (\(reason))"
        }
    }

    /// One line per question, for people, then the ``notes``.
    public func table() -> String {
        let total = questions.reduce(0) { $0 + $1.minutes }
        var lines = ["\(blueprint.title) (\(blueprint.id)), seed \(seed): \(questions.count) questions, \(total) of \(blueprint.minutes) minutes"]
        let width = questions.map(\.questionID.count).max() ?? 0
        for question in questions {
            let id = question.questionID.padding(toLength: width, withPad: " ", startingAt: 0)
            let reusedMark = question.reused ? "  (asked before)" : ""
            lines.append("  \(question.position + 1). \(id)  \(question.level) \(question.minutes) min  \(question.text)\(reusedMark)")
        }
        lines += notes
        return lines.joined(separator: "\n")
    }
}
