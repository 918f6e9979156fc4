/// A snippet shown to the candidate ("why does this not compile?", "what does it print?"), with
/// what it must do under the machine's compiler; the test suite checks every one.
public struct CodeSnippet: Sendable, Hashable, Codable {
    public var lang: String
    public var edition: String
    public var source: String
    public var expect: CodeExpectation

    public init(lang: String = "rust", edition: String = "2024", source: String, expect: CodeExpectation) {
        self.lang = lang
        self.edition = edition
        self.source = source
        self.expect = expect
    }

    /// A snippet without `fn main` is a library: it is compiled as one.
    public var isLibrary: Bool { source.range(of: #"\bfn\s+main\s*\("#, options: .regularExpression) == nil }
}
