import ArgumentParser
import InterviewKit

struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database, even while interviews are being recorded.",
        discussion: "The copy is created readable by its owner only (0600). An existing file is kept unless --force is given."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The copy to create.", valueName: "file"))
    var file: String

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        let store = try database.open(.readOnly)
        let bytes = try store.backup(to: file, replacing: force)
        Console.err("backed up \(try database.address) to \(file) (\(bytes) bytes)")
    }
}
