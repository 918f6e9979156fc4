import Foundation

/// One line of `interview sessions`. In JSON the id is a string of digits.
public struct SessionSummary: Sendable, Hashable, Encodable {
    public enum Status: String, Sendable, Hashable, Codable {
        case open
        case finished
    }

    public var id: Int64
    public var candidate: String
    public var blueprint: String
    public var status: Status
    public var startedAt: Date
    public var finishedAt: Date?
    public var interviewers: [String]
    /// Questions drawn; for an adaptive session, the number it asks in all.
    public var questions: Int
    /// Questions with at least one complete rating.
    public var scored: Int

    enum CodingKeys: String, CodingKey {
        case id, candidate, blueprint, status, interviewers, questions, scored
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }

    public init(
        id: Int64, candidate: String, blueprint: String, status: Status, startedAt: Date, finishedAt: Date?,
        interviewers: [String], questions: Int, scored: Int
    ) {
        self.id = id
        self.candidate = candidate
        self.blueprint = blueprint
        self.status = status
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.interviewers = interviewers
        self.questions = questions
        self.scored = scored
    }

    /// Encodes `finished_at` as null when absent, as cli.md asks.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(String(id), forKey: .id)
        try container.encode(candidate, forKey: .candidate)
        try container.encode(blueprint, forKey: .blueprint)
        try container.encode(status, forKey: .status)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(finishedAt, forKey: .finishedAt)
        try container.encode(interviewers, forKey: .interviewers)
        try container.encode(questions, forKey: .questions)
        try container.encode(scored, forKey: .scored)
    }
}
