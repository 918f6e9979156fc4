import Foundation
import GRDB
import Testing

@testable import InterviewKit

@Suite("SQLite store")
struct SQLiteStoreTests {
    func permissions(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("a new file database is 0600 in WAL mode with full sync and foreign keys")
    func createsPrivateWALFile() throws {
        let folder = TemporaryFolder()
        let path = folder.url("db.sqlite")
        let store = try SQLiteStore.open(DatabaseLocation(path: path))
        #expect(permissions(path) == 0o600)
        let (journal, synchronous, foreignKeys) = try store.reader.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(journal == "wal")
        #expect(synchronous == 2)
        #expect(foreignKeys == 1)
    }

    @Test("the default location's folders are created 0700")
    func defaultLocation() throws {
        let folder = TemporaryFolder()
        let location = DatabaseLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": folder.url("data"), "HOME": "/nowhere"])
        #expect(location.path == folder.url("data/interview/interview.sqlite"))
        _ = try SQLiteStore.open(location)
        #expect(permissions(folder.url("data/interview")) == 0o700)
        #expect(permissions(location.path) == 0o600)
    }

    @Test("--db wins over INTERVIEW_DB, which wins over XDG_DATA_HOME, then HOME")
    func resolution() {
        #expect(DatabaseLocation.resolve(option: "a.sqlite", environment: ["INTERVIEW_DB": "b.sqlite"]).path == "a.sqlite")
        #expect(DatabaseLocation.resolve(option: nil, environment: ["INTERVIEW_DB": "b.sqlite"]).path == "b.sqlite")
        #expect(DatabaseLocation.resolve(option: nil, environment: ["HOME": "/home/x"]).path == "/home/x/.local/share/interview/interview.sqlite")
    }

    @Test("an explicit path in a missing folder is refused in one line")
    func missingFolder() {
        #expect(throws: StoreError.cannotCreate(path: "/nonexistent/dir/db.sqlite", reason: "the folder /nonexistent/dir does not exist")) {
            try SQLiteStore.open(DatabaseLocation(path: "/nonexistent/dir/db.sqlite"))
        }
    }

    @Test("a file that is not a database is refused and left as it was")
    func notADatabase() throws {
        let folder = TemporaryFolder()
        let path = folder.write("junk.sqlite", String(repeating: "this is not sqlite\n", count: 300))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteStore.open(DatabaseLocation(path: path)) }
        #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteStore.open(DatabaseLocation(path: path), mode: .readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a database from a newer version is refused and not altered")
    func newerSchema() throws {
        let folder = TemporaryFolder()
        let path = folder.url("db.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path)) { try SQLiteStore.open(DatabaseLocation(path: path)) }
        #expect(throws: StoreError.newerSchema(path: path)) { try SQLiteStore.open(DatabaseLocation(path: path), mode: .readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("read-only mode refuses a missing file without creating it")
    func readOnlyMissing() {
        let folder = TemporaryFolder()
        let path = folder.url("none.sqlite")
        #expect(throws: StoreError.missingDatabase(path: path)) { try SQLiteStore.open(DatabaseLocation(path: path), mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("the scored mark that triggers keep (v7) agrees with counting the scores, as scores come and go")
    func scoredMarkAgreesWithCounting() throws {
        let folder = TemporaryFolder()
        let path = folder.url("db.sqlite")
        let store = try SQLiteStore.open(DatabaseLocation(path: path))
        let at = SessionFixture.start + 30
        let first = try store.createSession(SessionFixture.newSession())
        let second = try store.createSession(SessionFixture.newSession())
        let all = ["correctness": 3, "depth": 2, "tradeoffs": 4, "communication": 3]
        try store.record(.score(all), session: first, question: "async/a", interviewer: "alice", at: at)
        try store.record(.score(["correctness": 2]), session: first, question: "async/b", interviewer: "alice", at: at)
        try store.record(.score(["correctness": 2, "depth": 2]), session: second, question: "async/a", interviewer: "alice", at: at)
        try store.record(.score(all), session: second, question: "async/a", interviewer: "bob", at: at)
        try store.record(.score(all), session: second, question: "memory/a", interviewer: "bob", at: at)
        // Scored again: an update, not a new row.
        try store.record(.score(["depth": 4]), session: second, question: "memory/a", interviewer: "bob", at: at)
        func rows(_ sql: String) throws -> [[Int64]] {
            try store.reader.read { db in
                try Row.fetchAll(db, sql: sql + " ORDER BY s.id").map { [$0["id"], $0["questions"], $0["scored"]] }
            }
        }
        #expect(try rows(SessionSQL.markedSummaries(planned: "NULL")) == [[first, 3, 1], [second, 3, 2]])
        #expect(try rows(SessionSQL.markedSummaries(planned: "NULL")) == rows(SessionSQL.summaries(planned: "NULL")))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM score WHERE interviewer_id = (SELECT id FROM interviewer WHERE name = 'bob') AND criterion = 'depth'")
        }
        #expect(try rows(SessionSQL.markedSummaries(planned: "NULL")) == [[first, 3, 1], [second, 3, 0]])
        #expect(try rows(SessionSQL.markedSummaries(planned: "NULL")) == rows(SessionSQL.summaries(planned: "NULL")))
        // The migration's own backfill gives the same marks.
        try queue.write { db in
            try db.execute(sql: "UPDATE session_question SET scored = 1 - scored")
            try db.execute(sql: String(Migrations.v7.split(separator: ";")[1]))
        }
        #expect(try rows(SessionSQL.markedSummaries(planned: "NULL")) == rows(SessionSQL.summaries(planned: "NULL")))
        try queue.close()
    }

    @Test("a session is recorded with its snapshot, and listed with its panel", arguments: Engine.all)
    func createAndList(engine: Engine) throws {
        try engine.withStore { store in
            let id = try store.createSession(SessionFixture.newSession())
            let sessions = try store.sessions(candidate: nil)
            #expect(sessions == [
                SessionSummary(
                    id: id, candidate: "Ada", blueprint: "small", status: .open, startedAt: SessionFixture.start, finishedAt: nil,
                    interviewers: ["alice"], questions: 3, scored: 0)
            ])
            #expect(try store.sessions(candidate: "Bob").isEmpty)
        }
    }

    @Test("exposure counts sessions per question; history ranks a candidate's questions by recency", arguments: Engine.all)
    func exposureAndHistory(engine: Engine) throws {
        try engine.withStore { store in
            _ = try store.createSession(SessionFixture.newSession(ids: ["async/a", "async/b"]))
            _ = try store.createSession(SessionFixture.newSession(candidate: "Bo", ids: ["async/a"], at: SessionFixture.start + 60))
            _ = try store.createSession(SessionFixture.newSession(ids: ["memory/a", "async/b"], at: SessionFixture.start + 120))
            #expect(try store.exposure() == ["async/a": 2, "async/b": 2, "memory/a": 1])
            #expect(try store.history(candidate: "Ada") == ["async/a": 1, "async/b": 2, "memory/a": 3])
            #expect(try store.history(candidate: "Bo") == ["async/a": 1])
            #expect(try store.history(candidate: "Nobody") == [:])
        }
    }

    @Test("names that look like SQL are stored and read back verbatim", arguments: Engine.all)
    func injection(engine: Engine) throws {
        try engine.withStore { store in
            let name = "Robert'); DROP TABLE score;--"
            _ = try store.createSession(SessionFixture.newSession(candidate: name, interviewer: "x\"; DELETE FROM session;"))
            let sessions = try store.sessions(candidate: name)
            #expect(sessions.first?.candidate == name)
            #expect(sessions.first?.interviewers == ["x\"; DELETE FROM session;"])
        }
    }

    @Test("the schema refuses a score outside its question's scale")
    func scoreCheck() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.createSession(SessionFixture.newSession())
        #expect(throws: (any Error).self) {
            try store.write { db in
                try db.execute(sql: "INSERT INTO score VALUES (1, 1, 'depth', 5, 0.25, '2026-01-01')")
            }
        }
        try store.write { db in try db.execute(sql: "INSERT INTO score VALUES (1, 1, 'depth', 4, 0.25, '2026-01-01')") }
    }
}

@Suite("SQLite store migrations")
struct MigrationTests {
    /// A file made by the first schema version, holding the candidate Ada.
    static func firstVersionDatabase(in folder: TemporaryFolder) throws -> String {
        let path = folder.url("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO candidate (name, created_at) VALUES ('Ada', '2026-01-01 00:00:00.000')")
        }
        return path
    }

    @Test("a database made by the first schema version, with data, opens and is brought up to date")
    func upgradesFirstVersion() throws {
        let folder = TemporaryFolder()
        let path = try Self.firstVersionDatabase(in: folder)
        let store = try SQLiteStore.open(DatabaseLocation(path: path))
        let applied = try store.reader.read { db in try Migrations.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(Migrations.migrator.migrations))
        #expect(try store.reader.read { db in try String.fetchOne(db, sql: "SELECT name FROM candidate") } == "Ada")
    }

    @Test("a first-version database opens read-only without the index-only migration, and reads the same")
    func readsWithoutOptionalIndex() throws {
        let folder = TemporaryFolder()
        let path = try Self.firstVersionDatabase(in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try SQLiteStore.open(DatabaseLocation(path: path), mode: .readOnly)
        #expect(try reader.sessions(ofCandidate: "Ada").isEmpty)
        #expect(try reader.topicsInUse(recentSessions: 500).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let writer = try SQLiteStore.open(DatabaseLocation(path: path))
        let indexes = try writer.reader.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") }
        #expect(indexes.contains("session_question_by_topic"))
        #expect(!indexes.contains("session_question_topics"))
    }
}
