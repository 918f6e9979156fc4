import ArgumentParser
import InterviewKit

struct BankListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the bank's questions.")

    @OptionGroup var options: BankOptions

    @Option(help: "Only this topic.")
    var topic: String?

    @Option(help: ArgumentHelp("Only this level (\(Level.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "level"))
    var level: String?

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func validate() throws {
        if let level, Level(rawValue: level) == nil {
            throw ValidationError("unknown level '\(level)'; allowed: \(Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let workspace = try options.workspace()
        let listing = try BankListing(bank: workspace.bank, topic: topic, level: level.flatMap(Level.init(rawValue:)))
        switch format {
        case .table: Console.out(listing.table())
        case .json: Console.out(JSONText.encode(listing))
        }
    }
}
