import ArgumentParser
import Foundation
import InterviewKit

struct DatabaseManagerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manager",
        abstract: "Mark an interviewer as the hiring manager of a team's PostgreSQL database, or unmark them.",
        discussion: """
            A hiring manager's login role sees every panel member's scores, notes and recommendations at once; \
            other panel members see them for a session only after recording their own recommendation there. \
            Run it as the owner of the tables. On a SQLite file the owner already sees everything, and \
            `report --as NAME` shows what a panel member may see.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The interviewer's name, as they record it.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The login role that records as this interviewer (default: the name).", valueName: "role"))
    var login: String?

    @Flag(help: "Take the hiring manager's view away again.")
    var remove = false

    func run() throws {
        let address = try database.address
        guard case .postgres(let server) = address else {
            throw StoreError.postgresOnly(
                address: address.description, operation: "`db manager`",
                instead: "on a SQLite file its owner sees every mark, and `report --as NAME` shows what NAME may see")
        }
        let role = login ?? name
        try StoreOpener.setManager(on: server, interviewer: name, login: role, isManager: !remove)
        Console.out(
            remove
                ? "'\(name)' (login \(role)) is no longer a hiring manager: sees other marks only after recommending"
                : "'\(name)' (login \(role)) is a hiring manager: sees every panel member's marks")
    }
}
