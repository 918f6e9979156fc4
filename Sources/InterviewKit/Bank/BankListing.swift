import Foundation

/// The bank as `bank list` shows it, filtered by topic and level; encodes to cli.md's JSON shape.
public struct BankListing: Sendable, Encodable {
    public struct TopicEntry: Sendable, Encodable {
        public var topic: String
        public var title: String
        /// The topic's area (`Topic.area`), or the topic itself.
        public var area: String
        public var questions: [QuestionEntry]
    }

    public struct QuestionEntry: Sendable, Encodable {
        public var id: String
        public var level: String
        public var minutes: Int
        public var text: String
        public var variants: [String]
        public var points: [String]
        public var followUps: [FollowUp]
        public var redFlags: [String]

        enum CodingKeys: String, CodingKey {
            case id, level, minutes, text, variants, points
            case followUps = "follow_ups"
            case redFlags = "red_flags"
        }
    }

    public var topics: [TopicEntry]

    public init(bank: Bank, topic: String? = nil, level: Level? = nil) throws(BankError) {
        if let topic, bank.topic(topic) == nil { throw .unknownTopic(topic, known: bank.topics.map(\.id)) }
        topics = bank.topics.filter { topic == nil || $0.id == topic }.map { entry in
            TopicEntry(
                topic: entry.id, title: entry.title, area: entry.areaID,
                questions: entry.questions.filter { level == nil || $0.level == level }.map {
                    QuestionEntry(
                        id: $0.id, level: $0.level.rawValue, minutes: $0.minutes, text: $0.text, variants: $0.variants,
                        points: $0.points, followUps: $0.followUps, redFlags: $0.redFlags)
                })
        }
    }

    /// One line per question: id, level, minutes, text.
    public func table() -> String {
        var lines: [String] = []
        let width = topics.flatMap(\.questions).map(\.id.count).max() ?? 2
        for topic in topics {
            let name = topic.area == topic.topic ? topic.topic : "\(topic.topic), area \(topic.area)"
            lines.append("\(topic.title) [\(name)]: \(topic.questions.count) questions")
            for question in topic.questions {
                let id = question.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let level = question.level.padding(toLength: 12, withPad: " ", startingAt: 0)
                lines.append("  \(id)  \(level) \(question.minutes) min  \(question.text)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
