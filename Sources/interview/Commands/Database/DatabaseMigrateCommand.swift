import ArgumentParser
import Foundation
import InterviewKit

struct DatabaseMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Move a local SQLite database into a team's PostgreSQL database.",
        discussion: """
            Copies every candidate, interviewer, session, score and note in one transaction, keeping ids, times \
            and the sessions' snapshots. Running it again adds nothing. A row the server holds differently \
            under the same id stops it before anything is written. The password comes from PGPASSWORD or ~/.pgpass.
            """
    )

    @Option(help: ArgumentHelp("The SQLite database to copy.", valueName: "file"))
    var from: String

    @Option(help: ArgumentHelp("The PostgreSQL database: postgres://user@host:5432/dbname.", valueName: "address"))
    var to: String

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard case .postgres(let server) = try DatabaseAddress.resolve(option: to, environment: environment) else {
            throw ValidationError("--to must be a postgres:// address")
        }
        if case .postgres = try DatabaseAddress.resolve(option: from, environment: environment) {
            throw ValidationError("--from must be a SQLite file")
        }
        let source = try SQLiteStore.open(DatabaseLocation(path: from), mode: .readOnly)
        let migration = try StoreOpener.migrate(source, to: server, environment: environment)
        for table in migration.tables where table.added + table.present > 0 {
            Console.err("\(table.name): \(table.added) added\(table.present > 0 ? ", \(table.present) already there" : "")")
        }
        Console.out("migrated \(from) into \(server): \(migration.added) rows added")
    }
}
