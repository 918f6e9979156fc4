import Foundation

/// A line typed at the live prompt, parsed.
public enum PromptCommand: Sendable, Hashable {
    case tick([Int])
    case untick([Int])
    /// A listed follow-up by its number (1-based).
    case followUpNumber(Int)
    /// A follow-up typed live.
    case followUpText(String)
    case redFlag([Int])
    case clearRedFlag([Int])
    /// Scores in criterion order.
    case scoreInOrder([Int])
    /// Scores by criterion id.
    case scoreNamed([String: Int])
    case note(String)
    case skip(String)
    case next
    case back
    case go(Int)
    case show
    /// `?`: the guide, the rubric's anchors and the other wordings of the question.
    case guide
    /// `c`: the question's code, for the candidate.
    case code
    case pause
    /// An adaptive session's running ability estimate, shown only when asked so that it does not
    /// anchor the scoring.
    case estimate
    case help
    case recommend(Recommendation)
    case summary(String)
    case finish

    /// The commands and their short forms, as `help` shows them.
    public static let helpLines: [String] = [
        "t 1 3        tick covered points (untick: u 2)",
        "f 2          mark follow-up 2 asked; f <text> records a follow-up you typed",
        "r 1          mark red flag 1 heard (clear: unflag 1)",
        "s 3 2 4 3    score every criterion in order; or depth=3 tradeoffs=2",
        "note <text>  add a note",
        "n            next question (needs every criterion scored, or skip <reason>)",
        "skip <why>   skip this question with a reason",
        "b            back to the previous question; g 4 goes to question 4",
        "l            show the question again",
        "?            the guide (what earns each score), the rubric's anchors, other wordings",
        "c            the question's code, to show the candidate",
        "p            pause (resume later with `interview resume SESSION`)",
        "e            adaptive sessions: the running estimate of the candidate (hidden unless asked)",
        "rec yes      at the end: strong-no, no, yes or strong-yes; summary <text>; finish",
    ]

    /// Why a line could not be parsed: one line saying what is allowed.
    public struct ParseError: InterviewError, Equatable {
        public var message: String
        public var description: String { message }
    }

    public static func parse(_ line: String) throws(ParseError) -> PromptCommand? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let word = trimmed.prefix { !$0.isWhitespace }.lowercased()
        let rest = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)

        if trimmed.contains("="), !["note", "f", "follow", "skip", "summary"].contains(word) {
            return .scoreNamed(try named(word == "s" || word == "score" ? rest : trimmed))
        }
        if let first = Int(word) {
            return .scoreInOrder([first] + (try numbers(rest, what: "scores")))
        }
        switch word {
        case "t", "tick": return .tick(try numbers(rest, what: "point numbers", required: true))
        case "u", "untick": return .untick(try numbers(rest, what: "point numbers", required: true))
        case "f", "follow", "followup", "follow-up":
            guard !rest.isEmpty else { throw ParseError(message: "f needs a follow-up number or the text you asked, e.g. f 2") }
            if let number = Int(rest) { return .followUpNumber(number) }
            return .followUpText(rest)
        case "r", "flag", "redflag", "red-flag": return .redFlag(try numbers(rest, what: "red flag numbers", required: true))
        case "unflag": return .clearRedFlag(try numbers(rest, what: "red flag numbers", required: true))
        case "s", "score":
            if rest.contains("=") { return .scoreNamed(try named(rest)) }
            return .scoreInOrder(try numbers(rest, what: "scores", required: true))
        case "note", "nt":
            guard !rest.isEmpty else { throw ParseError(message: "note needs text, e.g. note clear on Pin") }
            return .note(rest)
        case "skip":
            guard !rest.isEmpty else { throw ParseError(message: "skip needs a reason, e.g. skip out of time") }
            return .skip(rest)
        case "n", "next": return .next
        case "b", "back": return .back
        case "g", "go", "goto":
            guard let number = Int(rest) else { throw ParseError(message: "g needs a question number, e.g. g 3") }
            return .go(number)
        case "l", "show", "list": return .show
        case "p", "pause", "q", "quit", "exit": return .pause
        case "h", "help": return .help
        case "e", "estimate": return .estimate
        case "?", "guide", "anchors": return .guide
        case "c", "code": return .code
        case "rec", "recommend", "recommendation":
            guard let value = Recommendation(rawValue: rest.lowercased()) else { throw recommendationError }
            return .recommend(value)
        case "summary", "sum":
            guard !rest.isEmpty else { throw ParseError(message: "summary needs text") }
            return .summary(rest)
        case "finish", "done", "end": return .finish
        default:
            if let value = Recommendation(rawValue: word), rest.isEmpty { return .recommend(value) }
            throw ParseError(message: "unknown command '\(word)'; type h for help")
        }
    }

    static let recommendationError = ParseError(message: "recommendation must be one of: strong-no, no, yes, strong-yes")

    /// Whole numbers separated by spaces or commas.
    static func numbers(_ text: String, what: String, required: Bool = false) throws(ParseError) -> [Int] {
        let parts = text.split { $0 == " " || $0 == "," || $0 == "\t" }
        if parts.isEmpty && required { throw ParseError(message: "expected \(what), e.g. 1 3") }
        var result: [Int] = []
        for part in parts {
            guard let value = Int(part) else { throw ParseError(message: "'\(part)' is not a number; expected \(what)") }
            result.append(value)
        }
        return result
    }

    /// `criterion=value` pairs.
    static func named(_ text: String) throws(ParseError) -> [String: Int] {
        var scores: [String: Int] = [:]
        for part in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            guard let entry = ScoreEntry(part) else { throw ParseError(message: "'\(part)' is not criterion=score, e.g. depth=3") }
            scores[entry.criterion] = entry.value
        }
        return scores
    }
}
