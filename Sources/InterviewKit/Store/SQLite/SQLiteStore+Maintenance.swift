import Foundation
import GRDB

extension SQLiteStore: MaintenanceStore {
    // MARK: - Check

    public func check() throws(StoreError) -> DatabaseCheck {
        do {
            return try reader.unsafeRead { db in try Self.check(db) }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Outside a transaction: committing one after a corrupt page was met would fail the whole check.
    private static func check(_ db: Database) throws -> DatabaseCheck {
        // A damaged file can fail any statement: what cannot be read is reported, not thrown.
        func attempt<T>(_ fallback: T, _ body: () throws -> T, problems: inout [String]) -> T {
            do { return try body() } catch {
                problems.append((error as? DatabaseError)?.message ?? "\(error)")
                return fallback
            }
        }
        var unreadable: [String] = []
        let integrity = attempt([], { try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } }, problems: &unreadable)
        let orphans = attempt([], {
            try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                DatabaseCheck.Orphan(table: row[0], rowID: row[1], parent: row[2])
            }
        }, problems: &unreadable)
        let applied = attempt([], { try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }, problems: &unreadable)
        let candidates = attempt(0, { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidate") ?? 0 }, problems: &unreadable)
        let sessions = attempt(0, { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session") ?? 0 }, problems: &unreadable)
        var seen: Set<String> = []
        return DatabaseCheck(
            integrity: (integrity + unreadable).filter { seen.insert($0).inserted }, orphans: orphans, appliedVersions: applied,
            knownVersions: Migrations.migrator.migrations, candidates: candidates, sessions: sessions)
    }

    // MARK: - Backup

    public func backup(to destination: String, replacing: Bool) throws(StoreError) -> Int64 {
        let manager = FileManager.default
        if !replacing, manager.fileExists(atPath: destination) { throw .backupExists(path: destination) }
        let folder = (destination as NSString).deletingLastPathComponent.isEmpty ? "." : (destination as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .backupFailed(path: destination, reason: "the folder \(folder) does not exist")
        }
        if Self.sameFile(destination, path) { throw .backupFailed(path: destination, reason: "that is the database itself") }

        // Written under a temporary name beside the destination, then moved into place.
        let partial = (folder as NSString).appendingPathComponent(
            ".\((destination as NSString).lastPathComponent).partial-\(UUID().uuidString)")
        func removePartial() {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(partial + suffix) }
        }
        let descriptor = Foundation.open(partial, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else { throw .backupFailed(path: destination, reason: String(cString: strerror(errno))) }
        close(descriptor)
        do {
            let copy = try DatabaseQueue(path: partial)
            try reader.backup(to: copy)
            try copy.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            try copy.close()
        } catch {
            removePartial()
            throw Self.backupError(error, destination: destination)
        }
        chmod(partial, 0o600)
        if replacing {
            guard rename(partial, destination) == 0 else {
                let reason = String(cString: strerror(errno))
                removePartial()
                throw .backupFailed(path: destination, reason: reason)
            }
        } else {
            // link(2) refuses to replace a file created meanwhile, unlike rename(2).
            let linked = link(partial, destination) == 0
            let failure = errno
            removePartial()
            guard linked else {
                if failure == EEXIST { throw .backupExists(path: destination) }
                throw .backupFailed(path: destination, reason: String(cString: strerror(failure)))
            }
        }
        let size = (try? manager.attributesOfItem(atPath: destination))?[.size] as? NSNumber
        return size?.int64Value ?? 0
    }

    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    static func backupError(_ error: any Error, destination: String) -> StoreError {
        switch map(error, path: destination) {
        case .diskFull: return .backupFailed(path: destination, reason: "the disk is full")
        case .readOnly, .cannotCreate: return .backupFailed(path: destination, reason: "the folder is not writable")
        case .database(_, let message): return .backupFailed(path: destination, reason: message)
        case let other: return .backupFailed(path: destination, reason: other.description)
        }
    }

    // MARK: - Forgetting a candidate

    private static let candidateRows = CandidateRecords.countQueries(placeholder: "?")

    public func records(of candidate: String) throws(StoreError) -> CandidateRecords {
        try read { db in try Self.records(db, candidate: candidate).records }
    }

    public func forget(candidate: String) throws(StoreError) -> CandidateErasure {
        try writeWithoutTransaction { db in
            // Freed pages are zeroed too, so nothing survives even before VACUUM rewrites the file.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            var removed = CandidateRecords(candidate: candidate, counts: [])
            try db.inTransaction(.immediate) {
                let (id, records) = try Self.records(db, candidate: candidate)
                try db.execute(sql: "DELETE FROM candidate WHERE id = ?", arguments: [id])
                removed = records
                return .commit
            }
            try db.execute(sql: "VACUUM")
            let logEmptied: Bool
            do {
                _ = try db.checkpoint(.truncate)
                logEmptied = true
            } catch {
                logEmptied = false
            }
            return CandidateErasure(removed: removed, logEmptied: logEmptied)
        }
    }

    private static func records(_ db: Database, candidate: String) throws -> (id: Int64, records: CandidateRecords) {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM candidate WHERE name = ?", arguments: [candidate]) else {
            throw StoreError.unknownCandidate(candidate)
        }
        let counts = try candidateRows.map { kind, sql in
            CandidateRecords.Count(kind: kind, count: try Int.fetchOne(db, sql: sql, arguments: [id]) ?? 0)
        }
        return (id, CandidateRecords(candidate: candidate, counts: counts))
    }
}
