/// What a draw needs to know about earlier sessions, as plain values: how often each question was
/// drawn, what this candidate was asked before, and how they did per topic. The store reads it
/// (``InterviewStore/drawHistory(candidate:)``); without a database it is empty.
public struct DrawHistory: Sendable, Equatable {
    /// Question id -> number of sessions that drew it (any candidate, any status).
    public var exposure: [String: Int]
    /// Question id -> recency rank for this candidate (higher = asked more recently).
    public var askedBefore: [String: Int]
    /// Topic id -> the candidate's earlier results (practice blueprints favour the weakest).
    public var performance: [String: TopicPerformance]

    public init(exposure: [String: Int] = [:], askedBefore: [String: Int] = [:], performance: [String: TopicPerformance] = [:]) {
        self.exposure = exposure
        self.askedBefore = askedBefore
        self.performance = performance
    }
}
