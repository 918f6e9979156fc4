import Foundation

/// Renders a report as Markdown. Text that came from a person or from the bank is escaped, so
/// that it shows verbatim and never turns into markup (or HTML) in a Markdown viewer.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) -> String {
        var lines = MarkdownText()
        switch document {
        case .session(let report, let generatedAt, let blindSeed):
            lines.append("# Interview report: \(Self.escape(report.candidate))")
            lines.append("")
            lines += header(generatedAt: generatedAt, blindSeed: blindSeed)
            lines += session(report, level: "##")
        case .candidate(let report):
            lines += candidate(report)
        }
        return lines.finished
    }

    func header(generatedAt: Date, blindSeed: UInt64?) -> MarkdownText {
        var lines: MarkdownText = ["Generated \(ReportText.date(generatedAt))."]
        if let blindSeed { lines.append("Blind report (labels from seed \(blindSeed)): names and dates are hidden.") }
        return lines + [""]
    }

    // MARK: - Candidate

    func candidate(_ report: CandidateReport) -> MarkdownText {
        var lines: MarkdownText = ["# Candidate report: \(Self.escape(report.candidate))", ""]
        lines += header(generatedAt: report.generatedAt, blindSeed: report.blindSeed)
        let finished = report.sessions.filter { $0.status == .finished }.count
        lines += [
            "\(report.sessions.count) session\(report.sessions.count == 1 ? "" : "s"), \(finished) finished (only finished sessions are pooled).", "",
            "**Overall (pooled):** \(ReportText.summary(report.overall))", "",
        ]
        if let fair = report.fair {
            lines += ["**Fair score:** \(fair.text) on an average question from an average interviewer (scoring.md §9): \(fair.explanation)", ""]
        }
        lines += [
            report.fair == nil ? "## Topics (pooled)" : "## Topics (pooled, raw means)", "",
        ]
        lines += topicTable(report.topics)
        lines += ["## Sessions over time", "", "| session | started | status | overall | 95% CI | scored |", "| --- | --- | --- | --- | --- | --- |"]
        for (point, session) in zip(report.trend, report.sessions) {
            lines.append(
                "| \(Self.cell(point.session)) | \(ReportText.date(point.startedAt)) | \(point.status.rawValue) | "
                    + "\(ReportText.score(point.overall.mean)) | \(ReportText.interval(point.overall)) | \(session.scoredCount)/\(session.questions.count) |")
        }
        lines.append("")
        if !report.topicTrends.isEmpty {
            lines += ["## Trend per topic", ""]
            let refs = report.trend.map(\.session)
            lines.append("| topic | " + refs.map(Self.cell).joined(separator: " | ") + " | change |")
            lines.append("| --- | " + refs.map { _ in "---" }.joined(separator: " | ") + " | --- |")
            for trend in report.topicTrends {
                lines.append(
                    "| \(Self.cell(trend.topic)) | " + trend.means.map(ReportText.score).joined(separator: " | ") + " | \(ReportText.signed(trend.change)) |")
            }
            lines.append("")
        }
        if !report.progress.isEmpty {
            lines += ["## Session to session", ""]
            for step in report.progress {
                let c = step.comparison
                let range = c.lower.flatMap { lo in c.upper.map { "[\(ReportText.signed(lo)), \(ReportText.signed($0))]" } } ?? ReportText.dash
                lines.append(
                    "- \(Self.escape(step.from)) → \(Self.escape(step.to)): \(ReportText.signed(c.difference)) \(range), \(ReportText.progressVerdict(c.verdict))")
            }
            lines.append("")
        }
        lines += ["## Points missed again and again", ""]
        if report.repeatedMisses.isEmpty {
            lines += ["No point was missed in more than one session.", ""]
        } else {
            for miss in report.repeatedMisses {
                lines.append("- \(Self.escape(miss.question)) point \(miss.number): \(Self.bank(miss.text)) (\(miss.times) sessions)")
            }
            lines.append("")
        }
        lines += ["## Topics never asked yet", "", report.neverAsked.isEmpty ? "None: every topic in use was asked." : report.neverAsked.map(Self.escape).joined(separator: ", "), ""]
        lines += strengthsAndGaps(report.strengthsAndGaps, level: "##")
        for session in report.sessions {
            lines += ["## Session \(Self.escape(session.reference)): \(Self.escape(session.blueprintTitle))", ""]
            lines += self.session(session, level: "###")
        }
        return lines
    }

    // MARK: - Session

    func session(_ report: SessionReport, level: String) -> MarkdownText {
        var lines: MarkdownText = [
            "- **Candidate:** \(Self.escape(report.candidate))",
            "- **Session:** \(Self.escape(report.reference)) (\(report.status.rawValue))",
            "- **Interviewers:** \(Self.escape(ReportText.list(report.interviewers)))",
            "- **Blueprint:** \(Self.escape(report.blueprintTitle)) (\(Self.escape(report.blueprint)))",
        ]
        if report.adaptive { lines.append("- **Questions:** \(ReportText.adaptiveNote)") }
        lines += [
            "- **Started:** \(ReportText.date(report.startedAt)) · **finished:** \(ReportText.date(report.finishedAt))",
            "- **Duration:** \(ReportText.duration(report.durationSeconds)) · on questions \(ReportText.duration(report.secondsSpent)) of \(report.minutes):00 budgeted",
            "", "**Overall:** \(ReportText.summary(report.overall)) · \(ReportText.scoredLine(report))", "",
        ]
        if let agreement = report.agreement { lines += ["**Panel agreement:** \(ReportText.agreement(agreement))", ""] }
        lines += ["\(level) Topics", ""]
        lines += topicTable(report.topics)
        if !report.criteria.isEmpty {
            lines += ["\(level) Criterion profile", "", "| criterion | mean | ratings |", "| --- | --- | --- |"]
            for c in report.criteria { lines.append("| \(Self.cell(c.criterion)) | \(ReportText.score(c.mean)) | \(c.n) |") }
            lines.append("")
        }
        lines += strengthsAndGaps(report.strengthsAndGaps, level: level)
        lines += ["\(level) Recommendations", ""]
        if report.recommendations.isEmpty {
            lines.append("None yet.")
        } else {
            for r in report.recommendations {
                lines.append("- **\(Self.escape(r.interviewer))**: \(r.recommendation.rawValue)" + (r.summary.map { " — \(Self.escape($0))" } ?? ""))
            }
            lines.append("")
            lines.append("Counts: " + report.recommendationCounts.map { "\($0.recommendation.rawValue) \($0.count)" }.joined(separator: ", "))
        }
        lines.append("")
        if !report.notes.isEmpty {
            lines += ["\(level) Session notes", ""]
            for note in report.notes { lines.append("- \(Self.escape(note.interviewer)): \(Self.escape(note.text))") }
            lines.append("")
        }
        lines += ["\(level) Questions", ""]
        for question in report.questions { lines += self.question(question, level: level + "#") }
        return lines
    }

    func topicTable(_ topics: [SessionReport.TopicScore]) -> MarkdownText {
        var lines: MarkdownText = ["| topic | mean | 0-100 | 95% CI | n |", "| --- | --- | --- | --- | --- |"]
        for t in topics {
            lines.append(
                "| \(Self.cell(t.topic)) | \(ReportText.score(t.score.mean)) | \(ReportText.pct(t.score.meanPct)) | \(ReportText.interval(t.score)) | \(t.score.n) of \(t.asked) |")
        }
        return lines + [""]
    }

    func strengthsAndGaps(_ gaps: StrengthsAndGaps, level: String) -> MarkdownText {
        func topics(_ list: [SessionReport.TopicScore]) -> String {
            list.isEmpty ? ReportText.dash : list.map { "\(Self.escape($0.topic)) \(ReportText.score($0.score.mean))" }.joined(separator: ", ")
        }
        var lines: MarkdownText = ["\(level) Strengths and gaps", "", "- **Strongest topics:** \(topics(gaps.strongest))", "- **Weakest topics:** \(topics(gaps.weakest))"]
        if let strong = gaps.strongestCriterion, let weak = gaps.weakestCriterion {
            lines.append("- **Criteria:** strongest \(Self.escape(strong.criterion)) \(ReportText.score(strong.mean)), weakest \(Self.escape(weak.criterion)) \(ReportText.score(weak.mean))")
        }
        if let worst = gaps.missedByTopic.first, worst.missed > 0 {
            lines.append("- **Most points missed in:** \(Self.escape(worst.topic)) (\(worst.missed) of \(worst.total))")
        }
        if gaps.mostMissed.isEmpty {
            lines.append("- **Points missed:** none")
        } else {
            lines.append("- **Points missed most:**")
            for p in gaps.mostMissed {
                lines.append("  - \(Self.escape(p.question)) point \(p.number): \(Self.bank(p.text))" + (p.times > 1 ? " (\(p.times) times)" : ""))
            }
        }
        return lines + [""]
    }

    func question(_ q: QuestionReport, level: String) -> MarkdownText {
        var lines: MarkdownText = [
            "\(level) \(q.number). \(Self.escape(q.id)) · \(Self.escape(q.topic)) · \(Self.escape(q.level)) · \(q.status.rawValue)", "",
            "> \(Self.bank(q.text))", "",
        ]
        for variant in q.variants { lines.append("- also: \(Self.bank(variant))") }
        if !q.variants.isEmpty { lines.append("") }
        if q.reused { lines += ["Asked of this candidate before (the bank ran out).", ""] }
        var scoreLine = "**Score:** \(ReportText.score(q.score)) (\(ReportText.pct(q.panel.pct(on: q.scale)))/100)"
        if q.panel.members.count > 1, let spread = q.panel.spread {
            scoreLine += " · spread \(ReportText.score(spread))" + (q.panel.disagreement ? " · **disagreement**" : "")
        }
        lines += [scoreLine + " · time \(ReportText.timeAgainstBudget(seconds: q.secondsSpent, minutes: q.minutes))", ""]
        if !q.ratings.isEmpty {
            let names = q.ratings.map(\.interviewer)
            let showRange = q.ratings.count > 1
            lines.append("| criterion | weight | " + names.map(Self.cell).joined(separator: " | ") + (showRange ? " | range |" : " |"))
            lines.append("| --- | --- | " + names.map { _ in "---" }.joined(separator: " | ") + (showRange ? " | --- |" : " |"))
            let ranges = q.panel.members.count > 1 ? Dictionary(uniqueKeysWithValues: q.panel.criterionRanges.map { ($0.criterion, $0.range) }) : [:]
            for c in q.criteria {
                let values = q.ratings.map { $0.criteria[c.criterion].map(String.init) ?? ReportText.dash }
                lines.append(
                    "| \(Self.cell(c.criterion)) | \(NumberText.fixed(c.weight, places: 2)) | " + values.joined(separator: " | ")
                        + (showRange ? " | \(ranges[c.criterion].map(String.init) ?? ReportText.dash) |" : " |"))
            }
            lines.append("| **score** | | " + q.ratings.map { ReportText.score($0.score) }.joined(separator: " | ") + (showRange ? " | |" : " |"))
            lines.append("")
        }
        func by(_ names: [String]) -> String { names.isEmpty ? "" : " (\(names.map(Self.escape).joined(separator: ", ")))" }
        lines.append("Covered:" + (q.covered.isEmpty ? " none" : ""))
        for p in q.covered { lines.append("- [x] \(p.number). \(Self.bank(p.text))\(by(p.by))") }
        lines.append("")
        lines.append("Missed:" + (q.missed.isEmpty ? " none" : ""))
        for p in q.missed { lines.append("- [ ] \(p.number). \(Self.bank(p.text))") }
        lines.append("")
        if !q.bonus.isEmpty {
            lines.append("Bonus (lifts a 3 to a 4):")
            for p in q.bonus { lines.append("- [\(p.by.isEmpty ? " " : "x")] \(p.number). \(Self.bank(p.text))\(by(p.by))") }
            lines.append("")
        }
        if !q.guide.isEmpty {
            lines.append("Guide:")
            for line in q.guide { lines.append("- \(line.score): \(Self.bank(line.text))") }
            lines.append("")
        }
        if !q.followUps.isEmpty {
            lines.append("Follow-ups asked:")
            for f in q.followUps {
                lines.append("- \(f.isTyped ? "typed" : "listed \(Self.escape(f.id ?? ""))"): \(f.isTyped ? Self.escape(f.text) : Self.bank(f.text)) (\(Self.escape(f.interviewer)))")
            }
            lines.append("")
        }
        if !q.redFlags.isEmpty {
            lines.append("Red flags:")
            for p in q.redFlags { lines.append("- \(p.number). \(Self.bank(p.text))\(by(p.by))") }
            lines.append("")
        }
        if !q.notes.isEmpty {
            lines.append("Notes:")
            for n in q.notes { lines.append("- \(Self.escape(n.interviewer)): \(Self.escape(n.text))") }
            lines.append("")
        }
        if !q.skips.isEmpty {
            lines.append("Skipped:")
            for s in q.skips { lines.append("- \(Self.escape(s.interviewer)): \(Self.escape(s.text))") }
            lines.append("")
        }
        return lines
    }

    // MARK: - Escaping

    /// Backslash-escapes Markdown punctuation and folds line breaks, so text shows verbatim.
    static func escape(_ text: String) -> String {
        guard needsWork(text, Self.punctuation) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "{", "}", "~", "&":
                result.append("\\")
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    static func cell(_ text: String) -> String { escape(text) }

    /// The bytes ``escape(_:)`` and ``bank(_:)`` act on, as a 128-bit set: ASCII, so no byte of a
    /// multi-byte character is one of them, and text without any of them is returned as it is.
    private static let punctuation = ByteSet("\\`*_[]<>|#!{}~&\n\r")
    private static let bankPunctuation = ByteSet("`|<>&\\\n\r")

    private struct ByteSet {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init(_ characters: String) {
            for byte in characters.utf8 where byte < 128 {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
    }

    private static func needsWork(_ text: String, _ set: ByteSet) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { set.contains($0) } }
    }

    /// Escapes text from the bank, whose authors write `code spans`: outside code spans `<`, `>`
    /// and `&` are escaped; `|` is escaped everywhere (tables); line breaks fold.
    static func bank(_ text: String) -> String {
        guard needsWork(text, Self.bankPunctuation) else { return text }
        var result = ""
        var inCode = false
        for character in text {
            switch character {
            case "`":
                inCode.toggle()
                result.append(character)
            case "|":
                result.append("\\|")
            case "<", ">", "&", "\\":
                if !inCode { result.append("\\") }
                result.append(character)
            case "\n", "\r", "\r\n":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }
}
