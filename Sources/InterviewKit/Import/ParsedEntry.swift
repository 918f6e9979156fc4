/// One entry as read from a list, before placeholders and clusters are decided.
struct ParsedEntry: Sendable, Equatable {
    var number: Int?
    var text: String
    var level: String?
    /// 1-based line in the file.
    var line: Int
    /// The page's section heading above the entry ("## Concurrency"), when the page has them.
    var section: String? = nil
}
