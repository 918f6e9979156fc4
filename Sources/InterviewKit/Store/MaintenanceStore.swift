/// Keeping the database healthy and honouring a candidate's right to be forgotten.
///
/// These operations sit beside ``InterviewStore``: checks and copies of the whole file, and the
/// erasure of everything recorded about one person, so that another backend can offer them too.
public protocol MaintenanceStore: Sendable {
    /// Runs the integrity and foreign-key checks and compares the schema with this version's.
    ///
    /// - Returns: Every problem found; ``DatabaseCheck/isHealthy`` when there is none.
    func check() throws(StoreError) -> DatabaseCheck

    /// Writes a consistent copy of the database to `destination` while others may be writing,
    /// created readable by its owner only (0600).
    ///
    /// The copy is written beside `destination` and moved into place when complete, so a failed
    /// backup never leaves a half-written file under that name.
    /// - Parameters:
    ///   - destination: The file to create.
    ///   - replacing: Whether an existing file may be replaced.
    /// - Returns: The size of the copy in bytes.
    /// - Throws: ``StoreError/backupExists(path:)`` when the file exists and `replacing` is false,
    ///   ``StoreError/backupFailed(path:reason:)`` when it cannot be written.
    func backup(to destination: String, replacing: Bool) throws(StoreError) -> Int64

    /// What is recorded about a candidate, row counts per kind, without changing anything.
    ///
    /// - Throws: ``StoreError/unknownCandidate(_:)``.
    func records(of candidate: String) throws(StoreError) -> CandidateRecords

    /// Deletes every row about the candidate in one transaction (their sessions and everything in
    /// them), then rewrites the file (`VACUUM`) and empties the write-ahead log so that no text of
    /// theirs stays in it. Interviewers are kept.
    ///
    /// - Returns: What was removed, and whether the log could be emptied.
    /// - Throws: ``StoreError/unknownCandidate(_:)``; nothing is removed then.
    func forget(candidate: String) throws(StoreError) -> CandidateErasure
}
