import ArgumentParser
import InterviewKit

struct InterviewersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interviewers",
        abstract: "Each interviewer's leniency (raw and shrunk) and agreement with panel partners.",
        discussion: """
            Agreement is Krippendorff's alpha (ordinal and interval) over every panel-scored criterion; per pair also \
            quadratic weighted kappa and ICC(2,1). Bands: >= 0.800 good, >= 0.667 tentative, else poor (5 pairable units at least).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "table or json.")
    var format: ListFormat = .table

    func run() throws {
        let store = try database.open(.readOnly)
        let text = try ResultCache().text("interviewers.\(format.rawValue)", version: try store.dataVersion()) { () throws(StoreError) in
            let report = try InterviewerReport.load(from: store)
            switch format {
            case .table: return report.table()
            case .json: return JSONText.encode(report)
            }
        }
        Console.out(text)
    }
}
