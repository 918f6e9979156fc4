import Foundation

/// A whole session with everything recorded about it, written in one go by ``SQLiteStore/bulkRecord(_:)`` (the benchmarks' generator makes them).
public struct BulkSession: Sendable {
    public struct Rating: Sendable {
        public var position: Int
        public var interviewer: String
        public var scores: [String: Int]
        public var covered: [Int]
        public var followUps: [FollowUp]
        public var note: String?

        public init(position: Int, interviewer: String, scores: [String: Int], covered: [Int], followUps: [FollowUp], note: String?) {
            self.position = position
            self.interviewer = interviewer
            self.scores = scores
            self.covered = covered
            self.followUps = followUps
            self.note = note
        }
    }

    public var session: NewSession
    public var panel: [String]
    public var ratings: [Rating]
    public var recommendations: [(interviewer: String, value: Recommendation, summary: String)]
    public var finishedAt: Date?

    public init(
        session: NewSession, panel: [String], ratings: [Rating], recommendations: [(interviewer: String, value: Recommendation, summary: String)],
        finishedAt: Date?
    ) {
        self.session = session
        self.panel = panel
        self.ratings = ratings
        self.recommendations = recommendations
        self.finishedAt = finishedAt
    }
}
