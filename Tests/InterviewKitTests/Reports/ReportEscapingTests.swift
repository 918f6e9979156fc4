import Foundation
import Testing

@testable import InterviewKit

@Suite("Text from people shows as text in every format")
struct ReportEscapingTests {
    static let name = "'); DROP TABLE score;--"

    func document() throws -> ReportDocument {
        let store = try SQLiteStore.inMemory()
        let id = try store.createSession(SessionFixture.newSession(candidate: Self.name, ids: ["async/a"]))
        let at = SessionFixture.start + 60
        try store.record(
            [
                .note("<script>alert(1)</script>"), .followUp(id: nil, text: "<img src=x onerror=alert(2)>"),
                .score(["correctness": 3, "depth": 3, "tradeoffs": 3, "communication": 3]),
            ], session: id, question: "async/a", interviewer: "<b>eve</b> & \"co\"", at: at)
        try store.finish(session: id, interviewer: "alice", recommendation: .yes, summary: "&lt;not an entity&gt; | pipe", at: at + 10)
        return ReportFixture.builder().session(try store.session(id))
    }

    @Test("HTML: a script note, a typed follow-up, a name and an entity-looking summary are escaped text")
    func html() throws {
        let html = HTMLRenderer().render(try document())
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("'); DROP TABLE score;--"))
        #expect(html.contains("&lt;b&gt;eve&lt;/b&gt; &amp; \"co\""))
        #expect(html.contains("&amp;lt;not an entity&amp;gt;"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
    }

    @Test("Markdown: markup characters are backslash-escaped")
    func markdown() throws {
        let md = MarkdownRenderer().render(try document())
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(md.contains("# Interview report: '); DROP TABLE score;--"))
        #expect(md.contains("\\&lt;not an entity\\&gt; \\| pipe"))
        #expect(md.range(of: #"(?<!\\)<"#, options: .regularExpression) == nil, "every < is escaped")
    }

    @Test("Markdown escaping: plain text comes back as it is; each markup character, line break and code span is handled")
    func markdownEscapes() {
        for plain in ["", "async/tokio-runtime", "Zoë O'Brien, 3 (ok) - fine. \"quoted\" 🦀", "a\u{301}b"] {
            #expect(MarkdownRenderer.escape(plain) == plain)
            #expect(MarkdownRenderer.bank(plain) == plain)
        }
        #expect(MarkdownRenderer.escape("a*b_c [x](y) <t> | #1 & ~`\\") == "a\\*b\\_c \\[x\\](y) \\<t\\> \\| \\#1 \\& \\~\\`\\\\")
        #expect(MarkdownRenderer.escape("one\ntwo\r\nthree\rfour") == "one two three four")
        #expect(MarkdownRenderer.bank("use `Vec<T>` not <T> & | x\nnext") == "use `Vec<T>` not \\<T\\> \\& \\| x next")
    }

    @Test("Markdown escaping acts on exactly its characters among all of ASCII, alone and inside text")
    func markdownEscapesEveryASCIICharacter() {
        let markup = Set("\\`*_[]<>|#!{}~&")
        let bankMarkup = Set("|<>&\\")
        for scalar in (0..<128).compactMap(Unicode.Scalar.init) {
            let character = Character(scalar)
            let escaped = character == "\n" || character == "\r" ? " " : markup.contains(character) ? "\\\(character)" : "\(character)"
            let banked = character == "\n" || character == "\r" ? " " : bankMarkup.contains(character) ? "\\\(character)" : "\(character)"
            #expect(MarkdownRenderer.escape("\(character)") == escaped, "\(scalar.value)")
            #expect(MarkdownRenderer.escape("ab\(character)é") == "ab\(escaped)é", "\(scalar.value)")
            #expect(MarkdownRenderer.bank("ab\(character)é") == "ab\(banked)é", "\(scalar.value)")
        }
    }

    @Test("JSON carries the texts verbatim")
    func json() throws {
        let text = JSONRenderer().render(try document())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["candidate"] as? String == Self.name)
        let questions = try #require(object["questions"] as? [[String: Any]])
        let notes = try #require(questions.first?["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == "<script>alert(1)</script>")
    }

    @Test("CSV quotes commas, quotes and line breaks (RFC 4180) and guards formula cells")
    func csvFields() {
        #expect(CSVRenderer.field("plain") == "plain")
        #expect(CSVRenderer.field("a,b") == "\"a,b\"")
        #expect(CSVRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVRenderer.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVRenderer.text("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVRenderer.text("Ada") == "Ada")
    }
}
