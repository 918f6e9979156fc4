import Foundation
import GRDB
import Testing

@testable import InterviewKit

/// `db check`, `db backup` and `candidate forget` through the library, on real files.
@Suite("Store maintenance: check, backup, forget")
struct MaintenanceStoreTests {
    let folder = TemporaryFolder()
    let at = SessionFixture.start + 30

    func permissions(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Ada (two sessions, marked up by alice and bob) and Bo (one session) in a file database.
    func populated(_ name: String = "db.sqlite") throws -> SQLiteStore {
        let store = try SQLiteStore.open(DatabaseLocation(path: folder.url(name)))
        try fill(store)
        return store
    }

    /// Records Ada's and Bo's sessions into a store of either engine.
    func fill(_ store: any SessionStore) throws {
        for (candidate, offset) in [("Ada Lovelace", 0.0), ("Bo", 60), ("Ada Lovelace", 120)] {
            let id = try store.createSession(SessionFixture.newSession(candidate: candidate, at: SessionFixture.start + offset))
            try store.record(
                [
                    .score(["correctness": 3, "depth": 2, "tradeoffs": 4, "communication": 3]), .cover([0, 2], covered: true),
                    .followUp(id: nil, text: "\(candidate) follow-up about io_uring"), .redFlag([1], on: true),
                    .note("\(candidate) note: knew the reactor well"),
                ], session: id, question: "async/a", interviewer: "alice", at: at + offset)
            try store.record(.skip(reason: "no time"), session: id, question: "memory/a", interviewer: "bob", at: at + offset)
            try store.record(.note("session-wide note on \(candidate)"), session: id, question: nil, interviewer: "bob", at: at + offset)
            try store.finish(session: id, interviewer: "alice", recommendation: .yes, summary: "\(candidate) summary", at: at + offset)
        }
    }

    func rawBytes(_ path: String) -> Data {
        ["", "-wal"].reduce(into: Data()) { data, suffix in data += FileManager.default.contents(atPath: path + suffix) ?? Data() }
    }

    func contains(_ data: Data, _ text: String) -> Bool { data.range(of: Data(text.utf8)) != nil }

    // MARK: - Check

    @Test("a healthy database checks clean and says what it holds", arguments: Engine.all)
    func checkHealthy(engine: Engine) throws {
        try engine.withStore { store in
            try fill(store)
            let check = try store.check()
            let version = engine == .sqlite ? "v8-adaptive" : "v4-adaptive"
            #expect(check.isHealthy)
            #expect(check.problems.isEmpty)
            #expect(check.appliedVersions.last == version)
            #expect(check.summary == "ok: integrity ok, no orphan rows, schema \(version) (current); 2 candidates, 3 sessions")
        }
    }

    @Test("an orphan row is named by table, row and missing parent")
    func checkOrphan() throws {
        let path = folder.url("db.sqlite")
        _ = try populated()
        let queue = try DatabaseQueue(path: path)  // foreign keys are not enforced on this connection
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO note (id, session_id, interviewer_id, text, recorded_at) VALUES (900, 77, 1, 'x', '2026-01-01')")
        }
        try queue.close()
        let check = try SQLiteStore.open(DatabaseLocation(path: path), mode: .readOnly).check()
        #expect(!check.isHealthy)
        #expect(check.problems == ["foreign key: note row 900 refers to a missing session"])
    }

    @Test("schema versions the build does not know, or lacks, are each one line")
    func schemaLines() {
        let check = DatabaseCheck(
            integrity: ["*** in database main ***", "Page 4: btreeInitPage() returns error code 11"], orphans: [],
            appliedVersions: ["v1", "v9"], knownVersions: ["v1", "v2"], candidates: 0, sessions: 0)
        #expect(check.problems == [
            "integrity: *** in database main ***", "integrity: Page 4: btreeInitPage() returns error code 11",
            "schema: written by a newer version of interview (unknown versions: v9)",
            "schema: needs an upgrade (missing versions: v2)",
        ])
    }

    @Test("a damaged page is reported by the integrity check")
    func checkCorrupt() throws {
        let path = folder.url("db.sqlite")
        _ = try populated()
        // Checkpoint into the main file, then overwrite the cell area of the note table's page.
        let queue = try DatabaseQueue(path: path)
        let page = try queue.writeWithoutTransaction { db in
            _ = try db.checkpoint(.truncate)
            return try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'note'") ?? 0
        }
        try queue.close()
        #expect(page > 1)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        for offset in ((page - 1) * pageSize + 3000)..<(page * pageSize) { bytes[offset] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        let check = try SQLiteStore.open(DatabaseLocation(path: path), mode: .readOnly).check()
        #expect(!check.isHealthy)
        #expect(check.problems.first?.hasPrefix("integrity: ") == true)
    }

    // MARK: - Backup

    @Test("a backup taken while another connection writes is a consistent, private copy")
    func backupWhileWriting() throws {
        let store = try populated()
        let writer = try SQLiteStore.open(DatabaseLocation(path: folder.url("db.sqlite")))
        let done = DispatchSemaphore(value: 0)
        final class Box: @unchecked Sendable { var written = 0 }
        let box = Box()
        DispatchQueue.global().async {
            for index in 0..<300 {
                try? writer.record(.note("busy \(index)"), session: 2, question: "async/b", interviewer: "carol", at: Date())
                box.written = index + 1
            }
            done.signal()
        }
        let destination = folder.url("copy.sqlite")
        let bytes = try store.backup(to: destination, replacing: false)
        done.wait()
        #expect(bytes > 0)
        #expect(permissions(destination) == 0o600)
        let copy = try SQLiteStore.open(DatabaseLocation(path: destination), mode: .readOnly)
        #expect(try copy.check().isHealthy)
        let notes = try copy.session(2).question("async/b")?.marks(of: "carol").notes.map(\.text) ?? []
        // A prefix of the writes: each note committed before the copy began, none half-written.
        #expect(notes == (0..<notes.count).map { "busy \($0)" })
        #expect(box.written == 300)
        #expect(try copy.sessions(candidate: "Ada Lovelace").count == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test("an existing file is kept without replacing; with it, replaced by a private copy")
    func backupOverwrite() throws {
        let store = try populated()
        let destination = folder.write("copy.sqlite", "precious")
        chmod(destination, 0o644)
        #expect(throws: StoreError.backupExists(path: destination)) { try store.backup(to: destination, replacing: false) }
        #expect(FileManager.default.contents(atPath: destination) == Data("precious".utf8))
        _ = try store.backup(to: destination, replacing: true)
        #expect(permissions(destination) == 0o600)
        #expect(try SQLiteStore.open(DatabaseLocation(path: destination), mode: .readOnly).check().sessions == 3)
    }

    @Test("a missing folder and the database itself are refused in one line")
    func backupRefusals() throws {
        let store = try populated()
        #expect(throws: StoreError.backupFailed(path: "/nonexistent/copy.sqlite", reason: "the folder /nonexistent does not exist")) {
            try store.backup(to: "/nonexistent/copy.sqlite", replacing: false)
        }
        #expect(throws: StoreError.backupFailed(path: store.path, reason: "that is the database itself")) {
            try store.backup(to: store.path, replacing: true)
        }
        #expect(StoreError.backupExists(path: "b.sqlite").description == "b.sqlite: already exists; pass --force to replace it (nothing was written)")
    }

    // MARK: - Forget

    @Test("forget removes every row about the candidate, keeps the others, and leaves no orphan", arguments: Engine.all)
    func forgetCounts(engine: Engine) throws {
        try engine.withStore { store in
            try fill(store)
            let before = try store.records(of: "Ada Lovelace")
            let erasure = try store.forget(candidate: "Ada Lovelace")
            #expect(erasure.removed == before)
            #expect(erasure.logEmptied)
            let counts = Dictionary(uniqueKeysWithValues: erasure.removed.counts.map { ($0.kind, $0.count) })
            #expect(counts == [
                "session": 2, "question": 6, "score": 8, "covered point": 4, "follow-up": 2, "red flag": 2, "skip": 2, "note": 4,
                "recommendation": 2, "panel seat": 4,
            ])
            #expect(erasure.removed.description
                == "the candidate and 2 sessions, 6 questions, 8 scores, 4 covered points, 2 follow-ups, 2 red flags, 2 skips, 4 notes, 2 recommendations, 4 panel seats")
            #expect(throws: StoreError.unknownCandidate("Ada Lovelace")) { try store.records(of: "Ada Lovelace") }
            #expect(try store.sessions(candidate: nil).map(\.candidate) == ["Bo"])
            #expect(try store.records(of: "Bo").count(of: "note") == 2)
            let check = try store.check()
            #expect(check.isHealthy, "\(check.problems)")
            #expect(check.candidates == 1)
            // Interviewers stay.
            if let sqlite = store as? SQLiteStore {
                #expect(try sqlite.read { db in try String.fetchAll(db, sql: "SELECT name FROM interviewer ORDER BY name") } == ["alice", "bob"])
            } else {
                #if PostgreSQL
                    let postgres = try #require(store as? PostgresStore)
                    #expect(try postgres.integer(unsafeSQL: "SELECT COUNT(*) FROM interviewer") == 2)
                #endif
            }
        }
    }

    @Test("after forget none of the candidate's text is left in the database file or its log")
    func forgetLeavesNoText() throws {
        let store = try populated()
        let path = store.path
        #expect(contains(rawBytes(path), "Ada Lovelace note: knew the reactor"))
        _ = try store.forget(candidate: "Ada Lovelace")
        let bytes = rawBytes(path)
        for text in ["Ada Lovelace", "Ada Lovelace note", "Ada Lovelace follow-up", "Ada Lovelace summary", "session-wide note on Ada"] {
            #expect(!contains(bytes, text), "'\(text)' is still in the file")
        }
        #expect(contains(bytes, "Bo note: knew the reactor well"))
        #expect((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? NSNumber ?? 0 == 0)
        #expect(permissions(path) == 0o600)
    }

    @Test("an unknown candidate is refused and nothing changes", arguments: Engine.all)
    func forgetUnknown(engine: Engine) throws {
        try engine.withStore { store in
            try fill(store)
            #expect(throws: StoreError.unknownCandidate("Nobody")) { try store.forget(candidate: "Nobody") }
            #expect(try store.check().sessions == 3)
        }
    }

    // MARK: - Bad input: full disk, read-only connection

    @Test("a full disk (max_page_count reached) is one line and the transaction leaves nothing")
    func fullDisk() throws {
        let store = try populated()
        try store.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let big = String(repeating: "x", count: 200_000)
        #expect(throws: StoreError.diskFull(path: store.path)) {
            _ = try store.createSession(SessionFixture.newSession(candidate: "Cy", ids: (1...400).map { "async/q\($0)" }))
        }
        #expect(try store.check().sessions == 3)
        let id = try store.createSession(SessionFixture.newSession(candidate: "Cy", ids: ["async/a"]))
        #expect(throws: StoreError.diskFull(path: store.path)) {
            try store.record([.note("small first"), .note(big)], session: id, question: "async/a", interviewer: "dan", at: at)
        }
        #expect(StoreError.diskFull(path: "d.sqlite").description == "d.sqlite: the disk is full; nothing was recorded")
        let record = try store.session(id)
        #expect(record.question("async/a")?.marks(of: "dan").notes.isEmpty == true)
        #expect(!record.interviewers.contains("dan"))
        #expect(try store.check().isHealthy)
    }

    @Test("a database opened read-only refuses to record, forget or migrate, in one line")
    func readOnlyConnection() throws {
        _ = try populated()
        let store = try SQLiteStore.open(DatabaseLocation(path: folder.url("db.sqlite")), mode: .readOnly)
        #expect(throws: StoreError.readOnly(path: store.path)) {
            try store.record(.note("x"), session: 1, question: nil, interviewer: "alice", at: at)
        }
        #expect(throws: StoreError.readOnly(path: store.path)) { try store.forget(candidate: "Bo") }
        #expect(try store.records(of: "Bo").count(of: "session") == 1)
    }
}
