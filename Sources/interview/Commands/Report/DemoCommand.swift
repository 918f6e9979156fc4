import ArgumentParser
import Foundation
import InterviewKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a scripted session end to end on a throwaway database and write its report, for a first look.",
        discussion: """
            The session is drawn with a fixed seed from the bank and run through the same live engine as `start`, with a \
            clock the script advances; a second interviewer scores part of it. The HTML and Markdown reports go to a new \
            folder under the system's temporary directory; their paths are printed.
            """)

    @OptionGroup var bank: BankOptions

    @Option(help: ArgumentHelp("Record into this database (a file or a postgres:// address) instead of a temporary one.", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("The blueprint to run.", valueName: "id"))
    var blueprint = "senior-rust-60"

    func run() throws {
        let workspace = try bank.workspace()
        let linter = bank.linter()
        let chosen = try workspace.blueprint(blueprint, linter: linter)
        let folder = try Self.makeFolder()
        let path = db ?? (folder as NSString).appendingPathComponent("demo.sqlite")
        let store = try StoreOpener.open(DatabaseAddress.resolve(option: path, environment: ProcessInfo.processInfo.environment))
        let outcome = try DemoInterview.run(store: store, bank: workspace.bank, blueprint: chosen, isNearDuplicate: workspace.similarity.isSameQuestion)
        let document = ReportBuilder(settings: ReportSettings(generatedAt: outcome.endedAt)).session(try store.session(outcome.session))
        let html = (folder as NSString).appendingPathComponent("report.html")
        let markdown = (folder as NSString).appendingPathComponent("report.md")
        try ReportFile.write(ReportFormat.html.render(document), to: html)
        try ReportFile.write(ReportFormat.md.render(document), to: markdown)
        Console.out("Demo session \(outcome.session): \(DemoInterview.candidate) · \(chosen.title) · seed \(DemoInterview.seed)")
        Console.out("database: \(path)")
        Console.out("report (HTML): \(html)")
        Console.out("report (Markdown): \(markdown)")
    }

    /// A new folder only its owner can read.
    static func makeFolder() throws -> String {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("interview-demo-" + UUID().uuidString.prefix(8).lowercased())
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ReportError.cannotWrite(path: folder, reason: "cannot create the folder")
        }
        return folder
    }
}
