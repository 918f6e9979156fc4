import Foundation
import Testing

@testable import InterviewKit

@Suite("Bank loader")
struct BankLoaderTests {
    func load(_ folder: TemporaryFolder) -> BankLoader.Loaded {
        BankLoader().loadBank(at: folder.url("rubrics"))
    }

    @Test("the valid fixture loads with every field and no diagnostics")
    func validFixture() throws {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let loaded = load(folder)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.bank.topics.map(\.id) == ["async", "memory"])
        let question = try #require(loaded.bank.question("async/cancel"))
        #expect(question.level == .intermediate)
        #expect(question.minutes == 5)
        #expect(question.points.count == 4)
        #expect(question.crib.bonus == ["a bonus point"])
        #expect(question.crib.guide[3] == "Core points 1-4.")
        #expect(question.crib.sources == ["https://doc.rust-lang.org/reference/"])
        #expect(question.followUps == [FollowUp(id: "one", text: "First follow-up?"), FollowUp(id: "two", text: "Second follow-up?")])
        #expect(question.location?.line == 36)
        let rubric = try #require(loaded.bank.rubric("default"))
        #expect(rubric.scale == 1...4)
        #expect(rubric.criteria.map(\.id) == ["correctness", "depth", "tradeoffs", "communication"])
        #expect(rubric.criteria[0].anchors[3] == "accurate")
    }

    @Test("broken YAML is reported with path, line and column")
    func brokenYAML() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let file = folder.write("rubrics/async.yaml", "topic: async\nquestions:\n  - id: [unclosed\n")
        let messages = load(folder).diagnostics.map(\.description)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(file):4:1: YAML syntax: ") == true)
    }

    @Test("a misspelt field is an error that names the field, its line and the likely meaning")
    func unknownField() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let text = BankFixture.asyncTopic.replacingOccurrences(of: "    follow_ups:\n", with: "    follow_up:\n")
        let file = folder.write("rubrics/async.yaml", text)
        let messages = load(folder).diagnostics.map(\.description)
        #expect(messages.contains(
            "\(file):16: questions[0].follow_up: unknown field 'follow_up' (did you mean 'follow_ups'?); allowed: id, level, minutes, text, variants, seen_as, points, bonus, guide, code, red_flags, follow_ups, related, sources"))
    }

    @Test("an unknown level names the allowed ones")
    func unknownLevel() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let file = folder.write("rubrics/async.yaml", BankFixture.asyncTopic.replacingOccurrences(of: "level: intermediate", with: "level: principal"))
        #expect(load(folder).diagnostics.map(\.description) == [
            "\(file):37: questions[2].level: unknown level 'principal'; allowed: junior, intermediate, senior, staff"
        ])
    }

    @Test("a code snippet needs a source and an expect in the grammar; a guide's keys are scores")
    func codeAndGuide() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        func problems(_ insert: String) -> [String] {
            let text = BankFixture.asyncTopic.replacingOccurrences(of: "    red_flags: [a red flag]\n", with: "    red_flags: [a red flag]\n" + insert)
            folder.write("rubrics/async.yaml", text)
            return load(folder).diagnostics.map(\.description)
        }
        let noExpect = problems("    code:\n      source: fn f() {}\n")
        #expect(noExpect.contains { $0.contains("questions[0].code.expect: ") && $0.contains("missing") }, "\(noExpect)")
        let badExpect = problems("    code:\n      source: fn f() {}\n      expect: panics\n")
        #expect(badExpect.contains { $0.contains("questions[0].code.expect: expect must be one of: compiles | runs \"<exact stdout>\" | error | error EXXXX; found 'panics'") }, "\(badExpect)")
        let noSource = problems("    code: {expect: compiles}\n")
        #expect(noSource.contains { $0.contains("questions[0].code.source") }, "\(noSource)")
        let list = problems("    code:\n      - {source: 'fn f() {}', expect: compiles}\n      - {source: 'fn g() {}', expect: error E0308}\n")
        #expect(list.isEmpty, "\(list)")
        folder.write("rubrics/async.yaml", BankFixture.asyncTopic.replacingOccurrences(of: "guide: {1: Misses", with: "guide: {one: Misses"))
        #expect(load(folder).diagnostics.map(\.description).contains { $0.contains("guide keys are scores (whole numbers), found 'one'") })
    }

    @Test("minutes must be a whole number")
    func minutesNotANumber() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let file = folder.write("rubrics/async.yaml", BankFixture.asyncTopic.replacingOccurrences(of: "minutes: 5", with: "minutes: soon"))
        #expect(load(folder).diagnostics.map(\.description) == ["\(file):38: questions[2].minutes: expected a whole number, found 'soon'"])
    }

    @Test(
        "plain scalars are typed by YAML 1.1's rules, quoted ones are text",
        arguments: [
            ("5", nil), ("0x5", nil), ("+5", nil), ("1_0", nil), ("\"5\"", "'5'"), ("'5'", "'5'"), ("!!str 5", "'5'"), ("5.5", "'5.5'"),
            ("yes", "'yes'"), ("five minutes", "'five minutes'"), ("2024-01-01", "'2024-01-01'"), (".inf", "'.inf'"),
        ] as [(String, String?)])
    func scalarTyping(value: String, found: String?) {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let file = folder.write("rubrics/async.yaml", BankFixture.asyncTopic.replacingOccurrences(of: "minutes: 5", with: "minutes: \(value)"))
        let expected = found.map { ["\(file):38: questions[2].minutes: expected a whole number, found \($0)"] } ?? []
        #expect(load(folder).diagnostics.map(\.description) == expected)
    }

    @Test("a null or empty plain value counts as absent, and keys typed as numbers stay numbers")
    func nullAndNumericKeys() throws {
        for empty in ["~", "null", ""] {
            let folder = TemporaryFolder()
            BankFixture.write(to: folder)
            let file = folder.write("rubrics/async.yaml", BankFixture.asyncTopic.replacingOccurrences(of: "minutes: 5", with: "minutes: \(empty)"))
            #expect(load(folder).diagnostics.map(\.description) == ["\(file):36: questions[2].minutes: missing required field 'minutes'"], "\(empty)")
        }
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let question = try #require(load(folder).bank.question("async/cancel"))
        #expect(question.crib.guide.keys.sorted() == [1, 2, 3, 4])
    }

    @Test("a file that is not UTF-8 is refused by name")
    func notUTF8() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        folder.write("rubrics/async.yaml", bytes: [0x74, 0x6F, 0xFF, 0xFE, 0x3A, 0x0A])
        #expect(load(folder).diagnostics.map(\.description) == ["\(folder.url("rubrics/async.yaml")): not UTF-8 text"])
    }

    @Test("a UTF-8 byte-order mark and CRLF line endings are accepted")
    func bomAndCRLF() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        folder.write("rubrics/async.yaml", "\u{FEFF}" + BankFixture.asyncTopic.replacingOccurrences(of: "\n", with: "\r\n"))
        let loaded = load(folder)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.bank.topic("async")?.questions.count == 3)
    }

    @Test("a missing folder and an empty folder are each one clear problem")
    func missingAndEmpty() {
        let folder = TemporaryFolder()
        #expect(BankLoader().loadBank(at: folder.url("nope")).diagnostics.map(\.description) == ["\(folder.url("nope")): no such folder"])
        try? FileManager.default.createDirectory(atPath: folder.url("empty"), withIntermediateDirectories: true)
        #expect(BankLoader().loadBank(at: folder.url("empty")).diagnostics.map(\.description) == [
            "\(folder.url("empty")): no topic files (expected <topic>.yaml files and _rubrics.yaml)"
        ])
    }

    @Test("a topic must match its file name")
    func topicFileName() {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        let file = folder.write("rubrics/asink.yaml", BankFixture.asyncTopic.replacingOccurrences(of: "async/", with: "asink/"))
        let messages = load(folder).diagnostics.map(\.description)
        #expect(messages == ["\(file):1: topic: topic 'async' must match its file name 'asink.yaml'"])
    }

    @Test("blueprint counts are integral, weights are not, and levels are optional")
    func blueprintWeights() throws {
        let folder = TemporaryFolder()
        let counts = folder.write("a.yaml", "id: a\ntitle: A\nminutes: 30\nquestions: 3\ntopics: {async: 2, memory: 1}\n")
        let weights = folder.write("b.yaml", "id: b\ntitle: B\nminutes: 30\nquestions: 3\ntopics: {async: 0.5, memory: 0.5}\nlevels: {senior: 2, intermediate: 1}\n")
        let a = try #require(BankLoader().loadBlueprint(file: counts).blueprint)
        let b = try #require(BankLoader().loadBlueprint(file: weights).blueprint)
        #expect(a.topics.integral && a.levels == nil)
        #expect(a.topics.pairs.map(\.id) == ["async", "memory"])
        #expect(!b.topics.integral && b.levels?.integral == true)
    }
}
