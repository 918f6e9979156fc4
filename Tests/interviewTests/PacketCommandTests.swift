import Foundation
import Testing

/// `interview packet` through the built binary: hostile text stays text (in the page's bytes and
/// in a real browser), blind packets name no one, it prints to PDF, and bad selections are one line.
@Suite("interview packet (the built executable)")
struct PacketCommandTests {
    static let hostile = #"<script>alert("x")</script> & Bo"#
    static let summary = #"<img src=x onerror=alert(1)> solid on Pin; <b>hire</b>"#

    /// Two candidates with one finished, scored session each on a throwaway SQLite database.
    func populate(_ runner: InterviewRunner) throws {
        for (candidate, score, seed) in [(Self.hostile, "3 3 3 3", "4"), ("Cy", "2 2 1 2", "5")] {
            let script = "s \(score)\nn\ns \(score)\nn\ns \(score)\nn\ns \(score)\nn\nrec yes\nsummary \(Self.summary)\nfinish\n"
            let run = try runner.run(["start", "--blueprint", "screen-30", "--candidate", candidate, "--interviewer", "alice", "--seed", seed], stdin: script)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let listed = try runner.run(["sessions"])
        #expect(listed.stdout.components(separatedBy: "finished").count == 3, "\(listed.stdout)")
    }

    @Test("recorded text is escaped in HTML and Markdown; the blind packet names no one")
    func escaping() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            try populate(runner)
            let html = try runner.run(["packet", "--all"])
            #expect(html.status == 0, "\(html.stderr)")
            #expect(!html.stdout.contains("<script"))
            #expect(!html.stdout.contains("<img"))
            #expect(!html.stdout.contains("<b>hire"))
            #expect(html.stdout.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; Bo"))
            #expect(html.stdout.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.stdout.contains("@media print"))
            let markdown = try runner.run(["packet", "--all", "--format", "md"])
            #expect(markdown.status == 0, "\(markdown.stderr)")
            // Markdown escapes with a backslash: no `<` is left bare.
            let bare = zip(markdown.stdout.dropFirst(), markdown.stdout).filter { $0.0 == "<" && $0.1 != "\\" }
            #expect(bare.isEmpty, "\(markdown.stdout)")
            #expect(markdown.stdout.contains(#"\<img src=x onerror=alert(1)\> solid on Pin; \<b\>hire\</b\>"#))
            #expect(markdown.stdout.contains("| Cy | 1 of 1 yes; fair "))
            let blind = try runner.run(["packet", "--all", "--blind", "--seed", "3", "--format", "md"])
            #expect(blind.status == 0, "\(blind.stderr)")
            #expect(!blind.stdout.contains("Cy"))
            #expect(!blind.stdout.contains("script"))
            #expect(blind.stdout.contains("Candidate A") && blind.stdout.contains("Candidate B"))
        }
    }

    @Test("the packet prints: Chromium makes a PDF whose text holds every candidate and section")
    func printsToPDF() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile(atPath:)),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
        else {
            try Test.cancel("Chromium or pdftotext (poppler-utils) is not installed: the packet was not printed")
        }
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            try populate(runner)
            let page = database.folder.appendingPathComponent("packet.html").path
            let pdf = database.folder.appendingPathComponent("packet.pdf").path
            let written = try runner.run(["packet", "--candidate", "Cy", "--candidate", Self.hostile, "--output", page])
            #expect(written.status == 0, "\(written.stderr)")
            let printed = try InterviewRunner.run(
                executable: chromium,
                ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(page)"],
                stdin: nil, environment: ["HOME": database.folder.path], directory: database.folder)
            #expect(printed.status == 0, "\(printed.stderr)")
            let text = try InterviewRunner.run(executable: "/usr/bin/pdftotext", ["-layout", pdf, "-"], stdin: nil, environment: [:], directory: database.folder)
            #expect(text.status == 0)
            for expected in ["Committee packet", "Verdicts", "Every interviewer's question scores", "Recommendations and summaries", "Cy", #"<script>alert("x")</script> & Bo"#, "<img src=x onerror=alert(1)> solid on Pin"] {
                #expect(text.stdout.contains(expected), "missing from the PDF: \(expected)")
            }
            // The grid and the summaries each start a page: three pages at least.
            #expect(text.stdout.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count >= 3)
        }
    }

    @Test("an unknown candidate, an empty selection and no selection are one clear line")
    func badSelections() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            try populate(runner)
            let unknown = try runner.run(["packet", "--candidate", "Nobody"])
            #expect(unknown.status == 1)
            #expect(unknown.stdout.isEmpty)
            #expect(unknown.stderr.split(separator: "\n").count == 1 && unknown.stderr.contains("Nobody"), "\(unknown.stderr)")
            let empty = try runner.run(["packet", "--blueprint", "senior-rust-60"])
            #expect(empty.status == 1)
            #expect(empty.stderr == "Error: no candidate has a finished session of blueprint senior-rust-60: the packet would be empty\n")
            let none = try runner.run(["packet"])
            #expect(none.status == 64)
            #expect(none.stderr.hasPrefix("Error: say whom the packet covers"))
            let bad = try runner.run(["packet", "--since", "yesterday"])
            #expect(bad.status == 64)
        }
    }

    @Test("a selection of more candidates than a packet covers is refused in one line that says how to narrow it")
    func tooMany() throws {
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let generated = try runner.run(["bench", "generate", "--sessions", "120", "--candidates", "80", "--panels", "1", "--questions", "4-4"])
            #expect(generated.status == 0, "\(generated.stderr)")
            let all = try runner.run(["packet", "--all"])
            #expect(all.status == 1)
            #expect(all.stdout.isEmpty)
            #expect(all.stderr.split(separator: "\n").count == 1, "\(all.stderr)")
            #expect(all.stderr.contains(" candidates have sessions in the database; a packet covers at most 50: name them with --candidate"), "\(all.stderr)")
            let two = try runner.run(["packet", "--candidate", "candidate 1", "--candidate", "candidate 2", "--format", "md"])
            #expect(two.status == 0, "\(two.stderr)")
            #expect(two.stdout.hasPrefix("# Committee packet"))
        }
    }
}
