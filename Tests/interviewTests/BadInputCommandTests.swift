import Foundation
import GRDB
import Testing

/// quality.md's bad-input catalogue, where the existing tests left gaps: each case is one line,
/// exit 1, and proof that nothing was written (no database created, or the file unchanged).
@Suite("Bad input writes nothing (the built executable)")
struct BadInputCommandTests {
    let folder: URL
    let database: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-bad-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("db.sqlite").path
        for name in ["rubrics", "sessions"] {
            try FileManager.default.copyItem(at: InterviewRunner.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
    }

    var runner: InterviewRunner { InterviewRunner(directory: folder, environment: ["INTERVIEW_DB": database]) }

    func start(_ blueprint: String = "screen-30") throws -> InterviewRunner.Result {
        try runner.run(["start", "--blueprint", blueprint, "--candidate", "Ada", "--interviewer", "alice", "--seed", "1"], stdin: "")
    }

    func edit(_ file: String, _ change: (String) -> String) throws {
        let url = folder.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("a broken bank (malformed YAML, an unknown field, a duplicate id) stops start before a database exists")
    func brokenBank() throws {
        try edit("rubrics/async.yaml") { $0 + "questions:\n  - id: [unclosed\n" }
        let malformed = try start()
        #expect(malformed.status == 1)
        #expect(malformed.stderr.hasPrefix("Error: rubrics/async.yaml:"))
        #expect(malformed.stderr.contains(": YAML syntax: "))
        #expect(malformed.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: database))

        try FileManager.default.removeItem(at: folder.appendingPathComponent("rubrics/async.yaml"))
        try FileManager.default.copyItem(
            at: InterviewRunner.packageRoot.appendingPathComponent("rubrics/async.yaml"), to: folder.appendingPathComponent("rubrics/async.yaml"))
        try edit("rubrics/memory.yaml") { $0.replacingOccurrences(of: "    red_flags:", with: "    red_flag:") }
        let unknownField = try start()
        #expect(unknownField.status == 1)
        #expect(unknownField.stderr.contains("unknown field 'red_flag' (did you mean 'red_flags'?)"))
        #expect(!FileManager.default.fileExists(atPath: database))

        try edit("rubrics/memory.yaml") { $0.replacingOccurrences(of: "    red_flag:", with: "    red_flags:") }
        // The second question of memory.yaml takes the first one's id (and so do references to it).
        let memory = try String(contentsOf: folder.appendingPathComponent("rubrics/memory.yaml"), encoding: .utf8)
        let ids = memory.split(separator: "\n").filter { $0.hasPrefix("  - id: ") }.map { String($0.dropFirst(8)) }
        try edit("rubrics/memory.yaml") { $0.replacingOccurrences(of: ids[1], with: ids[0]) }
        let duplicate = try start()
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.hasPrefix("Error: rubrics/memory.yaml:"))
        #expect(duplicate.stderr.split(separator: "\n").count == 1)
        #expect(duplicate.stderr.contains(": duplicate question id '\(ids[0])' (first at rubrics/memory.yaml:7)"))
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("an unknown topic and an impossible blueprint stop start before a database exists")
    func badBlueprints() throws {
        try "id: odd\ntitle: Odd\nminutes: 30\nquestions: 2\ntopics: {astrology: 1}\n"
            .write(to: folder.appendingPathComponent("sessions/odd.yaml"), atomically: true, encoding: .utf8)
        let unknownTopic = try start("odd")
        #expect(unknownTopic.status == 1)
        #expect(unknownTopic.stderr.contains("astrology"))
        #expect(unknownTopic.stderr.filter { $0 == "\n" }.count == 1)
        try "id: huge\ntitle: Huge\nminutes: 600\nquestions: 60\ntopics: {async: 60}\n"
            .write(to: folder.appendingPathComponent("sessions/huge.yaml"), atomically: true, encoding: .utf8)
        let impossible = try start("huge")
        #expect(impossible.status == 1)
        #expect(impossible.stderr.contains("async lacks "))
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("a database from a newer version is refused by every command, byte for byte untouched")
    func newerVersion() throws {
        #expect(try start().status == 0)
        let queue = try DatabaseQueue(path: database)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let message = "Error: \(database): written by a newer version of interview; upgrade interview to open it (the file was not changed)\n"
        for arguments in [["sessions"], ["db", "check"], ["db", "backup", folder.appendingPathComponent("b.sqlite").path], ["candidate", "forget", "Ada", "--yes"],
            ["score", "1", "--question", "x", "--interviewer", "bob", "--note", "n"]]
        {
            let result = try runner.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr == message, "\(arguments)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.sqlite").path))
    }

    @Test("a missing folder for --db is one line and creates nothing")
    func missingFolder() throws {
        let path = folder.appendingPathComponent("absent/db.sqlite").path
        let result = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "alice", "--db", path], stdin: "")
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(path): cannot create the database: the folder \(folder.appendingPathComponent("absent").path) does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("absent").path))
    }

    // MARK: - Real read-only and full file systems (root can mount a tmpfs; elsewhere these are skipped)

    static let canMount: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("interview-mount-probe-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? shell("mount -t tmpfs -o size=64k tmpfs '\(probe.path)'"))?.status == 0 else { return false }
        _ = try? shell("umount '\(probe.path)'")
        return true
    }()

    @discardableResult
    static func shell(_ command: String) throws -> InterviewRunner.Result {
        try InterviewRunner.run(executable: "/bin/sh", ["-c", command])
    }

    func withTmpfs(size: String, _ body: (URL) throws -> Void) throws {
        let mountPoint = folder.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        #expect(try Self.shell("mount -t tmpfs -o size=\(size) tmpfs '\(mountPoint.path)'").status == 0)
        defer { _ = try? Self.shell("umount '\(mountPoint.path)'") }
        try body(mountPoint)
    }

    func noteCount(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM note") ?? 0 }
    }

    @Test("a read-only file system (tmpfs remounted ro): recording is refused in one line, nothing changes", .enabled(if: canMount))
    func readOnlyFileSystem() throws {
        try withTmpfs(size: "4m") { mount in
            let path = mount.appendingPathComponent("db.sqlite").path
            let local = InterviewRunner(directory: folder, environment: ["INTERVIEW_DB": path])
            #expect(try local.run(["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "alice", "--seed", "1"], stdin: "note first\n").status == 0)
            let question = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "SELECT question_id FROM session_question WHERE position = 0") } ?? ""
            #expect(try Self.shell("mount -o remount,ro '\(mount.path)'").status == 0)
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            // Reading works when SQLite finds the -shm file it needs and fails (in one line) when it must create it.
            let listing = try local.run(["sessions"])
            #expect(listing.status == 0 || listing.stderr == "Error: \(path): the database is read-only; nothing was recorded\n")
            let result = try local.run(["score", "1", "--question", question, "--interviewer", "bob", "--note", "n"])
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(path): the database is read-only; nothing was recorded\n")
            let created = try local.run(["start", "--blueprint", "screen-30", "--candidate", "Bo", "--interviewer", "alice", "--db", mount.appendingPathComponent("new.sqlite").path], stdin: "")
            #expect(created.status == 1)
            #expect(created.stderr.hasPrefix("Error: \(mount.appendingPathComponent("new.sqlite").path): cannot create the database: "))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("a full disk (a small tmpfs filled up): recording is refused in one line, nothing is lost", .enabled(if: canMount))
    func fullDisk() throws {
        try withTmpfs(size: "2m") { mount in
            let path = mount.appendingPathComponent("db.sqlite").path
            let local = InterviewRunner(directory: folder, environment: ["INTERVIEW_DB": path])
            #expect(try local.run(["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "alice", "--seed", "1"], stdin: "note first\n").status == 0)
            let question = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "SELECT question_id FROM session_question WHERE position = 0") } ?? ""
            _ = try Self.shell("dd if=/dev/zero of='\(mount.path)/filler' bs=4k 2>/dev/null")
            let big = String(repeating: "all work and no play ", count: 5_000)
            let result = try local.run(["score", "1", "--question", question, "--interviewer", "bob", "--note", big])
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(path): the disk is full; nothing was recorded\n")
            try FileManager.default.removeItem(atPath: mount.appendingPathComponent("filler").path)
            #expect(try noteCount(path) == 1)
            #expect(try local.run(["db", "check"]).status == 0)
        }
    }
}
