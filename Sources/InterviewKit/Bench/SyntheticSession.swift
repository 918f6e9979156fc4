import Foundation

/// A generated session with everything recorded about it, written in bulk by the benchmarks.
public struct SyntheticSession: Sendable {
    public struct Rating: Sendable {
        public var position: Int
        public var interviewer: String
        public var scores: [String: Int]
        public var covered: [Int]
        public var followUps: [FollowUp]
        public var note: String?
    }

    public var session: NewSession
    public var panel: [String]
    public var ratings: [Rating]
    public var recommendations: [(interviewer: String, value: Recommendation, summary: String)]
    public var finishedAt: Date?
}
