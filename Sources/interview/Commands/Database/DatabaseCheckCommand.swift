import ArgumentParser
import InterviewKit

struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: integrity, orphan rows (foreign keys) and schema version.",
        discussion: "Reads only. Prints one line when all is well; otherwise prints each problem and exits 1."
    )

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let check = try database.open(.readOnly).check()
        guard check.isHealthy else {
            for problem in check.problems { Console.err(problem) }
            throw ExitCode.failure
        }
        Console.out(check.summary)
    }
}
