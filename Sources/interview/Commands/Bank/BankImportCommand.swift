import ArgumentParser
import Foundation
import InterviewKit

struct BankImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a scraped question list into clean questions: placeholders dropped, rewordings merged, topics guessed.",
        discussion: """
            Reads the scraped format (`- 4How does ...?Senior`), plain lists (numbered, bulleted, Markdown headings), \
            saved HTML pages, MediaWiki markup, and CSV or TSV files with a question column. \
            Clusters the method is unsure of are listed as suggestions; review them and pass the ones you confirm back \
            with --accept (the JSON suggestions, or lines "A B"). Questions the bank already holds are reported as known.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, yaml
    }

    @Argument(help: "The list to import.")
    var file: String

    @OptionGroup var bank: BankOptions

    @Option(help: "json (entries, clusters, suggestions) or yaml (skeleton questions per topic, ready to fill in).")
    var format: Format = .yaml

    @Option(help: ArgumentHelp("Merges a person confirmed: suggestions JSON, or lines 'A B'.", valueName: "file"))
    var accept: String?

    func run() throws {
        let workspace = try bank.workspace()
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        var result = try BankImporter(lexicon: ImportLexicon(bank: workspace.bank)).run(data, path: file)
        if let accept {
            guard let reviewed = FileManager.default.contents(atPath: accept), let pairs = ImportResult.acceptedPairs(from: reviewed) else {
                throw ValidationError("cannot read the reviewed merges in \(accept)")
            }
            let (merged, unknown) = result.accepting(pairs)
            if !unknown.isEmpty { Console.err("warning: \(accept): unknown cluster ids ignored: \(unknown.joined(separator: ", "))") }
            result = merged
        }
        let placeholders = result.entries.filter(\.placeholder).count
        let known = result.clusters.filter { $0.known != nil }.count
        Console.err(
            "\(result.entries.count) entries, \(placeholders) placeholders dropped, \(result.clusters.count) questions "
                + "(\(known) already in the bank), \(result.suggestions.count) suggested merges, \(result.unclassified.count) without a topic"
                + (result.proposed.isEmpty ? "" : " (new topics proposed: \(result.proposed.map(\.topic).joined(separator: ", ")))"))
        switch format {
        case .json: Console.out(JSONText.encode(result))
        case .yaml: Console.out(result.yamlSkeleton())
        }
    }
}
