import Foundation
import Testing

/// Golden files of `--help` for every command and subcommand (`Goldens/help/`), at a fixed width of 80
/// columns. A command that `--help` lists but this list lacks fails the last test, so a new command
/// gets its golden file too.
@Suite("Golden files: --help of every command (the built executable)")
struct GoldenHelpTests {
    /// Every command path, from Interview.swift and Sources/interview/Commands.
    static let commands: [[String]] = [
        [],
        ["bank"], ["bank", "lint"], ["bank", "list"], ["bank", "import"], ["bank", "stats"],
        ["plan"], ["kit"], ["start"], ["resume"], ["score"], ["finish"], ["sessions"], ["pending"], ["report"], ["packet"],
        ["compare"], ["interviewers"], ["fit"],
        ["candidate"], ["candidate", "forget"],
        ["db"], ["db", "check"], ["db", "backup"], ["db", "migrate"], ["db", "manager"],
        ["demo"],
        ["bench"], ["bench", "generate"], ["bench", "bank"], ["bench", "fit"], ["bench", "adaptive"],
    ]

    static func golden(_ command: [String]) -> String {
        "help/" + (["interview"] + command).joined(separator: "-") + ".txt"
    }

    /// No database, no bank: help must not need either.
    static let runner = InterviewRunner(
        directory: URL(fileURLWithPath: NSTemporaryDirectory()), environment: ["COLUMNS": "80", "INTERVIEW_DB": "/nonexistent/interview.sqlite"])

    @Test("interview … --help matches its golden file", arguments: commands)
    func help(_ command: [String]) throws {
        let result = try Self.runner.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        Golden.check(result.stdout, against: Self.golden(command))
    }

    @Test("every subcommand --help lists has a golden file here")
    func everyCommandCovered() throws {
        var found: [[String]] = []
        var queue: [[String]] = [[]]
        while let command = queue.popLast() {
            found.append(command)
            let result = try Self.runner.run(command + ["--help"])
            queue += Self.subcommands(inHelp: result.stdout).map { command + [$0] }
        }
        let known = Set(Self.commands.map { $0.joined(separator: " ") })
        let listed = Set(found.map { $0.joined(separator: " ") })
        #expect(listed.subtracting(known).isEmpty, "commands without a golden help file: \(listed.subtracting(known).sorted())")
        #expect(known.subtracting(listed).isEmpty, "golden help files of commands --help no longer lists: \(known.subtracting(listed).sorted())")
    }

    /// The names under `SUBCOMMANDS:` (ArgumentParser's layout: two spaces, the name, its abstract),
    /// without ArgumentParser's own `help`.
    static func subcommands(inHelp text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        var names: [String] = []
        for line in lines[(start + 1)...] {
            if line.isEmpty { break }
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            let name = line.dropFirst(2).prefix { $0 != " " }
            if !name.isEmpty, name != "help" { names.append(String(name)) }
        }
        return names
    }
}
