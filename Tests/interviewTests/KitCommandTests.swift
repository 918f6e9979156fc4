import Foundation
import Testing

/// `interview kit` through the built binary: the same draw as `interview plan`, in HTML and
/// Markdown, to standard output or a file, and its refusals.
@Suite("interview kit (the built executable)")
struct KitCommandTests {
    static let arguments = ["--blueprint", "senior-rust-60", "--candidate", "X", "--seed", "7"]

    /// `plan --format json`'s questions as (id, text), in order.
    static func plan(_ runner: InterviewRunner, _ arguments: [String]) throws -> [(id: String, text: String)] {
        let result = try runner.run(["plan"] + arguments + ["--format", "json"])
        try #require(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let questions = try #require(json?["questions"] as? [[String: Any]])
        return questions.compactMap { q in (q["id"] as? String).flatMap { id in (q["text"] as? String).map { (id, $0) } } }
    }

    /// The HTML kit's questions as (id, text) in page order, text unescaped.
    static func htmlQuestions(_ html: String) -> [(id: String, text: String)] {
        let pattern = #"<section class="page question">\s*<h2>Question \d+ of \d+ · [^<]*<span class="qid">\s*<code>([^<]*)</code>\s*</span>\s*</h2>\s*(?:<p class="qid">[^<]*</p>\s*)?<blockquote>([^<]*)</blockquote>"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let id = Range(match.range(at: 1), in: html), let text = Range(match.range(at: 2), in: html) else { return nil }
            return (String(html[id]), unescape(String(html[text])))
        }
    }

    static func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The Markdown kit's question ids in order: the line after each question's heading.
    static func markdownIDs(_ md: String) -> [String] {
        let lines = md.components(separatedBy: "\n")
        return lines.indices.filter { lines[$0].hasPrefix("## Question ") && $0 + 2 < lines.count }.map { lines[$0 + 2] }
    }

    @Test("HTML (the default): exactly plan's questions for the same arguments, in order, with their texts")
    func sameAsPlan() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let planned = try Self.plan(runner, Self.arguments)
            try #require(planned.count == 7)
            let kit = try runner.run(["kit"] + Self.arguments)
            #expect(kit.status == 0, "\(kit.stderr)")
            #expect(kit.stderr == "")
            #expect(kit.stdout.hasPrefix("<!DOCTYPE html>"))
            let listed = Self.htmlQuestions(kit.stdout)
            #expect(listed.map(\.id) == planned.map(\.id))
            #expect(listed.map(\.text) == planned.map(\.text))
            #expect(!kit.stdout.lowercased().contains("<script"))
            #expect(!FileManager.default.fileExists(atPath: database.address), "a kit records nothing")
        }
    }

    @Test("--format md: the same questions in order; without --seed the cover shows the seed, and plan with it draws the same")
    func markdown() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let kit = try runner.run(["kit"] + Self.arguments + ["--format", "md"])
            #expect(kit.status == 0, "\(kit.stderr)")
            #expect(kit.stdout.hasPrefix("# Interview kit: X\n"))
            let planned = try Self.plan(runner, Self.arguments)
            #expect(Self.markdownIDs(kit.stdout) == planned.map(\.id))
            for question in planned where !question.text.contains(where: { "<>&|\\\n".contains($0) }) {
                #expect(kit.stdout.contains("> \(question.text)\n"), "\(question.id)")
            }
            let unseeded = try runner.run(["kit", "--blueprint", "screen-30", "--candidate", "X", "--format", "md"])
            #expect(unseeded.status == 0, "\(unseeded.stderr)")
            let seedLine = try #require(unseeded.stdout.components(separatedBy: "\n").first { $0.hasPrefix("- **Seed:** ") })
            let seed = String(seedLine.dropFirst("- **Seed:** ".count))
            #expect(UInt64(seed) != nil)
            let replanned = try Self.plan(runner, ["--blueprint", "screen-30", "--candidate", "X", "--seed", seed])
            #expect(Self.markdownIDs(unseeded.stdout) == replanned.map(\.id))
        }
    }

    @Test("--output writes the kit to a file (0600) and says so on standard error, nothing on standard output")
    func output() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let file = database.folder.appendingPathComponent("kit.html").path
            let written = try runner.run(["kit"] + Self.arguments + ["--output", file])
            #expect(written.status == 0, "\(written.stderr)")
            #expect(written.stdout == "")
            #expect(written.stderr == "wrote \(file)\n")
            let printed = try runner.run(["kit"] + Self.arguments)
            let day = /\d{4}-\d{2}-\d{2}/
            let content = try String(contentsOfFile: file, encoding: .utf8)
            #expect(content.replacing(day, with: "DAY") == printed.stdout.replacing(day, with: "DAY"))
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test("an unknown blueprint is one line and exit 1; an unknown format is a usage error (64) whose first line names the formats")
    func refusals() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let blueprint = try runner.run(["kit", "--blueprint", "nope", "--candidate", "X", "--seed", "7"])
            #expect(blueprint.status == 1)
            #expect(blueprint.stdout == "")
            #expect(blueprint.stderr.hasPrefix("Error: unknown blueprint 'nope' (known: general-45, practice, screen-30, senior-rust-60"))
            #expect(blueprint.stderr.filter { $0 == "\n" }.count == 1)
            let format = try runner.run(["kit"] + Self.arguments + ["--format", "pdf"])
            #expect(format.status == 64)
            #expect(format.stdout == "")
            #expect(
                format.stderr.components(separatedBy: "\n").first
                    == "Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'html' and 'md'.")
            let candidate = try runner.run(["kit", "--blueprint", "senior-rust-60", "--candidate", " "])
            #expect(candidate.status == 64)
            #expect(candidate.stderr.hasPrefix("Error: --candidate must not be empty\n"))
        }
    }

    @Test("a candidate with an earlier session: the kit leaves out the same questions plan does", arguments: Engine.all)
    func earlierSessions(engine: Engine) throws {
        try engine.withDatabase { database in
            let runner = database.runner
            let start = try runner.run(
                ["start", "--blueprint", "senior-rust-60", "--candidate", "Ada", "--interviewer", "alice", "--seed", "7"], stdin: "")
            try #require(start.status == 0, "\(start.stderr)")
            let earlier = try database.questions(ofSession: 1)
            try #require(earlier.count == 7)
            let arguments = ["--blueprint", "senior-rust-60", "--candidate", "Ada", "--seed", "7"]
            let planned = try Self.plan(runner, arguments)
            let kit = try runner.run(["kit"] + arguments)
            #expect(kit.status == 0, "\(kit.stderr)")
            let listed = Self.htmlQuestions(kit.stdout)
            #expect(listed.map(\.id) == planned.map(\.id))
            #expect(listed.count == 7)
            #expect(Set(listed.map(\.id)).isDisjoint(with: earlier), "the same seed draws none of Ada's earlier questions")
            let markdown = try runner.run(["kit"] + arguments + ["--format", "md"])
            #expect(Self.markdownIDs(markdown.stdout) == planned.map(\.id))
        }
    }
}
