import Foundation
import Testing

/// The HTML kit printed by a real browser: Chromium's headless print to PDF, read back with
/// poppler's `pdftotext`. The layout promises a cover, one page per question and a closing page.
///
/// Needs `chromium` (or `chromium-browser`) on PATH, else the test records a warning and is
/// cancelled: it never passes silently. Without `pdftotext` the page count is still checked, by
/// counting the PDF's `/Type /Page` objects, and a warning says the text was not read.
@Suite("interview kit printed to PDF by Chromium (the built executable)")
struct KitPDFTests {
    static func onPath(_ names: [String]) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }

    static let missingChromium: Comment = "PDF test not run: no chromium or chromium-browser on PATH (apt-get install chromium poppler-utils)"
    static let missingPdftotext: Comment =
        "PDF text not checked: no pdftotext on PATH (apt-get install poppler-utils); only the page count was checked, from the PDF's /Type /Page objects"

    /// Whitespace removed: the browser wraps lines wherever it likes.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    @Test("senior-rust-60, seed 7: 9 pages (cover, 7 questions, closing), each question's heading and text on its own page", .timeLimit(.minutes(2)))
    func printed() throws {
        guard let chromium = Self.onPath(["chromium", "chromium-browser"]) else {
            Issue.record(Self.missingChromium, severity: .warning)
            try Test.cancel(Self.missingChromium)
        }
        try Engine.sqlite.withDatabase { database in
            let runner = database.runner
            let planned = try KitCommandTests.plan(runner, KitCommandTests.arguments)
            try #require(planned.count == 7)
            let html = database.folder.appendingPathComponent("kit.html").path
            let kit = try runner.run(["kit"] + KitCommandTests.arguments + ["--output", html])
            try #require(kit.status == 0, "\(kit.stderr)")

            let pdf = database.folder.appendingPathComponent("kit.pdf").path
            let printed = try InterviewRunner.run(
                executable: chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + database.folder.appendingPathComponent("chromium").path,
                    "--print-to-pdf=" + pdf, "--no-pdf-header-footer", URL(fileURLWithPath: html).absoluteString,
                ],
                directory: database.folder)
            try #require(printed.status == 0 && FileManager.default.fileExists(atPath: pdf), "chromium failed: \(printed.stderr)")

            let bytes = try #require(FileManager.default.contents(atPath: pdf))
            let raw = String(decoding: bytes, as: UTF8.self)
            let pageObjects = raw.matches(of: /\/Type\s*\/Page(?![a-zA-Z])/).count
            #expect(pageObjects == 2 + planned.count, "pages counted from /Type /Page objects")

            guard let pdftotext = Self.onPath(["pdftotext"]) else {
                Issue.record(Self.missingPdftotext, severity: .warning)
                return
            }
            let extracted = try InterviewRunner.run(executable: pdftotext, ["-enc", "UTF-8", pdf, "-"], directory: database.folder)
            try #require(extracted.status == 0, "\(extracted.stderr)")
            var pages = extracted.stdout.components(separatedBy: "\u{0C}")
            if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
            #expect(pages.count == 2 + planned.count, "pages as pdftotext reads them")
            try #require(pages.count >= 1 + planned.count)
            #expect(pages[0].contains("Interview kit: X"))
            for (offset, question) in planned.enumerated() {
                let page = Self.squeezed(pages[offset + 1])
                #expect(page.contains(Self.squeezed("Question \(offset + 1) of \(planned.count)")), "page \(offset + 2)")
                #expect(page.contains(Self.squeezed(question.id)), "page \(offset + 2): \(question.id)")
                #expect(page.contains(Self.squeezed(question.text)), "page \(offset + 2): the text of \(question.id)")
            }
            #expect(pages.last?.contains("Recommendation") == true)
        }
    }
}
