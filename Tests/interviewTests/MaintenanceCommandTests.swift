import Foundation
import GRDB
import Testing

/// `db check`, `db backup` and `candidate forget` through the built binary, on SQLite and on
/// PostgreSQL.
@Suite("interview db / candidate forget (the built executable)")
struct MaintenanceCommandTests {
    func permissions(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Zoë (notes, a follow-up and a summary that name her) and Bo, one session each.
    func populate(_ runner: InterviewRunner) throws {
        let zoe = try runner.run(
            ["start", "--blueprint", "screen-30", "--candidate", "Zoë Secretname", "--interviewer", "alice", "--seed", "4"],
            stdin: "f asked Zoë Secretname about epoll\nnote Zoë Secretname private remark\ns 3 3 3 3\nn\nrec yes\n")
        #expect(zoe.status == 0, "\(zoe.stderr)")
        let bo = try runner.run(["start", "--blueprint", "screen-30", "--candidate", "Bo", "--interviewer", "alice", "--seed", "5"], stdin: "note Bo remark\n")
        #expect(bo.status == 0, "\(bo.stderr)")
    }

    func schema(_ engine: Engine) -> String { engine == .sqlite ? "v8-adaptive" : "v4-adaptive" }

    @Test("db check prints one ok line; an orphan row exits 1 naming it", arguments: Engine.all)
    func check(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            try populate(runner)
            let ok = try runner.run(["db", "check"])
            #expect(ok.status == 0, "\(ok.stderr)")
            #expect(ok.stdout == "ok: integrity ok, no orphan rows, schema \(schema(engine)) (current); 2 candidates, 2 sessions\n")
            // The server enforces foreign keys itself: an orphan row can only be made in a SQLite file.
            guard engine == .sqlite else { return }
            let queue = try DatabaseQueue(path: database.address)
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
    }

    @Test("db backup writes a private consistent copy and refuses to overwrite without --force", arguments: Engine.all)
    func backup(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let folder = database.folder
            try populate(runner)
            let copy = folder.appendingPathComponent("copy.sqlite").path
            guard engine == .sqlite else {
                let refused = try runner.run(["db", "backup", copy])
                #expect(refused.status == 1)
                #expect(refused.stderr.hasPrefix("Error: \(database.address): "), "\(refused.stderr)")
                #expect(refused.stderr.contains("pg_dump"))
                #expect(!FileManager.default.fileExists(atPath: copy))
                return
            }
            let first = try runner.run(["db", "backup", copy])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stderr.hasPrefix("backed up \(database.address) to \(copy) ("))
            #expect(permissions(copy) == 0o600)
            let checked = try runner.run(["db", "check", "--db", copy])
            #expect(checked.stdout == "ok: integrity ok, no orphan rows, schema \(schema(engine)) (current); 2 candidates, 2 sessions\n")
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
    }

    @Test("forget refuses without --yes off a terminal; with --yes no text of the candidate is left in the file", arguments: Engine.all)
    func forget(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            try populate(runner)
            #expect(try database.contains("Secretname private remark"))
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
            for text in ["Secretname", "private remark", "about epoll"] {
                #expect(try !database.contains(text), "'\(text)' is still in the database")
            }
            #expect(try database.contains("Bo remark"))
            let check = try runner.run(["db", "check"])
            #expect(check.stdout == "ok: integrity ok, no orphan rows, schema \(schema(engine)) (current); 1 candidate, 1 session\n")
            if engine == .sqlite { #expect(permissions(database.address) == 0o600) }
        }
    }

    @Test("on a terminal forget asks for the name: a wrong name erases nothing, the right one erases", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")), arguments: Engine.all)
    func forgetOnTerminal(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            try populate(runner)
            // script(1) runs the command on a pseudo-terminal, with our pipe as what is typed.
            func typed(_ answer: String) throws -> InterviewRunner.Result {
                let command = "\(InterviewRunner.binary.path) candidate forget Bo"
                return try InterviewRunner.run(executable: "/usr/bin/script", ["-qec", command, "/dev/null"], stdin: answer + "\n", environment: ["INTERVIEW_DB": database.address])
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
}
