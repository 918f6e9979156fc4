import Testing

@testable import InterviewKit

@Suite("Prompt commands")
struct PromptCommandTests {
    @Test("short and long forms parse to the same command", arguments: [
        ("t 1 3", PromptCommand.tick([1, 3])), ("tick 1,3", .tick([1, 3])), ("u 2", .untick([2])),
        ("f 2", .followUpNumber(2)), ("f what about io_uring?", .followUpText("what about io_uring?")),
        ("r 1", .redFlag([1])), ("unflag 1", .clearRedFlag([1])),
        ("s 3 2 4 3", .scoreInOrder([3, 2, 4, 3])), ("3 2 4 3", .scoreInOrder([3, 2, 4, 3])),
        ("depth=3 tradeoffs=2", .scoreNamed(["depth": 3, "tradeoffs": 2])), ("s Depth=3", .scoreNamed(["depth": 3])),
        ("note knows epoll", .note("knows epoll")), ("skip out of time", .skip("out of time")),
        ("n", .next), ("next", .next), ("b", .back), ("g 4", .go(4)), ("l", .show), ("p", .pause), ("quit", .pause),
        ("?", .guide), ("c", .code), ("help", .help), ("rec strong-yes", .recommend(.strongYes)), ("no", .recommend(.no)),
        ("summary solid senior", .summary("solid senior")), ("finish", .finish),
    ])
    func parses(line: String, command: PromptCommand) throws {
        #expect(try PromptCommand.parse(line) == command)
    }

    @Test("an empty line is no command")
    func empty() throws {
        #expect(try PromptCommand.parse("   ") == nil)
    }

    @Test("bad lines say what is allowed", arguments: [
        ("frobnicate", "unknown command 'frobnicate'; type h for help"),
        ("t", "expected point numbers, e.g. 1 3"),
        ("t one", "'one' is not a number; expected point numbers"),
        ("skip", "skip needs a reason, e.g. skip out of time"),
        ("depth=high", "'depth=high' is not criterion=score, e.g. depth=3"),
        ("rec maybe", "recommendation must be one of: strong-no, no, yes, strong-yes"),
        ("g x", "g needs a question number, e.g. g 3"),
    ])
    func refuses(line: String, message: String) {
        #expect(throws: PromptCommand.ParseError(message: message)) { try PromptCommand.parse(line) }
    }
}
