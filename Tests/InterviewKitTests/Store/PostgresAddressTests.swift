import Foundation
import Testing

@testable import InterviewKit

@Suite("PostgreSQL addresses and passwords")
struct PostgresAddressTests {
    @Test("a postgres:// or postgresql:// --db names PostgreSQL; anything else is a SQLite path")
    func addressKinds() throws {
        let postgres = try DatabaseAddress.resolve(option: "postgres://ann@db.example:6543/interviews?sslmode=require", environment: [:])
        #expect(postgres == .postgres(PostgresAddress(user: "ann", host: "db.example", port: 6543, database: "interviews", sslMode: .require)))
        let long = try DatabaseAddress.resolve(option: nil, environment: ["INTERVIEW_DB": "postgresql://bob@127.0.0.1/x"])
        #expect(long == .postgres(PostgresAddress(user: "bob", host: "127.0.0.1", database: "x")))
        #expect(try DatabaseAddress.resolve(option: "db.sqlite", environment: [:]) == .sqlite(DatabaseLocation(path: "db.sqlite")))
        #expect(try DatabaseAddress.resolve(option: "./postgres://odd", environment: [:]) == .sqlite(DatabaseLocation(path: "./postgres://odd")))
    }

    @Test("port 5432, libpq's prefer, and the user's name for the database are the defaults")
    func defaults() throws {
        let address = try PostgresAddress.parse("postgres://ann@localhost", environment: [:])
        #expect(address == PostgresAddress(user: "ann", host: "localhost", port: 5432, database: "ann", sslMode: .prefer))
        #expect(try PostgresAddress.parse("postgres://localhost/db", environment: ["USER": "carol"]).user == "carol")
        #expect(try PostgresAddress.parse("postgres://localhost/db", environment: ["PGUSER": "dan", "USER": "carol"]).user == "dan")
        #expect(try PostgresAddress.parse("postgres://ann@[::1]:5433/db").server == "[::1]:5433")
        #expect(address.description == "postgres://ann@localhost:5432/ann")
    }

    @Test("each sslmode is read with libpq's meaning", arguments: PostgresAddress.SSLMode.allCases)
    func sslModes(mode: PostgresAddress.SSLMode) throws {
        #expect(try PostgresAddress.parse("postgres://ann@h/db?sslmode=\(mode.rawValue)").sslMode == mode)
    }

    @Test("a password in the address is refused in one line that does not repeat it")
    func passwordRefused() {
        for text in ["postgres://ann:s3cret@h/db", "postgresql://ann:s3cret@h:5432/db?sslmode=require", "postgres://ann@h/db?password=s3cret"] {
            #expect(throws: StoreError.self) { try PostgresAddress.parse(text) }
            do throws(StoreError) {
                _ = try PostgresAddress.parse(text)
            } catch {
                guard case .passwordInAddress = error else {
                    Issue.record("\(text): \(error)")
                    continue
                }
                #expect(!error.description.contains("s3cret"))
                #expect(error.description.contains("PGPASSWORD"))
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test("bad addresses are one clear line")
    func badAddresses() {
        #expect(throws: StoreError.invalidAddress("postgres://ann@h/db?sslmode=maybe", reason: "sslmode 'maybe' is not one of disable, prefer, require, verify-ca, verify-full")) {
            try PostgresAddress.parse("postgres://ann@h/db?sslmode=maybe")
        }
        #expect(throws: StoreError.invalidAddress("postgres://ann@h/db?timeout=3", reason: "unknown parameter 'timeout' (known: sslmode)")) {
            try PostgresAddress.parse("postgres://ann@h/db?timeout=3")
        }
        #expect(throws: StoreError.invalidAddress("postgres:///db", reason: "it names no host (postgres://user@host:5432/database)")) {
            try PostgresAddress.parse("postgres:///db")
        }
    }

    // MARK: - Passwords

    let address = PostgresAddress(user: "ann", host: "db.example", port: 5432, database: "interviews")

    func file(_ text: String, _ permissions: Int = 0o600) -> (String) -> PostgresPassword.File? {
        { _ in PostgresPassword.File(contents: text, permissions: permissions) }
    }

    @Test("PGPASSWORD wins over the password file")
    func environmentFirst() {
        let found = PostgresPassword.lookup(for: address, environment: ["PGPASSWORD": "env", "HOME": "/h"], readFile: file("*:*:*:*:file"))
        #expect(found == "env")
    }

    @Test("the first matching line of ~/.pgpass gives the password, with * wildcards and \\: escapes")
    func passwordFile() {
        let text = """
            # comment
            other.example:5432:interviews:ann:no
            db.example:5432:interviews:bob:no
            db.example:*:interviews:ann:pa\\:ss\\\\word
            *:*:*:*:fallback
            """
        #expect(PostgresPassword.lookup(for: address, environment: ["HOME": "/h"], readFile: file(text)) == "pa:ss\\word")
        #expect(PostgresPassword.lookup(for: address.withUser("carol"), environment: ["HOME": "/h"], readFile: file(text)) == "fallback")
        #expect(PostgresPassword.lookup(for: address, environment: ["HOME": "/h"], readFile: file("db.example:5433:*:*:x")) == nil)
    }

    @Test("PGPASSFILE names the file; HOME/.pgpass is the default")
    func passwordFilePath() {
        var asked: [String] = []
        _ = PostgresPassword.lookup(for: address, environment: ["PGPASSFILE": "/run/pass", "HOME": "/h"]) { path in
            asked.append(path)
            return nil
        }
        _ = PostgresPassword.lookup(for: address, environment: ["HOME": "/h"]) { path in
            asked.append(path)
            return nil
        }
        #expect(asked == ["/run/pass", "/h/.pgpass"])
    }

    @Test("a password file readable by group or others is ignored, as libpq does", arguments: [0o640, 0o604, 0o644, 0o660])
    func looseFileIgnored(permissions: Int) {
        #expect(PostgresPassword.lookup(for: address, environment: ["HOME": "/h"], readFile: file("*:*:*:*:x", permissions)) == nil)
    }
}
