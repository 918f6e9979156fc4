import Foundation

/// What a renderer turns into text: one session's report or a candidate's.
public enum ReportDocument: Sendable, Hashable {
    case session(SessionReport, generatedAt: Date, blindSeed: UInt64?)
    case candidate(CandidateReport)

    public var generatedAt: Date {
        switch self {
        case .session(_, let generatedAt, _): generatedAt
        case .candidate(let report): report.generatedAt
        }
    }

    public var blindSeed: UInt64? {
        switch self {
        case .session(_, _, let seed): seed
        case .candidate(let report): report.blindSeed
        }
    }

    /// Every session the document covers, oldest first.
    public var sessions: [SessionReport] {
        switch self {
        case .session(let report, _, _): [report]
        case .candidate(let report): report.sessions
        }
    }
}
