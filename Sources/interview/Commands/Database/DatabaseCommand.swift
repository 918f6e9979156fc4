import ArgumentParser

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Check the database and make consistent copies of it.",
        subcommands: [DatabaseCheckCommand.self, DatabaseBackupCommand.self, DatabaseMigrateCommand.self]
    )
}
