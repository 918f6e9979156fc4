import Foundation
import Testing

/// Golden files: user-visible output compared byte for byte with a file under `Tests/interviewTests/Goldens/`.
///
/// `INTERVIEW_UPDATE_GOLDENS=1 swift test --filter Golden` rewrites every golden file that differs (or is
/// missing) and records an issue for each one it rewrote, so that a refresh never passes silently; run
/// the tests again without the variable to see them pass. A mismatch names the golden file, the first
/// differing line (expected and actual) and where the whole actual output was written.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static let updateVariable = "INTERVIEW_UPDATE_GOLDENS"
    static let updating = ProcessInfo.processInfo.environment[updateVariable] == "1"
    static let refreshCommand = "\(updateVariable)=1 swift test --filter Golden"

    /// Where the actual output of a mismatch is written, for `diff -u GOLDEN ACTUAL`.
    static let actualFolder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("interview-goldens-actual")

    /// Compares `actual` with the golden file `name` (a path relative to `Goldens/`), or rewrites it when updating.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name)
        let expected = FileManager.default.contents(atPath: file.path)
        let data = Data(actual.utf8)
        if updating {
            guard expected != data else { return }
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
                Issue.record(
                    "rewrote golden file \(file.path) (\(updateVariable)=1): review it with git diff, then run the tests again without \(updateVariable)",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not rewrite golden file \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected else {
            Issue.record("missing golden file \(file.path); create it with \(refreshCommand)", sourceLocation: sourceLocation)
            return
        }
        guard expected != data else { return }
        let saved = actualFolder.appendingPathComponent(name)
        var savedNote = ""
        if (try? FileManager.default.createDirectory(at: saved.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil,
            (try? data.write(to: saved)) != nil
        {
            savedNote = "\nthe actual output is in \(saved.path) (diff -u \(file.path) \(saved.path))"
        }
        let difference = describeDifference(expected: String(decoding: expected, as: UTF8.self), actual: actual)
        Issue.record(
            "output differs from golden file \(file.path)\n\(difference)\(savedNote)\nif the change is intended, refresh with \(refreshCommand)",
            sourceLocation: sourceLocation)
    }

    /// The first differing line of two texts, with two lines of context before it, the line numbers and
    /// the column where they part (a long line is cut around it). Lines are quoted with escapes, so that
    /// a difference in white space or line endings shows. Nil when the texts are equal.
    static func describeDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        var lines = ["first difference at line \(index + 1) (expected \(old.count) lines, got \(new.count)):"]
        for context in max(0, index - 2)..<index { lines.append("  same     \(context + 1): \(quoted(old[context]))") }
        let expectedLine = index < old.count ? old[index] : nil
        let actualLine = index < new.count ? new[index] : nil
        let column = zip(expectedLine ?? "", actualLine ?? "").prefix { $0 == $1 }.count
        lines.append("  expected \(index + 1): " + (expectedLine.map { excerpt($0, around: column) } ?? "(end of file)"))
        lines.append("  actual   \(index + 1): " + (actualLine.map { excerpt($0, around: column) } ?? "(end of file)"))
        if expectedLine != nil, actualLine != nil { lines.append("  (from column \(column + 1))") }
        return lines.joined(separator: "\n")
    }

    private static func quoted(_ line: Substring) -> String {
        String(reflecting: String(line))
    }

    /// The line quoted, cut to about 160 characters around `column` when longer.
    private static func excerpt(_ line: Substring, around column: Int) -> String {
        guard line.count > 160 else { return quoted(line) }
        let start = line.index(line.startIndex, offsetBy: max(0, column - 60))
        let end = line.index(start, offsetBy: 160, limitedBy: line.endIndex) ?? line.endIndex
        return (start > line.startIndex ? "…" : "") + quoted(line[start..<end]) + (end < line.endIndex ? "…" : "")
    }
}
