/// Why a report could not be made or written.
public enum ReportError: InterviewError, Equatable {
    /// A candidate with no session recorded.
    case noSessions(candidate: String)
    /// The report file could not be written.
    case cannotWrite(path: String, reason: String)
    /// The demo could not run its scripted session.
    case demoFailed(step: String, message: String)
    /// A committee packet whose selection holds no candidate with a finished session.
    case emptyPacket(selection: String)
    /// A committee packet whose selection holds more candidates than one page can show.
    case packetTooLarge(selection: String, candidates: Int, limit: Int)

    public var description: String {
        switch self {
        case .noSessions(let candidate):
            return "candidate '\(candidate)' has no sessions yet"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write the report: \(reason)"
        case .demoFailed(let step, let message):
            return "demo: \(step): \(message)"
        case .emptyPacket(let selection):
            return "no candidate has a finished session \(selection): the packet would be empty"
        case .packetTooLarge(let selection, let candidates, let limit):
            return "\(candidates) candidates have sessions \(selection); a packet covers at most \(limit): "
                + "name them with --candidate, or narrow with --blueprint and --since (compare --all ranks everyone)"
        }
    }
}
