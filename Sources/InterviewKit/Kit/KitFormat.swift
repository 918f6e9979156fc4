/// The formats an interview kit renders to.
public enum KitFormat: String, Sendable, Hashable, CaseIterable {
    case html
    case md

    /// Renders `document` in this format.
    public func render(_ document: InterviewKitDocument) -> String {
        switch self {
        case .html: KitHTMLRenderer().render(document)
        case .md: KitMarkdownRenderer().render(document)
        }
    }
}
