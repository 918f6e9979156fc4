import Foundation

/// `interview pending`: what the hiring manager still waits for, oldest first. Built from the
/// store's ``ScorecardRow``s and the current time, which the caller injects.
public struct PendingList: Sendable {
    public var items: [PendingItem]
    public var now: Date

    /// How long an open session may rest before it counts as paused (a day).
    public static let defaultPause: TimeInterval = 24 * 3600

    /// The rows' pending items. An open session counts once it has rested longer than `pause`; a
    /// finished session owes a scorecard from each panel member who scored it without
    /// recommending, a summary from each who recommended without one, and a recommendation when
    /// nobody scored or recommended it at all.
    public init(rows: [ScorecardRow], now: Date, pause: TimeInterval = PendingList.defaultPause) {
        self.now = now
        var items: [PendingItem] = []
        var unclaimed: [Int64: ScorecardRow] = [:]
        var claimed: Set<Int64> = []
        for row in rows {
            switch row.status {
            case .open:
                guard now.timeIntervalSince(row.since) > pause else { continue }
                items.append(PendingItem(
                    session: row.session, candidate: row.candidate, interviewer: row.interviewer, kind: .paused, since: row.since,
                    command: "interview resume \(row.session)"))
            case .finished:
                guard let interviewer = row.interviewer else { continue }
                if let recommendation = row.recommendation {
                    claimed.insert(row.session)
                    items.append(PendingItem(
                        session: row.session, candidate: row.candidate, interviewer: interviewer, kind: .summary,
                        since: row.recommendedAt ?? row.since,
                        command: Self.finish(row.session, interviewer, recommendation: recommendation.rawValue)))
                } else if row.lastScoredAt != nil {
                    claimed.insert(row.session)
                    items.append(PendingItem(
                        session: row.session, candidate: row.candidate, interviewer: interviewer, kind: .scorecard, since: row.since,
                        command: Self.finish(row.session, interviewer, recommendation: nil)))
                } else if row.recommendations == 0, unclaimed[row.session] == nil {
                    unclaimed[row.session] = row
                }
            }
        }
        for (session, row) in unclaimed where !claimed.contains(session) {
            items.append(PendingItem(
                session: session, candidate: row.candidate, interviewer: row.interviewer, kind: .recommendation, since: row.since,
                command: Self.finish(session, row.interviewer ?? "<name>", recommendation: nil)))
        }
        self.items = items.sorted { ($0.since, $0.session, $0.interviewer ?? "") < ($1.since, $1.session, $1.interviewer ?? "") }
    }

    public var isEmpty: Bool { items.isEmpty }

    private static func finish(_ session: Int64, _ interviewer: String, recommendation: String?) -> String {
        let choice = recommendation ?? "<" + Recommendation.allCases.map(\.rawValue).joined(separator: "|") + ">"
        return "interview finish \(session) --interviewer \(ShellWord.quoted(interviewer)) --recommendation \(choice) --summary <text>"
    }

    /// `--format json`: `{"pending": [{"session", "candidate", "interviewer", "kind", "since",
    /// "command"}]}` (cli.md), with the session id a string of digits as in `sessions`.
    public func json() -> String {
        var writer = PrettyJSONWriter(capacity: 256 * (items.count + 1))
        writer.openObject()
        writer.key("pending")
        writer.openArray()
        for item in items {
            writer.element()
            writer.openObject()
            writer.member("age", item.age(at: now))
            writer.member("candidate", item.candidate)
            writer.member("command", item.command)
            writer.member("interviewer", item.interviewer)
            writer.member("kind", item.kind.rawValue)
            writer.member("session", String(item.session))
            writer.member("since", UTCTime.iso(item.since))
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
        writer.newline()
        return writer.text
    }

    /// One line per item for people: session, candidate, who, what, for how long, and the command.
    public func table() -> String {
        guard !items.isEmpty else { return "nothing pending\n" }
        let header = ["SESSION", "CANDIDATE", "INTERVIEWER", "PENDING", "FOR", "COMPLETE WITH"]
        let rows = items.map { item in
            [String(item.session), item.candidate, item.interviewer ?? "-", item.kind.rawValue, item.age(at: now), item.command]
        }
        let widths = (0..<header.count - 1).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                column < widths.count ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) : cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
