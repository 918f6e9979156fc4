/// `interview sessions --format json`: every session with its status, oldest first.
public struct SessionListing: Sendable, Encodable {
    public var sessions: [SessionSummary]

    public init(sessions: [SessionSummary]) {
        self.sessions = sessions
    }

    /// Exactly `JSONText.encode(self)` and a newline, written by ``PrettyJSONWriter``: the whole
    /// database's 100,000 sessions are 35 MB of JSON, which `JSONEncoder` took 1.6 s to write,
    /// over the 1 s budget of a whole-database command (quality.md).
    public func json() -> String {
        var writer = PrettyJSONWriter(capacity: 320 * (sessions.count + 1))
        writer.openObject()
        writer.key("sessions")
        writer.openArray()
        // Keys in the order of their UTF-8 bytes, as `JSONEncoder` sorts them; fields as
        // `SessionSummary.encode(to:)` writes them (the id a string, a missing end null).
        for session in sessions {
            writer.element()
            writer.openObject()
            writer.member("blueprint", session.blueprint)
            writer.member("candidate", session.candidate)
            writer.member("finished_at", session.finishedAt.map(UTCTime.iso))
            writer.member("id", String(session.id))
            writer.member("interviewers", strings: session.interviewers)
            writer.member("questions", session.questions)
            writer.member("scored", session.scored)
            writer.member("started_at", UTCTime.iso(session.startedAt))
            writer.member("status", session.status.rawValue)
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
        writer.newline()
        return writer.text
    }
}
