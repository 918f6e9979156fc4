#if PostgreSQL
import Foundation
import Testing

@testable import InterviewKit

/// What only the PostgreSQL store has: the server's schema versions, row-level security for the
/// panel's login roles, concurrent connections, lost and unreachable servers, TLS.
///
/// Every test but the unreachable server needs `INTERVIEW_TEST_POSTGRES` (see ``Engine``) and the
/// panel roles `ann` and `bob` (members of `interview_panel`) that `.ci/postgres` creates.
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    let at = SessionFixture.start + 30
    let environment = Engine.environment

    func open(_ address: PostgresAddress, as user: String? = nil, mode: PostgresStore.Mode = .readWrite) throws -> PostgresStore {
        try PostgresStore.open(user.map(address.withUser) ?? address, mode: mode, environment: environment)
    }

    @Test("an unreachable server is one line naming host:port, and nothing else")
    func unreachable() throws {
        let address = PostgresAddress(user: "ann", host: "127.0.0.1", port: 1, database: "interviews", sslMode: .disable)
        #expect(throws: StoreError.serverUnreachable(server: "127.0.0.1:1", reason: "connection refused")) {
            try PostgresStore.open(address, environment: ["PGPASSWORD": "s3cret"])
        }
        let line = StoreError.serverUnreachable(server: "127.0.0.1:1", reason: "connection refused").description
        #expect(line == "cannot reach the PostgreSQL server at 127.0.0.1:1: connection refused; nothing was recorded, try again when it is back")
    }

    @Test("a database written by a newer version is refused, read-write and read-only, and left as it was")
    func newerSchema() throws {
        try Engine.withPostgres { address in
            let store = try open(address)
            _ = try store.createSession(SessionFixture.newSession())
            try store.execute(unsafeSQL: "INSERT INTO schema_migrations (identifier) VALUES ('v99-from-the-future')")
            let fingerprint = """
                SELECT (SELECT COUNT(*) FROM schema_migrations) * 1000 + (SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public')
                  + (SELECT COUNT(*) FROM session) * 100000
                """
            let before = try store.integer(unsafeSQL: fingerprint)
            #expect(throws: StoreError.newerSchema(path: address.description)) { try open(address) }
            #expect(throws: StoreError.newerSchema(path: address.description)) { try open(address, mode: .readOnly) }
            #expect(try store.integer(unsafeSQL: fingerprint) == before)
        }
    }

    @Test("an empty database is missing for reading, and migrated once by processes that start together")
    func migrateOnce() throws {
        try Engine.withPostgres { address in
            #expect(throws: StoreError.missingDatabase(path: address.description)) { try open(address, mode: .readOnly) }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do { _ = try open(address) } catch { failures.add("\(error)") }
            }
            #expect(failures.all.isEmpty)
            let check = try open(address, mode: .readOnly).check()
            #expect(check.appliedVersions == PostgresMigrations.identifiers)
            #expect(check.isHealthy, "\(check.problems)")
        }
    }

    @Test("the schema refuses a score outside its question's scale, and a read-only store refuses to record")
    func constraints() throws {
        try Engine.withPostgres { address in
            let store = try open(address)
            let id = try store.createSession(SessionFixture.newSession())
            #expect(throws: StoreError.self) {
                try store.execute(unsafeSQL: "INSERT INTO score VALUES (1, 1, 'depth', 5, 0.25, now())")
            }
            try store.execute(unsafeSQL: "INSERT INTO score VALUES (1, 1, 'depth', 4, 0.25, now())")
            let reader = try open(address, mode: .readOnly)
            #expect(throws: StoreError.readOnly(path: address.description)) {
                try reader.record(.note("x"), session: id, question: nil, interviewer: "alice", at: at)
            }
            #expect(throws: StoreError.unsupported(
                address: address.description, operation: "`db backup`", instead: "copy a PostgreSQL database with pg_dump")) {
                _ = try reader.backup(to: "/tmp/x", replacing: false)
            }
        }
    }

    @Test("every report query can be served by an index", arguments: [
        (PostgresStore.candidateIDSQL, "candidate_name_key"),
        (PostgresStore.candidateSessionsSQL, "session_by_candidate"),
        (PostgresStore.topicsInUseSQL, "session_by_started"),
        (PostgresStore.topicsInUseSQL, "on session_question sq"),
    ])
    func indexed(sql: String, index: String) throws {
        try Engine.withPostgres { address in
            let store = try open(address)
            let plan = sql == PostgresStore.candidateIDSQL ? try store.plan(unsafeSQL: sql, text: "Ada") : try store.plan(unsafeSQL: sql, number: 1)
            #expect(plan.contains { $0.contains("Index") && $0.contains(index) }, "\(plan)")
            #expect(!plan.contains { $0.contains("Seq Scan") }, "\(plan)")
        }
    }

    @Test("independent scoring: a panel role sees others' marks only after its own recommendation, a manager always")
    func independentScoring() throws {
        try Engine.withPostgres { address in
            let owner = try open(address)
            try owner.grantPanelRole("interview_panel")
            let id = try owner.createSession(SessionFixture.newSession(interviewer: "olive"))
            let ann = try open(address, as: "ann"), bob = try open(address, as: "bob")
            let all = ["correctness": 3, "depth": 3, "tradeoffs": 2, "communication": 4]
            try ann.record([.score(all), .note("ann's note"), .cover([0], covered: true)], session: id, question: "async/a", interviewer: "ann", at: at)
            try ann.record(.note("ann on the session"), session: id, question: nil, interviewer: "ann", at: at)

            // Before bob's recommendation: only his own marks, whether read through the store or directly.
            try bob.record(.score(["correctness": 1]), session: id, question: "async/a", interviewer: "bob", at: at)
            var seen = try bob.session(id)
            #expect(seen.question("async/a")?.marks.keys.sorted() == ["bob"])
            #expect(seen.notes.isEmpty)
            #expect(try bob.integer(unsafeSQL: "SELECT COUNT(*) FROM score") == 1)
            #expect(try bob.integer(unsafeSQL: "SELECT COUNT(*) FROM note") == 0)
            #expect(try bob.integer(unsafeSQL: "SELECT COUNT(*) FROM covered_point") == 0)
            #expect(seen.interviewers == ["olive", "ann", "bob"])

            // bob may not write as ann, and nothing is written when he tries.
            #expect(throws: StoreError.self) {
                try bob.record(.score(["depth": 1]), session: id, question: "async/a", interviewer: "ann", at: at)
            }
            #expect(try owner.session(id).question("async/a")?.marks(of: "ann").scores == all)
            // Nor make himself a manager, rewrite what was shown, or erase anything.
            for statement in [
                "UPDATE interviewer SET is_manager = true", "UPDATE session_question SET rubric = '{}'", "DELETE FROM candidate",
                "UPDATE session SET candidate_id = candidate_id",
            ] {
                #expect(throws: StoreError.self, "\(statement)") { try bob.execute(unsafeSQL: statement) }
            }

            // After bob's recommendation: everything of the session.
            try bob.recommend(session: id, interviewer: "bob", recommendation: .no, summary: "unsure", finish: false, at: at + 10)
            seen = try bob.session(id)
            #expect(seen.question("async/a")?.marks(of: "ann").scores == all)
            #expect(seen.question("async/a")?.marks(of: "ann").notes.map(\.text) == ["ann's note"])
            #expect(seen.notes.map(\.text) == ["ann on the session"])
            #expect(try bob.integer(unsafeSQL: "SELECT COUNT(*) FROM score") == 5)

            // ann has not recommended: bob's score and recommendation stay hidden from her...
            seen = try ann.session(id)
            #expect(seen.question("async/a")?.marks.keys.sorted() == ["ann"])
            #expect(seen.recommendations.isEmpty)
            // ...until the owner marks her as the hiring manager.
            try owner.setManager(interviewer: "ann", login: "ann")
            seen = try ann.session(id)
            #expect(seen.question("async/a")?.marks.keys.sorted() == ["ann", "bob"])
            #expect(seen.recommendations.map(\.interviewer) == ["bob"])
            // The owner of the tables is not subject to the policies.
            #expect(try owner.integer(unsafeSQL: "SELECT COUNT(*) FROM score") == 5)
        }
    }

    @Test("four connections, two of them panel roles, recording into one session at once lose nothing")
    func concurrentPanel() throws {
        try Engine.withPostgres { address in
            let id = try open(address).createSession(SessionFixture.newSession())
            let failures = Failures()
            let rounds = 15
            // Two connections as the owner, one as each panel role (under row-level security).
            let roles: [String?] = [nil, nil, "ann", "bob"]
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                do {
                    let store = try open(address, as: roles[index])
                    let who = "panel\(index)"
                    for round in 0..<rounds {
                        let question = ["async/a", "async/b", "memory/a"][round % 3]
                        try store.record(
                            [.score(["correctness": 1 + round % 4, "depth": 1 + index % 4]), .note("\(who) \(round)"), .cover([round % 3], covered: true)],
                            session: id, question: question, interviewer: who, at: at + Double(round))
                        try store.move(session: id, to: round % 3, leaving: question, seconds: 1, at: at + Double(round))
                    }
                    store.close()
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty)
            let record = try open(address, mode: .readOnly).session(id)
            #expect(record.interviewers.count == 5)
            for index in 0..<4 {
                let marks = record.questions.map { $0.marks(of: "panel\(index)") }
                #expect(marks.map(\.notes.count) == [5, 5, 5])
                #expect(marks.map(\.scores.count) == [2, 2, 2])
                #expect(marks.map(\.covered) == [[0], [1], [2]])
            }
            #expect(record.questions.map(\.secondsSpent).reduce(0, +) == 4 * rounds)
        }
    }

    @Test("after the server drops the connection, the next command connects again and records")
    func reconnects() throws {
        try Engine.withPostgres { address in
            let store = try open(address)
            let id = try store.createSession(SessionFixture.newSession())
            let admin = try open(address)
            try admin.execute(
                unsafeSQL: "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
            Thread.sleep(forTimeInterval: 0.3)
            var recorded = false
            for _ in 0..<2 where !recorded {
                do throws(StoreError) {
                    try store.record(.note("after the drop"), session: id, question: nil, interviewer: "alice", at: at)
                    recorded = true
                } catch {
                    // A command caught by the drop is refused in one line; the next one goes through.
                    guard case .serverUnreachable = error else { throw error }
                    #expect(!error.description.contains("\n"))
                }
            }
            #expect(try store.session(id).notes.map(\.text) == ["after the drop"])
        }
    }

    @Test("a connection lost while the server commits is not reported as 'nothing was recorded'")
    func lostDuringCommit() throws {
        try Engine.withPostgres { address in
            let store = try open(address)
            let id = try store.createSession(SessionFixture.newSession())
            let admin = try open(address)
            // A deferred constraint trigger runs inside COMMIT: it holds the commit open while the
            // connection is dropped.
            try admin.execute(
                unsafeSQL: "CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(5); RETURN NULL; END $$")
            try admin.execute(
                unsafeSQL:
                    "CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON note DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION slow_commit()")
            DispatchQueue.global().asyncAfter(deadline: .now() + 1) {
                try? admin.execute(
                    unsafeSQL:
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query = 'COMMIT'")
            }
            do throws(StoreError) {
                try store.record(.note("during the commit"), session: id, question: nil, interviewer: "alice", at: at)
                Issue.record("the note was acknowledged although its commit was cut off")
            } catch {
                #expect(error == .commitUnconfirmed(server: address.server))
                #expect(error.description.contains("may or may not have been recorded"))
                #expect(!error.description.contains("nothing was recorded"))
            }
            try admin.execute(unsafeSQL: "DROP TRIGGER slow_commit ON note")
            try store.record(.note("after the drop"), session: id, question: nil, interviewer: "alice", at: at)
            #expect(try store.session(id).notes.map(\.text) == ["after the drop"])
        }
    }

    @Test("sslmode=require makes a TLS connection; verify-full refuses an unverified certificate in one line")
    func tls() throws {
        try Engine.withPostgres { address in
            let plain = try open(address)
            var required = address
            required.sslMode = .require
            guard try plain.integer(unsafeSQL: "SELECT CASE WHEN current_setting('ssl') = 'on' THEN 1 ELSE 0 END") == 1 else {
                #expect(throws: StoreError.tlsFailed(server: address.server, reason: "the server does not offer TLS (sslmode=require)")) {
                    try open(required)
                }
                try Test.cancel("the test server has ssl = off: only the refusal of sslmode=require was checked")
            }
            let store = try open(required)
            #expect(try store.integer(unsafeSQL: "SELECT ssl::INT FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == 1)
            var verified = address
            verified.sslMode = .verifyFull
            do throws(StoreError) {
                _ = try PostgresStore.open(verified, environment: environment)
                Issue.record("a self-signed server certificate was accepted by verify-full")
            } catch {
                guard case .tlsFailed = error else { throw error }
                #expect(!error.description.contains("\n"))
            }
        }
    }
}
#endif
