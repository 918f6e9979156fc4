/// The formats a report renders to.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case md
    case html
    case json
    case csv

    /// The file name extension for this format.
    public var fileExtension: String { rawValue }

    /// Renders `document` in this format.
    public func render(_ document: ReportDocument) -> String {
        switch self {
        case .md: MarkdownRenderer().render(document)
        case .html: HTMLRenderer().render(document)
        case .json: JSONRenderer().render(document)
        case .csv: CSVRenderer().render(document)
        }
    }
}
