import Foundation
import Testing

@testable import InterviewKit

@Suite("Interview kit: the document and its HTML and Markdown")
struct InterviewKitDocumentTests {
    static let date = Date(timeIntervalSince1970: 1_790_000_000)

    static let rubric = Rubric(
        id: "default", title: "Technical depth", scale: 1...4,
        criteria: [
            Criterion(id: "correctness", title: "Correctness", weight: 0.35, anchors: [1: "wrong", 2: "surface", 3: "accurate", 4: "precise"]),
            Criterion(id: "depth", weight: 0.25, anchors: [1: "definitions", 2: "one level", 3: "underneath", 4: "first principles"]),
            Criterion(id: "tradeoffs", weight: 0.25, anchors: [1: "one way", 2: "named", 3: "compared", 4: "quantified"]),
            Criterion(id: "communication", weight: 0.15, anchors: [1: "unclear", 2: "unstructured", 3: "structured", 4: "crisp"]),
        ])

    static let hostile = #"<script>alert("x")</script> & 'single' "double" | pipe \ slash"#

    static func question(_ id: String, text: String, minutes: Int = 8, code: [CodeSnippet] = []) -> Question {
        Question(
            id: id, topic: String(id.split(separator: "/")[0]), level: .senior, minutes: minutes, text: text,
            variants: ["Another wording of \(id)?"], seenAs: ["How does Rust handle \(id)?"],
            points: ["\(id) point one", "\(id) point two", "\(id) point three", "\(id) point four"],
            redFlags: ["\(id) red flag"],
            followUps: [FollowUp(id: "first", text: "\(id) follow-up one?"), FollowUp(id: "second", text: "\(id) follow-up two?")],
            crib: CribSheet(
                bonus: ["\(id) bonus"], guide: [1: "\(id) earns 1", 2: "\(id) earns 2", 3: "\(id) earns 3", 4: "\(id) earns 4"], code: code))
    }

    static let snippet = CodeSnippet(source: "fn main() {\n    let s = \"```\";\n    println!(\"{s} <b>\");\n}", expect: .runs(stdout: "``` <b>"))

    static func document(first text: String = "How does the Waker reach epoll?", candidate: String = "Ada Lovelace") -> InterviewKitDocument {
        let questions = [
            question("async/waker", text: text), question("memory/drop", text: "When does Drop run for a moved value?", minutes: 5, code: [snippet]),
            question("traits/dyn", text: "Why is this trait not dyn-compatible?"),
        ]
        let blueprint = Blueprint(id: "small", title: "Small & quick", minutes: 30, questions: 3, topics: WeightTable(entries: [], integral: true))
        let plan = SessionPlan(
            blueprint: blueprint, seed: 7,
            questions: questions.enumerated().map { AskedQuestion(position: $0.offset, question: $0.element, rubric: rubric, reused: $0.offset == 2) },
            reused: ["traits/dyn"])
        return InterviewKitDocument(plan: plan, candidate: candidate, date: date)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("the document keeps the plan's questions in order, the cover's facts and the injected date")
    func model() {
        let document = Self.document()
        #expect(document.questions.map(\.questionID) == ["async/waker", "memory/drop", "traits/dyn"])
        #expect(document.candidate == "Ada Lovelace")
        #expect(document.seed == 7)
        #expect(document.day == "2026-09-21")
        #expect(document.totalMinutes == 21)
        #expect(document.extent == "3 questions, 21 of 30 minutes")
        #expect(document.heading(document.questions[1]) == "Question 2 of 3 · memory · senior · 5 min")
        #expect(InterviewKitDocument.guide(document.questions[0]).map(\.score) == [1, 2, 3, 4])
    }

    @Test("HTML: every question's text, each point, bonus point, follow-up and red flag behind a tick box, each criterion with its anchors and a score box")
    func html() {
        let document = Self.document()
        let html = KitHTMLRenderer().render(document)
        let box = #"<span class="box">☐</span>"#
        var ticks = 0
        for question in document.questions {
            #expect(html.contains("<blockquote>\(question.text)</blockquote>"))
            #expect(html.contains(document.heading(question)))
            for (offset, point) in question.tickable.enumerated() { #expect(html.contains("\(box) \(offset + 1). \(point)"), "\(point)") }
            for followUp in question.followUps { #expect(html.contains("\(box) \(followUp.id): \(followUp.text)")) }
            for (offset, flag) in question.redFlags.enumerated() { #expect(html.contains("\(box) \(offset + 1). \(flag)")) }
            for line in InterviewKitDocument.guide(question) { #expect(html.contains(line.text)) }
            #expect(html.contains(question.variants[0]))
            #expect(!html.contains("How does Rust handle"), "seen_as wordings are never offered")
            ticks += question.tickable.count + question.followUps.count + question.redFlags.count
        }
        #expect(Self.count(box, in: html) == ticks)
        #expect(Self.count(#"<span class="scorebox"></span>"#, in: html) == 3 * 4 + 3, "one per criterion of each question, one per question in the tally")
        for criterion in Self.rubric.criteria {
            #expect(Self.count("<th>\(criterion.title ?? criterion.id)", in: html) == 3)
            for anchor in criterion.anchors.values { #expect(Self.count("<td>\(anchor)</td>", in: html) == 3, "\(anchor)") }
        }
        for recommendation in Recommendation.allCases { #expect(html.contains("☐ \(recommendation.rawValue)")) }
        #expect(html.contains("Ada Lovelace") && html.contains("2026-09-21") && html.contains("3 questions, 21 of 30 minutes"))
        #expect(html.contains("<dd>7</dd>"), "the seed on the cover")
        #expect(html.contains("Small &amp; quick (small)"))
        #expect(html.contains("<pre>fn main() {\n    let s = \"```\";\n    println!(\"{s} &lt;b&gt;\");\n}</pre>"), "code keeps its lines")
        #expect(html.contains("Asked of this candidate before (the bank ran out)."), "the reused question says so")
    }

    @Test("HTML prints one page per question: a break before every page but the cover (each question and the closing page)")
    func pageBreaks() {
        let html = KitHTMLRenderer().render(Self.document())
        #expect(Self.count("<section class=\"page question\">", in: html) == 3)
        #expect(Self.count("<section class=\"page closing\">", in: html) == 1)
        #expect(Self.count("<section class=\"page", in: html) == Self.count("<section", in: html) - 1)
        #expect(html.contains("<section class=\"cover\">"))
        #expect(html.range(of: #"@media print \{[^@]*\.kit section\.page \{ break-before: page; page-break-before: always; \}"#, options: .regularExpression) != nil)
        #expect(html.contains("@page { margin:"))
        #expect(!html.contains("@page { size"), "no paper size: A4 and Letter both print it")
    }

    @Test("HTML: hostile text in a question, a variant, a point and the candidate's name is escaped; no script, no network")
    func htmlEscaping() {
        var document = Self.document(first: Self.hostile, candidate: #"<b>Eve</b> & "co""#)
        document.questions[0].variants = ["<img src=x onerror=alert(1)>"]
        document.questions[0].points[0] = "&lt;already an entity&gt;"
        let html = KitHTMLRenderer().render(document)
        #expect(html.contains(#"<blockquote>&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'single' "double" | pipe \ slash</blockquote>"#))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&amp;lt;already an entity&amp;gt;"))
        #expect(html.contains(#"Interview kit: &lt;b&gt;Eve&lt;/b&gt; &amp; "co""#))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img") && !html.contains("<b>"))
        for loads in ["http:", "https:", "<link", "url(", "@import", "<iframe", "<object"] { #expect(!html.contains(loads), "nothing is loaded: \(loads)") }
    }

    @Test("Markdown: every question's text, tick boxes, the rubric as a table with an empty score cell, one break per page but the cover")
    func markdown() {
        let document = Self.document()
        let md = KitMarkdownRenderer().render(document)
        var ticks = 0
        for question in document.questions {
            #expect(md.contains("> \(question.text)\n"))
            #expect(md.contains("## \(document.heading(question))\n"))
            for (offset, point) in question.tickable.enumerated() { #expect(md.contains("- ☐ \(offset + 1). \(point)\n")) }
            for followUp in question.followUps { #expect(md.contains("- ☐ \(followUp.id): \(followUp.text)\n")) }
            for (offset, flag) in question.redFlags.enumerated() { #expect(md.contains("- ☐ \(offset + 1). \(flag)\n")) }
            ticks += question.tickable.count + question.followUps.count + question.redFlags.count
        }
        #expect(Self.count("- ☐ ", in: md) == ticks)
        #expect(md.contains("| Correctness (0.35) | wrong | surface | accurate | precise | |\n"))
        #expect(Self.count("| depth (0.25) | definitions | one level | underneath | first principles | |\n", in: md) == 3)
        #expect(Self.count("\n---\n", in: md) == 4)
        #expect(md.hasPrefix("# Interview kit: Ada Lovelace\n"))
        #expect(md.contains("- **Date:** 2026-09-21\n") && md.contains("- **Seed:** 7\n"))
        #expect(md.contains("Recommendation: ☐ strong-no   ☐ no   ☐ yes   ☐ strong-yes\n"))
        #expect(md.contains("````rust\nfn main() {\n    let s = \"```\";\n    println!(\"{s} <b>\");\n}\n````\n"), "a fence longer than the code's backticks")
    }

    @Test("Markdown: hostile text in a question and the candidate's name is backslash-escaped, as in reports")
    func markdownEscaping() {
        let md = KitMarkdownRenderer().render(Self.document(first: Self.hostile, candidate: "*Eve* _co_ [x](y) #1 <b>"))
        #expect(md.contains(#"> \<script\>alert("x")\</script\> \& 'single' "double" \| pipe \\ slash"#))
        #expect(md.hasPrefix(##"# Interview kit: \*Eve\* \_co\_ \[x\](y) \#1 \<b\>"##))
        let outsideCode = md.components(separatedBy: "````")[0]
        #expect(outsideCode.range(of: #"(?<!\\)<"#, options: .regularExpression) == nil, "every < outside code is escaped")
    }

    @Test("the code fence is longer than any run of backticks in the snippet")
    func fence() {
        #expect(KitMarkdownRenderer.fence(for: "let a = 1;") == "```")
        #expect(KitMarkdownRenderer.fence(for: "a ``` b `` c") == "````")
        #expect(KitMarkdownRenderer.fence(for: "``````") == "```````")
    }

    @Test("KitFormat renders through the matching renderer")
    func formats() {
        let document = Self.document()
        #expect(KitFormat.html.render(document) == KitHTMLRenderer().render(document))
        #expect(KitFormat.md.render(document) == KitMarkdownRenderer().render(document))
        #expect(KitFormat.allCases.map(\.rawValue) == ["html", "md"])
    }
}
