import ArgumentParser

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Check, copy and migrate the database; mark a team's hiring manager.",
        subcommands: [DatabaseCheckCommand.self, DatabaseBackupCommand.self, DatabaseMigrateCommand.self, DatabaseManagerCommand.self]
    )
}
