/// One word of a question, lower-cased, with where it stood.
struct QuestionToken: Sendable, Equatable {
    var raw: String
    var stem: String
    /// Inside parentheses or brackets: an aside, weighted like a context tail.
    var inParens: Bool
    /// Written with a possessive `'s` ("Rust's").
    var possessive: Bool
}
