import Foundation
import Testing

@testable import InterviewKit

/// Golden files: every format of a session report, a blind one and a candidate report, compared
/// byte for byte with `References/`. `INTERVIEW_UPDATE_GOLDENS=1 swift test` rewrites them (and
/// fails, as the executable's goldens do, so a refresh never passes unseen); a missing reference fails.
@Suite("Report references (golden files)")
struct ReportReferenceTests {
    static let references = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References")
    static let recording = ProcessInfo.processInfo.environment["INTERVIEW_UPDATE_GOLDENS"] == "1"

    static func documents() throws -> [(name: String, document: ReportDocument)] {
        let recorded = try ReportFixture.record()
        let first = try recorded.store.session(recorded.first)
        let sessions = try recorded.store.sessions(ofCandidate: ReportFixture.candidate)
        let topics = try recorded.store.topicsInUse(recentSessions: 500)
        return [
            ("session", ReportFixture.builder().session(first)),
            ("session-blind", ReportFixture.builder(blindSeed: 42).session(first)),
            ("candidate", try ReportFixture.builder().candidate(ReportFixture.candidate, records: sessions, topicsInUse: topics)),
        ]
    }

    @Test("each format matches its reference", arguments: ReportFormat.allCases)
    func matches(format: ReportFormat) throws {
        for (name, document) in try Self.documents() {
            let file = Self.references.appendingPathComponent("\(name).\(format.fileExtension)")
            let actual = format.render(document)
            if Self.recording {
                try FileManager.default.createDirectory(at: Self.references, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
                Issue.record("rewrote \(file.path); review it with git diff and run the tests again")
                continue
            }
            guard let expected = FileManager.default.contents(atPath: file.path) else {
                Issue.record("missing reference \(file.path); run INTERVIEW_UPDATE_GOLDENS=1 swift test")
                continue
            }
            if expected != Data(actual.utf8) {
                Issue.record("\(file.lastPathComponent) differs from its reference:\n\(try Self.diff(expected: file, actual: actual))")
            }
        }
    }

    /// `diff -u` of the reference and the actual text.
    static func diff(expected: URL, actual: String) throws -> String {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("report-actual-" + UUID().uuidString)
        try Data(actual.utf8).write(to: temporary)
        defer { try? FileManager.default.removeItem(at: temporary) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-u", expected.path, temporary.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}
