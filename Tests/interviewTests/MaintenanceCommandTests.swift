import Foundation
import GRDB
import Testing

/// `db check`, `db backup` and `candidate forget` through the built binary.
@Suite("interview db / candidate forget (the built executable)")
struct MaintenanceCommandTests {
    let folder: URL
    let database: String
    let runner: InterviewRunner

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-maint-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("db.sqlite").path
        runner = InterviewRunner(environment: ["INTERVIEW_DB": database])
    }

    func permissions(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Zoë (notes, a follow-up and a summary that name her) and Bo, one session each.
    func populate() throws {
        let zoe = try runner.run(
            ["start", "--blueprint", "screen-30", "--candidate", "Zoë Secretname", "--interviewer", "alice", "--seed", "4"],
            stdin: "f asked Zoë Secretname about epoll\nnote Zoë Secretname private remark\ns 3 3 3 3\nn\nrec yes\n")
        #expect(zoe.status == 0, "\(zoe.stderr)")
        let bo = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Bo", "--interviewer", "alice", "--seed", "5"], stdin: "note Bo remark\n")
        #expect(bo.status == 0, "\(bo.stderr)")
    }

    func rawBytes() -> Data {
        ["", "-wal"].reduce(into: Data()) { data, suffix in data += FileManager.default.contents(atPath: database + suffix) ?? Data() }
    }

    @Test("db check prints one ok line; an orphan row exits 1 naming it")
    func check() throws {
        try populate()
        let ok = try runner.run(["db", "check"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout == "ok: integrity ok, no orphan rows, schema v1 (current); 2 candidates, 2 sessions\n")
        let queue = try DatabaseQueue(path: database)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "DELETE FROM interviewer WHERE name = 'alice'")
        }
        try queue.close()
        let bad = try runner.run(["db", "check"])
        #expect(bad.status == 1)
        #expect(bad.stdout == "")
        #expect(bad.stderr.hasPrefix("foreign key: "))
        #expect(bad.stderr.contains(" refers to a missing interviewer\n"))
        let missing = try runner.run(["db", "check", "--db", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))
    }

    @Test("db backup writes a private consistent copy and refuses to overwrite without --force")
    func backup() throws {
        try populate()
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let first = try runner.run(["db", "backup", copy])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("backed up \(database) to \(copy) ("))
        #expect(permissions(copy) == 0o600)
        let checked = try runner.run(["db", "check", "--db", copy])
        #expect(checked.stdout == "ok: integrity ok, no orphan rows, schema v1 (current); 2 candidates, 2 sessions\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let again = try runner.run(["db", "backup", copy])
        #expect(again.status == 1)
        #expect(again.stderr == "Error: \(copy): already exists; pass --force to replace it (nothing was written)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        let forced = try runner.run(["db", "backup", copy, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let nowhere = try runner.run(["db", "backup", "/nonexistent/copy.sqlite"])
        #expect(nowhere.stderr == "Error: /nonexistent/copy.sqlite: cannot write the backup: the folder /nonexistent does not exist\n")
    }

    @Test("forget refuses without --yes off a terminal; with --yes no text of the candidate is left in the file")
    func forget() throws {
        try populate()
        #expect(rawBytes().range(of: Data("Secretname private remark".utf8)) != nil)
        let refused = try runner.run(["candidate", "forget", "Zoë Secretname"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "Error: refusing to erase 'Zoë Secretname' without --yes (standard input is not a terminal); nothing was erased\n")
        let unknown = try runner.run(["candidate", "forget", "Nobody", "--yes"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Error: unknown candidate 'Nobody'\n")
        let forgot = try runner.run(["candidate", "forget", "Zoë Secretname", "--yes"])
        #expect(forgot.status == 0, "\(forgot.stderr)")
        #expect(forgot.stdout.hasPrefix("forgot 'Zoë Secretname': removed the candidate and 1 session, 4 questions, 4 scores, "))
        #expect(forgot.stderr == "")
        let bytes = rawBytes()
        for text in ["Secretname", "private remark", "about epoll"] {
            #expect(bytes.range(of: Data(text.utf8)) == nil, "'\(text)' is still in the file")
        }
        #expect(bytes.range(of: Data("Bo remark".utf8)) != nil)
        let check = try runner.run(["db", "check"])
        #expect(check.stdout == "ok: integrity ok, no orphan rows, schema v1 (current); 1 candidate, 1 session\n")
        #expect(permissions(database) == 0o600)
    }

    @Test("on a terminal forget asks for the name: a wrong name erases nothing, the right one erases", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func forgetOnTerminal() throws {
        try populate()
        // script(1) runs the command on a pseudo-terminal, with our pipe as what is typed.
        func typed(_ answer: String) throws -> InterviewRunner.Result {
            let command = "\(InterviewRunner.binary.path) candidate forget Bo"
            return try InterviewRunner.run(executable: "/usr/bin/script", ["-qec", command, "/dev/null"], stdin: answer + "\n", environment: ["INTERVIEW_DB": database])
        }
        let wrong = try typed("bo")
        #expect(wrong.stdout.contains("This erases the candidate and 1 session, "))
        #expect(wrong.stdout.contains("Type the candidate's name to confirm: "))
        #expect(wrong.stdout.contains("Error: the name did not match; nothing was erased"))
        #expect(try runner.run(["sessions", "--candidate", "Bo", "--format", "json"]).stdout.contains("\"Bo\""))
        let right = try typed("Bo")
        #expect(right.stdout.contains("forgot 'Bo': removed the candidate and 1 session, "))
        #expect(try runner.run(["sessions", "--candidate", "Bo", "--format", "json"]).stdout.contains("\"Bo\"") == false)
    }
}
