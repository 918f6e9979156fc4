#if PostgreSQL
import Foundation
import Testing

@testable import InterviewKit

/// The built executable on a PostgreSQL server: a live session recorded by a panel of two login
/// roles, independent scoring enforced by the server, reports, compare, forget and db check.
///
/// Needs `INTERVIEW_TEST_POSTGRES` (see ``Engine``; `.ci/postgres` also creates the panel roles
/// `ann` and `bob` with their passwords in PGPASSFILE).
@Suite("interview on PostgreSQL (the built executable)")
struct PostgresCommandTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test func aPanelRecordsReportsComparesAndForgetsOnTheServer() throws {
        try Engine.withPostgres { admin in
            let owner = InterviewRunner(environment: ["INTERVIEW_DB": admin.description])
            let ann = InterviewRunner(environment: ["INTERVIEW_DB": admin.withUser("ann").description])
            let bob = InterviewRunner(environment: ["INTERVIEW_DB": admin.withUser("bob").description])
            // The owner creates the schema (and grants the panel group its privileges) on first use.
            try PostgresStore.open(admin, mode: .readWrite, environment: Self.environment).close()
            let empty = try owner.run(["sessions"])
            #expect(empty.status == 0 && empty.stdout.contains("no sessions"), "\(empty.stderr) \(empty.stdout)")

            let start = try ann.run(
                ["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "ann", "--seed", "5"],
                stdin: "t 1 2\nf 1\ns 3 2 4 3\nnote sharp\nn\n")
            #expect(start.status == 0, "\(start.stderr) \(start.stdout)")
            #expect(start.stdout.hasPrefix("Session 1: Ada · "))
            let questions = try owner.run(["report", "1", "--format", "json"])
            #expect(questions.status == 0, "\(questions.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(questions.stdout.utf8)) as? [String: Any]
            let first = try #require((json?["questions"] as? [[String: Any]])?.first?["id"] as? String)

            let score = try bob.run(
                ["score", "1", "--question", first, "--interviewer", "bob"]
                    + ["correctness=1", "depth=1", "tradeoffs=1", "communication=1"].flatMap { ["--score", $0] })
            #expect(score.status == 0, "\(score.stderr)")
            // Bob has not recommended: the server hides ann's marks from him.
            let bobView = try bob.run(["report", "1"])
            #expect(bobView.status == 0, "\(bobView.stderr)")
            #expect(!bobView.stdout.contains("sharp"), "\(bobView.stdout)")
            let finish = try bob.run(["finish", "1", "--interviewer", "bob", "--recommendation", "no"])
            #expect(finish.status == 0, "\(finish.stderr)")
            #expect(try bob.run(["report", "1"]).stdout.contains("sharp"))

            let compare = try owner.run(["compare", "--all"])
            #expect(compare.status == 0, "\(compare.stderr)")
            #expect(compare.stdout.contains("Ada"))
            let check = try owner.run(["db", "check"])
            #expect(check.status == 0, "\(check.stderr)")
            let forget = try owner.run(["candidate", "forget", "Ada", "--yes"])
            #expect(forget.status == 0, "\(forget.stderr)")
            #expect(try owner.run(["sessions", "--format", "json"]).stdout.contains("\"sessions\" : [\n\n  ]"))
        }
    }
}

extension PostgresCommandTests {
    @Test("db manager: the owner marks a panel member as hiring manager, who then sees every mark; no one else can")
    func hiringManager() throws {
        try Engine.withPostgres { admin in
            let owner = InterviewRunner(environment: ["INTERVIEW_DB": admin.description])
            let ann = InterviewRunner(environment: ["INTERVIEW_DB": admin.withUser("ann").description])
            let bob = InterviewRunner(environment: ["INTERVIEW_DB": admin.withUser("bob").description])
            try PostgresStore.open(admin, mode: .readWrite, environment: Self.environment).close()
            let start = try ann.run(
                ["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "ann", "--seed", "5"],
                stdin: "s 3 2 4 3\nnote ann-private-note\nn\n")
            #expect(start.status == 0, "\(start.stderr)")
            #expect(!(try bob.run(["report", "1"]).stdout.contains("ann-private-note")))

            let selfPromotion = try bob.run(["db", "manager", "bob"])
            #expect(selfPromotion.status == 1)
            #expect(selfPromotion.stderr.hasPrefix("Error: ") && selfPromotion.stderr.filter { $0 == "\n" }.count == 1, "\(selfPromotion.stderr)")
            #expect(!(try bob.run(["report", "1"]).stdout.contains("ann-private-note")))

            let noRole = try owner.run(["db", "manager", "Hiring Manager", "--login", "nobody_here"])
            #expect(noRole.status == 1)
            #expect(noRole.stderr == "Error: the PostgreSQL server has no login role 'nobody_here' (create it first: CREATE ROLE nobody_here LOGIN IN ROLE interview_panel)\n")

            let marked = try owner.run(["db", "manager", "bob"])
            #expect(marked.status == 0, "\(marked.stderr)")
            #expect(marked.stdout == "'bob' (login bob) is a hiring manager: sees every panel member's marks\n")
            let managerView = try bob.run(["report", "1"])
            #expect(managerView.stdout.contains("ann-private-note"), "\(managerView.stderr)")
            #expect(try bob.run(["compare", "--all"]).stdout.contains("Ada"))

            let unmarked = try owner.run(["db", "manager", "bob", "--remove"])
            #expect(unmarked.status == 0, "\(unmarked.stderr)")
            #expect(!(try bob.run(["report", "1"]).stdout.contains("ann-private-note")))
        }
    }

    @Test("db migrate through the binary: one summary line naming the server, the same report from both, a rerun adds nothing")
    func migrate() throws {
        try Engine.sqlite.withDatabase { local in
            let start = try local.runner.run(
                ["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "ann", "--seed", "5"],
                stdin: "s 3 2 4 3\nnote moved over\nn\nrec yes\n")
            #expect(start.status == 0, "\(start.stderr)")
            try Engine.withPostgres { server in
                let migrate = try local.runner.run(["db", "migrate", "--from", local.address, "--to", server.description])
                #expect(migrate.status == 0, "\(migrate.stderr)")
                #expect(migrate.stdout.hasPrefix("migrated \(local.address) into \(server.description): "), "\(migrate.stdout)")
                #expect(migrate.stdout.hasSuffix(" rows added\n"))
                #expect(migrate.stderr.contains("session: 1 added\n"))
                let onServer = InterviewRunner(environment: ["INTERVIEW_DB": server.description])
                func report(_ runner: InterviewRunner) throws -> [Substring] {
                    try runner.run(["report", "1"]).stdout.split(separator: "\n").filter { !$0.hasPrefix("Generated ") }
                }
                #expect(try report(onServer) == report(local.runner))
                #expect(try report(onServer).contains { $0.contains("moved over") })
                let again = try local.runner.run(["db", "migrate", "--from", local.address, "--to", server.description])
                #expect(again.stdout.hasSuffix(": 0 rows added\n"), "\(again.stdout)")
                let backwards = try local.runner.run(["db", "migrate", "--from", server.description, "--to", server.description])
                #expect(backwards.status != 0)
                #expect(backwards.stderr.hasPrefix("Error: --from must be a SQLite file"), "\(backwards.stderr)")
            }
        }
    }

    @Test("db manager on a SQLite file is refused in one line")
    func managerOnSQLite() throws {
        try Engine.sqlite.withDatabase { database in
            let result = try database.runner.run(["db", "manager", "bob"])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("Error: \(database.address): `db manager` works on a PostgreSQL database only; "))
            #expect(!FileManager.default.fileExists(atPath: database.address))
        }
    }
}

/// On SQLite independent scoring is the client's rule: `report --as NAME` shows what NAME may see.
@Suite("interview report --as (SQLite, the built executable)")
struct PanelViewCommandTests {
    @Test func aPanelMemberSeesOthersMarksOnlyAfterRecommending() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-panel-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = InterviewRunner(environment: ["INTERVIEW_DB": folder.appendingPathComponent("db.sqlite").path])
        let start = try runner.run(
            ["start", "--blueprint", "screen-30", "--candidate", "Ada", "--interviewer", "ann", "--seed", "5"],
            stdin: "s 3 2 4 3\nnote ann-private-note\nn\nrec yes\n")
        #expect(start.status == 0, "\(start.stderr)")
        let plan = try JSONSerialization.jsonObject(with: Data(try runner.run(["report", "1", "--format", "json"]).stdout.utf8)) as? [String: Any]
        let first = try #require((plan?["questions"] as? [[String: Any]])?.first?["id"] as? String)
        let score = try runner.run(
            ["score", "1", "--question", first, "--interviewer", "bob"]
                + ["correctness=1", "depth=1", "tradeoffs=1", "communication=1"].flatMap { ["--score", $0] })
        #expect(score.status == 0, "\(score.stderr)")

        #expect(try runner.run(["report", "1"]).stdout.contains("ann-private-note"))
        let hidden = try runner.run(["report", "1", "--as", "bob"])
        #expect(hidden.status == 0, "\(hidden.stderr)")
        #expect(!hidden.stdout.contains("ann-private-note"))
        #expect(try runner.run(["report", "1", "--as", "ann"]).stdout.contains("ann-private-note"))
        let finish = try runner.run(["finish", "1", "--interviewer", "bob", "--recommendation", "no"])
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(try runner.run(["report", "1", "--as", "bob"]).stdout.contains("ann-private-note"))
    }
}
#endif
