import Foundation

/// One thing that keeps a session from being complete, with the command that completes it.
public struct PendingItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An open session with nothing recorded for longer than the allowed pause.
        case paused
        /// A panel member scored a finished session but gave no recommendation.
        case scorecard
        /// A recommendation was given without a summary.
        case summary
        /// A finished session that nobody scored or recommended.
        case recommendation
    }

    public var session: Int64
    public var candidate: String
    public var interviewer: String?
    public var kind: Kind
    /// Since when it has been owed.
    public var since: Date
    /// A command line that completes it; `<...>` marks what the person fills in.
    public var command: String

    public init(session: Int64, candidate: String, interviewer: String?, kind: Kind, since: Date, command: String) {
        self.session = session
        self.candidate = candidate
        self.interviewer = interviewer
        self.kind = kind
        self.since = since
        self.command = command
    }

    /// How long it has been owed at `now`, as people say it: "45 min", "5 h", "3 d 4 h".
    public func age(at now: Date) -> String {
        let minutes = max(Int(now.timeIntervalSince(since) / 60), 0)
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 24 { return "\(hours) h" }
        return hours % 24 == 0 ? "\(hours / 24) d" : "\(hours / 24) d \(hours % 24) h"
    }
}
