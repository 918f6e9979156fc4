/// The outcome of ``MaintenanceStore/forget(candidate:)``.
public struct CandidateErasure: Sendable, Equatable {
    public var removed: CandidateRecords
    /// False when another process kept reading and the write-ahead log could not be emptied: the
    /// rows are gone, but their old text may stay in the `-wal` file until that process ends.
    public var logEmptied: Bool

    public init(removed: CandidateRecords, logEmptied: Bool) {
        self.removed = removed
        self.logEmptied = logEmptied
    }
}
