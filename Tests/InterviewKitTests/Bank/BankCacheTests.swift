import Foundation
import Testing

@testable import InterviewKit

/// The bank cache must be invisible except in time: the same plans as the parsed bank, never
/// used once a file changed, and ignored when it is damaged.
@Suite("Bank cache")
struct BankCacheTests {
    /// A copy of the shipped bank and blueprints, with its own cache folder.
    final class Copy: @unchecked Sendable {
        let folder = TemporaryFolder()
        var bank: String { folder.url("rubrics") }
        var sessions: String { folder.url("sessions") }
        var environment: [String: String] { ["XDG_CACHE_HOME": folder.url("cache"), "HOME": folder.path] }
        var cachePath: String { BankCache.path(bank: bank, sessions: sessions, environment: environment) }

        init() throws {
            try FileManager.default.copyItem(atPath: ShippedBank.root + "/rubrics", toPath: bank)
            try FileManager.default.copyItem(atPath: ShippedBank.root + "/sessions", toPath: sessions)
        }

        func source(_ blueprint: String) throws -> (source: any DrawSource, blueprint: Blueprint) {
            try BankCache.drawSource(bank: bank, sessions: sessions, blueprint: blueprint, linter: .standard(), environment: environment)
        }
    }

    @Test func theSecondDrawReadsTheCacheAndDrawsTheSamePlans() throws {
        let copy = try Copy()
        let workspace = try BankWorkspace.load(bank: copy.bank, sessions: copy.sessions, linter: .standard())
        let first = try copy.source("senior-rust-60")
        #expect(first.source is BankDrawSource)
        #expect(FileManager.default.fileExists(atPath: copy.cachePath))
        let exposure = Dictionary(uniqueKeysWithValues: workspace.bank.questions.prefix(30).enumerated().map { ($1.id, $0 % 4) })
        let history = Dictionary(uniqueKeysWithValues: workspace.bank.questions.suffix(20).enumerated().map { ($1.id, $0 + 1) })
        for blueprint in workspace.blueprints {
            let cached = try copy.source(blueprint.id)
            #expect(cached.source is BankCache, "blueprint \(blueprint.id)")
            #expect(cached.blueprint == blueprint)
            for seed: UInt64 in [0, 1, 7, 42, 1234, .max] {
                let expected = try SessionPlanner.plan(
                    bank: workspace.bank, blueprint: blueprint, seed: seed, exposure: exposure, history: history,
                    isNearDuplicate: workspace.similarity.isSameQuestion)
                let actual = try SessionPlanner.plan(source: cached.source, blueprint: blueprint, seed: seed, exposure: exposure, history: history)
                #expect(actual.questions == expected.questions && actual.reused == expected.reused, "blueprint \(blueprint.id) seed \(seed)")
            }
        }
    }

    @Test func nearDuplicatesAreJudgedAsTheBankJudgesThem() throws {
        let copy = try Copy()
        // Two rewordings of async/backpressure under new ids: one word for word, one reworded.
        let handle = try #require(FileHandle(forWritingAtPath: copy.bank + "/async.yaml"))
        handle.seekToEndOfFile()
        for (id, text) in [
            ("async/backpressure-copy", "How does Rust implement backpressure in streaming systems?"),
            ("async/backpressure-reworded", "How does Rust manage backpressure in async streaming pipelines?"),
        ] {
            handle.write(Data("""
                  - id: \(id)
                    level: senior
                    minutes: 8
                    text: \(text)
                    points: [bounded channels, semaphores, poll_ready]
                    follow_ups:
                      - {id: a, text: Which queue is unbounded?}
                      - {id: b, text: What happens when it is full?}

                """.utf8))
        }
        try handle.close()
        let workspace = try BankWorkspace.load(bank: copy.bank, sessions: copy.sessions, linter: .standard())
        _ = try copy.source("senior-rust-60")
        let fingerprint = try #require(BankFingerprint(bank: copy.bank, sessions: copy.sessions))
        let cache = try #require(BankCache.open(path: copy.cachePath, fingerprint: fingerprint))
        let direct = BankDrawSource(bank: workspace.bank, isNearDuplicate: workspace.similarity.isSameQuestion)
        let ids = workspace.bank.questions.map(\.id)
        var same = 0
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] {
                let expected = direct.isNearDuplicate(a, b)
                #expect(cache.isNearDuplicate(a, b) == expected, "\(a) ~ \(b)")
                if expected { same += 1 }
            }
        }
        #expect(cache.drawQuestions == direct.drawQuestions)
        for id in ids { #expect(cache.question(id) == direct.question(id)) }
        #expect(cache.isNearDuplicate("async/backpressure", "async/backpressure-copy"))
        #expect(cache.isNearDuplicate("async/backpressure-reworded", "async/backpressure") == direct.isNearDuplicate("async/backpressure", "async/backpressure-reworded"))
        #expect(same >= 1)
    }

    @Test func aChangedFileIsReadAgain() throws {
        let copy = try Copy()
        _ = try copy.source("general-45")
        #expect(try copy.source("general-45").source is BankCache)
        let file = copy.bank + "/async.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // The same bytes written again: the size is unchanged, the modification time tells.
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        let afterEdit = try copy.source("general-45")
        #expect(afterEdit.source is BankDrawSource)
        #expect(try copy.source("general-45").source is BankCache)
        FileManager.default.createFile(atPath: copy.sessions + "/extra.yaml", contents: Data("id: extra\n".utf8))
        #expect(throws: BankError.self) { try copy.source("general-45") }
    }

    @Test func aDamagedCacheIsIgnoredAndReplaced() throws {
        let copy = try Copy()
        _ = try copy.source("screen-30")
        FileManager.default.createFile(atPath: copy.cachePath, contents: Data("not a database".utf8))
        #expect(try copy.source("screen-30").source is BankDrawSource)
        #expect(try copy.source("screen-30").source is BankCache)
    }

    @Test func aBlueprintFileIsNeverTakenFromTheCache() throws {
        let copy = try Copy()
        _ = try copy.source("screen-30")
        let drawn = try copy.source(copy.sessions + "/screen-30.yaml")
        #expect(drawn.source is BankDrawSource)
        #expect(drawn.blueprint.id == "screen-30")
    }

    @Test func everyQuestionComesBackFromTheCacheWhole() throws {
        let copy = try Copy()
        let bank = try BankWorkspace.load(bank: copy.bank, sessions: copy.sessions, linter: .standard()).bank
        _ = try copy.source("senior-rust-60")
        let cached = try copy.source("senior-rust-60").source
        #expect(cached is BankCache)
        #expect(bank.questions.contains { !$0.seenAs.isEmpty && !$0.variants.isEmpty })
        for question in bank.questions { #expect(cached.question(question.id) == question, "\(question.id)") }
    }
}

struct BankCacheIndexTests {
    @Test func theDrawIndexRoundTrips() {
        let questions = [
            Question(id: "a/one", topic: "a", level: .senior, minutes: 8, text: "?", points: [], followUps: []),
            Question(id: "b/two", topic: "b", level: .intermediate, minutes: 12, text: "?", points: [], followUps: []),
        ]
        let index = BankCache.encodeIndex(questions)
        #expect(BankCache.decodeIndex(index) == questions.map { DrawQuestion(id: $0.id, topic: $0.topic, level: $0.level.rawValue, minutes: $0.minutes) })
        #expect(BankCache.decodeIndex("") == [])
    }

    @Test func theShippedBankRoundTrips() throws {
        let questions = try ShippedBank.workspace().bank.questions
        let decoded = try #require(BankCache.decodeIndex(BankCache.encodeIndex(questions) + "\n"))
        #expect(decoded == questions.map { DrawQuestion(id: $0.id, topic: $0.topic, level: $0.level.rawValue, minutes: $0.minutes) })
    }

    @Test(arguments: ["a\tb\tsenior", "a\tb\tsenior\tx", "a\tb\tsenior\t8\textra", "a\tb\tsenior\t", "a\tb\tsenior\t-5", "a\tb\tsenior\t8 "])
    func aDamagedIndexIsRefused(_ text: String) {
        #expect(BankCache.decodeIndex(text) == nil)
    }
}
