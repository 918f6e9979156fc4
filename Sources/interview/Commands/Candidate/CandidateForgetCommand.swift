import ArgumentParser
import Foundation
import InterviewKit

struct CandidateForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase a candidate and everything recorded about them.",
        discussion: """
            Deletes the candidate's sessions with their scores, notes, follow-ups and recommendations in one \
            transaction, then rewrites the database file so that none of their text stays in it. Interviewers are \
            kept. On a terminal you confirm by typing the candidate's name; otherwise pass --yes.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The candidate's name, as recorded.")
    var candidate: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() throws {
        // A missing database is not created just to find nobody in it.
        let address = try database.address
        if case .sqlite(let location) = address, !FileManager.default.fileExists(atPath: location.path) {
            throw StoreError.missingDatabase(path: location.path)
        }
        let store = try database.open()
        let records = try store.records(of: candidate)
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                Console.err("Error: refusing to erase '\(candidate)' without --yes (standard input is not a terminal); nothing was erased")
                throw ExitCode.failure
            }
            Console.err("This erases \(records.description) about '\(candidate)' from \(address). It cannot be undone.")
            FileHandle.standardError.write(Data("Type the candidate's name to confirm: ".utf8))
            guard readLine(strippingNewline: true) == candidate else {
                Console.err("Error: the name did not match; nothing was erased")
                throw ExitCode.failure
            }
        }
        let erasure = try store.forget(candidate: candidate)
        Console.out("forgot '\(candidate)': removed \(erasure.removed.description)")
        if !erasure.logEmptied {
            Console.err("warning: another process is reading the database; their old text stays in \(address)-wal until it ends")
        }
    }
}
