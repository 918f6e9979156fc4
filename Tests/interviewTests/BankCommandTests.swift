import Foundation
import Testing

@Suite("interview bank (the built executable)")
struct BankCommandTests {
    let runner = InterviewRunner()

    func temporaryBank() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["rubrics", "sessions"] {
            try FileManager.default.copyItem(
                at: InterviewRunner.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test("bank import reads a saved HTML page, MediaWiki markup and a CSV file with a question column")
    func importPageFormats() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "page.html": """
                <!DOCTYPE html><html><head><title>Q</title></head><body><nav><a href="/">Home</a></nav>
                <h2>Locks</h2><ol><li>What is a <code>Mutex&lt;T&gt;</code> guard?</li><li><p>When does a lock convoy form?</p></li></ol>
                <footer>What is our policy?</footer></body></html>
                """,
            "wiki.txt": "== Locks ==\n# What is a Mutex<T> guard?\n# When does a lock convoy form?\n",
            "list.csv": "id,question,level\n1,What is a Mutex<T> guard?,Senior\n2,\"When does a lock convoy form, and why?\",Staff\n",
        ]
        let expected = [
            "page.html": ["What is a Mutex<T> guard?", "When does a lock convoy form?"],
            "wiki.txt": ["What is a Mutex<T> guard?", "When does a lock convoy form?"],
            "list.csv": ["What is a Mutex<T> guard?", "When does a lock convoy form, and why?"],
        ]
        for (name, text) in files {
            let file = folder.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let result = try runner.run(["bank", "import", file.path, "--format", "json"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let entries = try #require(json["entries"] as? [[String: Any]])
            #expect(entries.compactMap { $0["text"] as? String } == expected[name], "\(name)")
            #expect(entries.allSatisfy { $0["topic"] as? String == "concurrency" }, "\(name)")
        }
    }

    @Test("bank import with the shipped bank reports a language topic's question under its area, and the skeleton under the topic; bank list shows the area")
    func importReportsArea() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("list.md")
        try "1. Why is `&mut T` invariant in `T` when `&T` is covariant?\n2. How does a `macro_rules!` fragment specifier like `$e:expr` change parsing?\n3. How does the Go scheduler park a goroutine blocked on a channel?\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let json = try runner.run(["bank", "import", file.path, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.map { $0["topic"] as? String } == ["memory", "compiler", "async"])
        #expect(entries.map { $0["bankTopic"] as? String } == ["lifetimes", "macros", "async"])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        #expect(clusters.map { $0["topic"] as? String } == ["memory", "compiler", "async"])
        let yaml = try runner.run(["bank", "import", file.path, "--format", "yaml"])
        #expect(yaml.stdout.contains("rubrics/lifetimes.yaml") && yaml.stdout.contains("topic: macros"), "\(yaml.stdout)")
        #expect(!yaml.stdout.contains("topic: memory"))
        let list = try runner.run(["bank", "list", "--topic", "lifetimes", "--format", "json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let topics = try #require(listed["topics"] as? [[String: Any]])
        #expect(topics.map { $0["area"] as? String } == ["memory"])
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try runner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test("the shipped bank and blueprints lint clean")
    func shippedBankLintsClean() throws {
        let result = try runner.run(["bank", "lint"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ok: 18 topics, "))
        #expect(result.stderr == "")
    }

    @Test("broken YAML exits 1 with path:line:column")
    func brokenYAML() throws {
        let folder = try temporaryBank()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rubrics/async.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        try (original + "questions:\n  - id: [unclosed\n").write(to: file, atomically: true, encoding: .utf8)
        // libyaml notices the unclosed flow sequence at the end of the input: the line after the last.
        let lines = original.filter { $0 == "\n" }.count + 3
        let result = try InterviewRunner(directory: folder).run(["bank", "lint"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rubrics/async.yaml:\(lines):1: YAML syntax: "))
        #expect(result.stderr.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test("an unknown field exits 1 naming file, line, key path and the likely field")
    func unknownField() throws {
        let folder = try temporaryBank()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rubrics/memory.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(text.range(of: "    red_flags:"))
        text.replaceSubrange(range, with: "    red_flag:")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        let result = try InterviewRunner(directory: folder).run(["bank", "lint"])
        #expect(result.status == 1)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("rubrics/memory.yaml:\(line): questions["))
        #expect(first.contains("].red_flag: unknown field 'red_flag' (did you mean 'red_flags'?)"))
    }

    @Test("an impossible blueprint names the topic and level that lack questions")
    func impossibleBlueprint() throws {
        let folder = try temporaryBank()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id: huge\ntitle: Huge\nminutes: 600\nquestions: 60\ntopics: {async: 60}\n"
            .write(to: folder.appendingPathComponent("sessions/huge.yaml"), atomically: true, encoding: .utf8)
        let result = try InterviewRunner(directory: folder).run(["bank", "lint"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sessions/huge.yaml:1: async lacks "))
    }

    @Test("a missing bank folder is one line and exit 1")
    func missingFolder() throws {
        let result = try runner.run(["bank", "lint", "--bank", "/nonexistent/rubrics"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("/nonexistent/rubrics: no such folder\n"))
    }

    @Test("bank list --format json has cli.md's shape, filtered by topic and level")
    func listJSON() throws {
        let result = try runner.run(["bank", "list", "--topic", "async", "--level", "senior", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let topics = try #require(json["topics"] as? [[String: Any]])
        #expect(topics.count == 1)
        #expect(topics[0]["topic"] as? String == "async")
        let questions = try #require(topics[0]["questions"] as? [[String: Any]])
        #expect(!questions.isEmpty)
        for question in questions {
            #expect(question["level"] as? String == "senior")
            #expect(Set(question.keys) == ["id", "level", "minutes", "text", "variants", "points", "follow_ups", "red_flags"])
        }
    }

    @Test("bad options: an unknown level is a usage error (64), an unknown topic is exit 1")
    func badOptions() throws {
        let level = try runner.run(["bank", "list", "--level", "wizard"])
        #expect(level.status == 64)
        #expect(level.stderr.contains("unknown level 'wizard'; allowed: junior, intermediate, senior, staff"))
        let topic = try runner.run(["bank", "list", "--topic", "nope"])
        #expect(topic.status == 1)
        #expect(topic.stderr.hasPrefix("Error: unknown topic 'nope' (known: api-design, architecture, async, "))
    }
}
