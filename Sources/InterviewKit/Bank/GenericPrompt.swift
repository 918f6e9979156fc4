import Foundation

/// A prompt shape that names a subject instead of a situation, so that every candidate answers
/// a different question ("How does Rust handle backpressure?"). `bank lint` warns on each; the
/// list is here and in the README.
public struct GenericPrompt: Sendable, Hashable {
    public var name: String
    /// Matched against the prompt lowercased, with white space collapsed.
    public var pattern: String
    public var example: String

    public static let all: [GenericPrompt] = [
        GenericPrompt(
            name: "how does Rust <verb> X",
            pattern: #"^how (does|do|can|would) rust (handle|ensure|enforce|optimi[sz]e|manage|support|achieve|guarantee|prevent|deal with|implement|approach|provide|work with|integrate)\b"#,
            example: "How does Rust handle backpressure in distributed systems?"),
        GenericPrompt(
            name: "explain / describe X", pattern: #"^(explain|describe|discuss|tell me about|what do you know about|talk about)\b"#,
            example: "Explain the borrow checker."),
        GenericPrompt(name: "a short what-is question", pattern: #"^what (is|are) [^?.]{0,60}\?$"#, example: "What is Pin?"),
        GenericPrompt(name: "why is Rust X", pattern: #"^why is rust\b"#, example: "Why is Rust memory safe?"),
    ]

    /// The first pattern the prompt matches.
    public static func match(_ prompt: String) -> GenericPrompt? {
        let text = prompt.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return all.first { text.range(of: $0.pattern, options: .regularExpression) != nil }
    }
}
