import Foundation

/// What a snippet must do: `compiles`, `runs "<exact stdout>"` (JSON-style escapes; one trailing
/// newline may be left out), or `error` / `error E0038` (compilation fails, with that code).
public enum CodeExpectation: Sendable, Hashable, Codable, CustomStringConvertible {
    case compiles
    case runs(stdout: String)
    case fails(code: String?)

    public static let grammar = #"compiles | runs "<exact stdout>" | error | error EXXXX"#

    /// Reads the bank's text form; nil when it is none of ``grammar``.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "compiles" {
            self = .compiles
        } else if trimmed == "error" {
            self = .fails(code: nil)
        } else if trimmed.hasPrefix("error "), let code = Optional(String(trimmed.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            code.range(of: #"^E[0-9]{4}$"#, options: .regularExpression) != nil
        {
            self = .fails(code: code)
        } else if trimmed.hasPrefix("runs "), let quoted = Optional(trimmed.dropFirst(5).trimmingCharacters(in: .whitespaces)),
            quoted.count >= 2, quoted.hasPrefix("\""), quoted.hasSuffix("\""),
            let stdout = try? JSONDecoder().decode(String.self, from: Data(quoted.utf8))
        {
            self = .runs(stdout: stdout)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .compiles: return "compiles"
        case .fails(let code): return code.map { "error \($0)" } ?? "error"
        case .runs(let stdout): return "runs " + JSONText.quoted(stdout)
        }
    }

    /// What went wrong, or nil when the compiler and the program did what was expected.
    /// `stdout` is the program's output when it was run (only for `runs`), `exitStatus` its status.
    public func mismatch(compiled: Bool, compilerOutput: String, exitStatus: Int32? = nil, stdout: String? = nil) -> String? {
        switch self {
        case .compiles:
            return compiled ? nil : "expected it to compile; rustc said: " + Self.firstError(compilerOutput)
        case .fails(let code):
            if compiled { return "expected \(description), but it compiled" }
            if let code, !compilerOutput.contains("error[\(code)]") { return "expected \(description); rustc said: " + Self.firstError(compilerOutput) }
            return nil
        case .runs(let expected):
            guard compiled else { return "expected it to run; rustc said: " + Self.firstError(compilerOutput) }
            guard let stdout, exitStatus == 0 else { return "expected it to run; it exited with status \(exitStatus.map(String.init) ?? "?")" }
            if stdout == expected || stdout == expected + "\n" { return nil }
            return "expected stdout \(JSONText.quoted(expected)), got \(JSONText.quoted(stdout))"
        }
    }

    static func firstError(_ output: String) -> String {
        output.split(separator: "\n").first { $0.hasPrefix("error") }.map(String.init) ?? String(output.prefix(200))
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = CodeExpectation(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a code expectation: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
