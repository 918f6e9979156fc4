import Foundation
import Testing

@testable import InterviewKit

/// Every `code` snippet of the shipped bank does what its `expect` says under the machine's rustc
/// (`rustc --edition 2024`, std only, in a temporary folder). Without rustc the test is cancelled
/// with a warning naming it, never passed.
@Suite("Code snippets of the bank under rustc")
struct CodeSnippetTests {
    static let missingCompiler: Comment = "rustc not found (PATH or ~/.cargo/bin): the bank's code snippets were not checked; install Rust 1.95 or later"

    static func rustc() -> String? {
        let environment = ProcessInfo.processInfo.environment
        var folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        if let home = environment["HOME"] { folders.append(home + "/.cargo/bin") }
        return folders.map { $0 + "/rustc" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// The snippet's verdict: nil when it behaves as expected.
    static func check(_ snippet: CodeSnippet, rustc: String) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-snippet-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try snippet.source.write(to: folder.appendingPathComponent("main.rs"), atomically: true, encoding: .utf8)
        var arguments = ["--edition", snippet.edition, "-o", folder.appendingPathComponent("snippet").path, "main.rs"]
        if snippet.isLibrary { arguments += ["--crate-type", "lib"] }
        let compiled = try run(rustc, arguments, in: folder)
        guard compiled.status == 0, case .runs = snippet.expect else {
            return snippet.expect.mismatch(compiled: compiled.status == 0, compilerOutput: compiled.stderr)
        }
        let ran = try run(folder.appendingPathComponent("snippet").path, [], in: folder)
        return snippet.expect.mismatch(compiled: true, compilerOutput: compiled.stderr, exitStatus: ran.status, stdout: ran.stdout)
    }

    static let snippets: [(id: String, snippet: CodeSnippet)] = {
        let bank = BankLoader().loadBank(at: ShippedBank.root + "/rubrics").bank
        return bank.questions.flatMap { question in question.crib.code.map { (question.id, $0) } }
    }()

    @Test("the shipped bank has snippets, each in rust")
    func present() {
        #expect(Self.snippets.count >= 20)
        for (id, snippet) in Self.snippets { #expect(snippet.lang == "rust", "\(id)") }
    }

    @Test("each snippet behaves as its expect says", arguments: snippets.map(\.id))
    func behaves(id: String) throws {
        guard let rustc = Self.rustc() else {
            Issue.record(Self.missingCompiler, severity: .warning)
            try Test.cancel(Self.missingCompiler)
        }
        for (_, snippet) in Self.snippets.filter({ $0.id == id }) {
            let verdict = try Self.check(snippet, rustc: rustc)
            #expect(verdict == nil, "\(id): \(verdict ?? "")")
        }
    }

    @Test("the checker itself: a wrong expectation is caught in each form")
    func catchesMismatch() throws {
        guard let rustc = Self.rustc() else {
            Issue.record(Self.missingCompiler, severity: .warning)
            try Test.cancel(Self.missingCompiler)
        }
        let prints = "fn main() { println!(\"4\"); }"
        #expect(try Self.check(CodeSnippet(source: prints, expect: .runs(stdout: "4")), rustc: rustc) == nil)
        #expect(try Self.check(CodeSnippet(source: prints, expect: .runs(stdout: "5\n")), rustc: rustc) != nil)
        #expect(try Self.check(CodeSnippet(source: prints, expect: .fails(code: nil)), rustc: rustc) != nil)
        let moved = "fn f() { let s = String::new(); let t = s; let u = s; }"
        #expect(try Self.check(CodeSnippet(source: moved, expect: .fails(code: "E0382")), rustc: rustc) == nil)
        #expect(try Self.check(CodeSnippet(source: moved, expect: .fails(code: "E0499")), rustc: rustc) != nil)
        #expect(try Self.check(CodeSnippet(source: moved, expect: .compiles), rustc: rustc) != nil)
    }

    @Test("expect reads every form of the grammar and refuses others")
    func grammar() {
        #expect(CodeExpectation(text: "compiles") == .compiles)
        #expect(CodeExpectation(text: "error") == .fails(code: nil))
        #expect(CodeExpectation(text: "error E0038") == .fails(code: "E0038"))
        #expect(CodeExpectation(text: #"runs "3\n4\n""#) == .runs(stdout: "3\n4\n"))
        #expect(CodeExpectation(text: #"runs "say \"hi\"""#) == .runs(stdout: "say \"hi\""))
        for bad in ["", "compile", "error 38", "runs 3", #"runs "open"#, "panics"] { #expect(CodeExpectation(text: bad) == nil, "\(bad)") }
        #expect(CodeExpectation(text: CodeExpectation.runs(stdout: "a\n\"b\"").description) == .runs(stdout: "a\n\"b\""))
    }
}
