/// The result of `interview db check`: SQLite's integrity check, its foreign-key check and the
/// schema version, each problem as one line.
public struct DatabaseCheck: Sendable, Equatable {
    /// A row whose parent row is missing (`PRAGMA foreign_key_check`).
    public struct Orphan: Sendable, Equatable {
        public var table: String
        public var rowID: Int64?
        public var parent: String

        public init(table: String, rowID: Int64?, parent: String) {
            self.table = table
            self.rowID = rowID
            self.parent = parent
        }
    }

    /// The lines of `PRAGMA integrity_check` other than `ok`.
    public var integrity: [String]
    public var orphans: [Orphan]
    /// Schema versions recorded in the file, in the order they were applied.
    public var appliedVersions: [String]
    /// Schema versions this build knows, oldest first.
    public var knownVersions: [String]
    public var candidates: Int
    public var sessions: Int

    public init(
        integrity: [String], orphans: [Orphan], appliedVersions: [String], knownVersions: [String], candidates: Int, sessions: Int
    ) {
        self.integrity = integrity
        self.orphans = orphans
        self.appliedVersions = appliedVersions
        self.knownVersions = knownVersions
        self.candidates = candidates
        self.sessions = sessions
    }

    /// Versions in the file that this build does not know: written by a newer version.
    public var unknownVersions: [String] { appliedVersions.filter { !knownVersions.contains($0) } }

    /// Versions this build knows that the file lacks: it needs an upgrade.
    public var missingVersions: [String] { knownVersions.filter { !appliedVersions.contains($0) } }

    public var isHealthy: Bool { problems.isEmpty }

    /// One line per problem, integrity first.
    public var problems: [String] {
        var lines = integrity.map { "integrity: \($0)" }
        for orphan in orphans {
            let row = orphan.rowID.map { " row \($0)" } ?? " a row"
            lines.append("foreign key: \(orphan.table)\(row) refers to a missing \(orphan.parent)")
        }
        if !unknownVersions.isEmpty {
            lines.append("schema: written by a newer version of interview (unknown versions: \(unknownVersions.joined(separator: ", ")))")
        }
        if !missingVersions.isEmpty {
            lines.append("schema: needs an upgrade (missing versions: \(missingVersions.joined(separator: ", ")))")
        }
        return lines
    }

    /// The one-line verdict for a healthy database.
    public var summary: String {
        let version = appliedVersions.last ?? "none"
        return "ok: integrity ok, no orphan rows, schema \(version) (current); "
            + "\(candidates) candidate\(candidates == 1 ? "" : "s"), \(sessions) session\(sessions == 1 ? "" : "s")"
    }
}
