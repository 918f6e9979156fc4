import Foundation

/// Renders an interview kit as Markdown: the cover, a section per question after a thematic
/// break, and the closing section. Escaped as the reports are (``MarkdownRenderer``): names and
/// ids with ``MarkdownRenderer/escape(_:)``, bank text, whose authors write code spans, with
/// ``MarkdownRenderer/bank(_:)``.
public struct KitMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: InterviewKitDocument) -> String {
        var lines = cover(document)
        for question in document.questions { lines += sheet(question, in: document) }
        lines += closing(document)
        return lines.finished
    }

    // MARK: - Cover

    func cover(_ document: InterviewKitDocument) -> MarkdownText {
        var lines: MarkdownText = [
            "# Interview kit: \(escape(document.candidate))", "",
            "- **Candidate:** \(escape(document.candidate))",
            "- **Blueprint:** \(escape(document.blueprintTitle)) (\(escape(document.blueprintID)))",
            "- **Seed:** \(document.seed)",
            "- **Date:** \(document.day)",
            "- **Questions:** \(document.extent)", "",
            "| # | question | topic | level | min |",
            "| --- | --- | --- | --- | --- |",
        ]
        for question in document.questions {
            let id = escape(question.questionID) + (question.reused ? " (asked before)" : "")
            lines.append("| \(question.position + 1) | \(id) | \(escape(question.topic)) | \(escape(question.level)) | \(question.minutes) |")
        }
        lines.append("")
        for note in document.notes { lines += [escape(note), ""] }
        lines += [
            "The same questions as `interview plan` with seed \(document.seed); `interview start` with this seed draws them too while no other "
                + "session is recorded in between.",
            "",
            "Points are numbered as `interview score --covered` takes them (bonus points follow the core ones), red flags as `--red-flag`, "
                + "follow-ups by their id as `--follow-up`.",
            "",
        ]
        return lines
    }

    // MARK: - Question

    func sheet(_ question: AskedQuestion, in document: InterviewKitDocument) -> MarkdownText {
        var lines: MarkdownText = ["---", "", "## \(escape(document.heading(question)))", ""]
        lines += [escape(question.questionID) + (question.reused ? " · asked of this candidate before (the bank ran out)" : ""), ""]
        lines += ["> \(bank(question.text))", ""]
        if !question.variants.isEmpty {
            lines.append("Also asked as:")
            for variant in question.variants { lines.append("- \(bank(variant))") }
            lines.append("")
        }
        for snippet in question.crib.code {
            let fence = Self.fence(for: snippet.source)
            lines += ["Code for the candidate (\(escape(snippet.lang)), edition \(escape(snippet.edition))):", ""]
            lines.append(fence + snippet.lang.filter { $0.isLetter || $0.isNumber })
            lines += snippet.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines += [fence, ""]
        }
        lines += ticks("Core points (what a 3 needs):", question.points.enumerated().map { "\($0.offset + 1). \(bank($0.element))" })
        lines += ticks(
            "Bonus (lifts a 3 to a 4):", question.crib.bonus.enumerated().map { "\(question.points.count + $0.offset + 1). \(bank($0.element))" })
        let guide = InterviewKitDocument.guide(question)
        if !guide.isEmpty {
            lines.append("Guide:")
            for line in guide { lines.append("- \(line.score): \(bank(line.text))") }
            lines.append("")
        }
        lines += ticks("Follow-ups:", question.followUps.map { "\(escape($0.id)): \(bank($0.text))" })
        lines += ticks("Red flags:", question.redFlags.enumerated().map { "\($0.offset + 1). \(bank($0.element))" })
        let rubric = question.rubric
        lines += ["Rubric: \(escape(rubric.title ?? rubric.id))", ""]
        lines.append("| criterion | " + rubric.scale.map(String.init).joined(separator: " | ") + " | score |")
        lines.append("| --- | " + rubric.scale.map { _ in "---" }.joined(separator: " | ") + " | --- |")
        for criterion in rubric.criteria {
            let anchors = InterviewKitDocument.anchors(criterion, scale: rubric.scale).map { bank($0.text) }
            lines.append(
                "| \(escape(criterion.title ?? criterion.id)) (\(NumberText.fixed(criterion.weight, places: 2))) | " + anchors.joined(separator: " | ") + " | |")
        }
        return lines + [""]
    }

    // MARK: - Closing

    func closing(_ document: InterviewKitDocument) -> MarkdownText {
        var lines: MarkdownText = [
            "---", "", "## Recommendation and summary", "",
            "\(escape(document.candidate)) · \(escape(document.blueprintTitle)) · \(document.day)", "",
            "| # | question | score |", "| --- | --- | --- |",
        ]
        for question in document.questions { lines.append("| \(question.position + 1) | \(escape(question.questionID)) | |") }
        lines += ["", "Recommendation: " + Recommendation.allCases.map { "\(InterviewKitDocument.tickBox) \($0.rawValue)" }.joined(separator: "   "), ""]
        lines += ["Summary:", "", "Interviewer:", ""]
        return lines
    }

    // MARK: - Building blocks

    /// A caption and its items, each behind a tick box; nothing when there are no items.
    func ticks(_ caption: String, _ items: [String]) -> MarkdownText {
        guard !items.isEmpty else { return [] }
        var lines: MarkdownText = [caption]
        for item in items { lines.append("- \(InterviewKitDocument.tickBox) \(item)") }
        return lines + [""]
    }

    /// A code fence longer than any run of backticks in `source`, so that the snippet cannot close it.
    static func fence(for source: String) -> String {
        var longest = 0
        var run = 0
        for character in source {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    func escape(_ text: String) -> String { MarkdownRenderer.escape(text) }

    func bank(_ text: String) -> String { MarkdownRenderer.bank(text) }
}
