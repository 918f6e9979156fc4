import Foundation

/// Renders the live screen as lines: pure, so it is tested without a terminal.
public struct SessionScreen: Sendable {
    public var style: ScreenStyle

    public init(style: ScreenStyle = .plain) {
        self.style = style
    }

    static func clock(_ seconds: Int) -> String {
        "\(max(0, seconds) / 60):\(NumberText.padded(max(0, seconds) % 60, width: 2))"
    }

    /// The width the screen wraps to, and the rows a question's screen fits in (quality: a
    /// 40-row, 100-column terminal shows it whole).
    public static let width = 100
    public static let rows = 40

    /// The screen for one question: header with timers, the question, its core and bonus points,
    /// red flags and follow-ups, one line on scoring, and what this interviewer recorded. The
    /// guide, the rubric's anchors and the other wordings are one key away (`?`), the code (`c`).
    /// When the whole would not fit in ``rows``, the bonus points, red flags and follow-ups, then
    /// the core points too, take one row each, cut with "…" (`?` shows them in full).
    public func question(
        _ record: SessionRecord, position: Int, interviewer: String, questionSeconds: Int, sessionSeconds: Int
    ) -> [String] {
        var lines: [String] = []
        for folding in [Folding.none, .extras, .all] {
            lines = question(record, position: position, interviewer: interviewer, questionSeconds: questionSeconds, sessionSeconds: sessionSeconds, folding: folding)
            if lines.count <= Self.rows { break }
        }
        return lines
    }

    /// Which lists take one row per item.
    enum Folding {
        case none, extras, all
    }

    func question(
        _ record: SessionRecord, position: Int, interviewer: String, questionSeconds: Int, sessionSeconds: Int, folding: Folding
    ) -> [String] {
        let question = record.questions[position]
        let asked = question.asked
        let marks = question.marks(of: interviewer)
        let overBudget = questionSeconds > asked.minutes * 60 ? style.warning(" (over budget)") : ""
        let title = "Question \(position + 1)/\(record.plannedCount) · \(asked.questionID) · \(asked.level) · \(asked.minutes) min"
        let (spent, total) = (Self.clock(questionSeconds), " · total \(Self.clock(sessionSeconds))/\(record.minutes):00")
        let timers = style.dim(spent) + overBudget + style.dim(total)
        // On the title's line when both fit in the width (measured without colour codes).
        let oneLine = title.count + 3 + spent.count + (overBudget.isEmpty ? 0 : " (over budget)".count) + total.count <= Self.width
        var lines = [""] + (oneLine ? [style.heading(title) + style.dim(" · ") + timers] : [style.heading(title), timers])
        lines.append("")
        lines += Self.wrap(asked.text).map { style.emphasis($0) }
        if let code = asked.crib.code.first {
            let count = code.source.split(separator: "\n", omittingEmptySubsequences: false).count
            lines.append(style.dim("code: \(count) lines of \(code.lang) for the candidate (c shows it)"))
        }
        if asked.reused { lines.append(style.warning("(asked of this candidate before: the bank ran out)")) }
        if let reason = asked.reason { lines.append(style.dim("adaptive, chosen now: \(reason)")) }
        lines.append("")
        let core = folding == .all, extras = folding != .none
        lines.append(style.heading("Core points") + style.dim(asked.crib.bonus.isEmpty ? "  (t N to tick)" : "  (what a 3 needs; t N to tick)"))
        for (index, point) in asked.points.enumerated() {
            lines += Self.item(marks.covered.contains(index) ? "x" : " ", index + 1, point, fold: core)
        }
        if !asked.crib.bonus.isEmpty {
            lines.append(style.heading("Bonus") + style.dim("  (what lifts a 3 to a 4)"))
            for (offset, point) in asked.crib.bonus.enumerated() {
                let index = asked.points.count + offset
                lines += Self.item(marks.covered.contains(index) ? "x" : " ", index + 1, point, fold: extras)
            }
        }
        if !asked.redFlags.isEmpty {
            lines.append(style.heading("Red flags") + style.dim("  (r N)"))
            for (index, flag) in asked.redFlags.enumerated() {
                lines += Self.item(marks.redFlags.contains(index) ? "!" : " ", index + 1, flag, fold: extras)
            }
        }
        lines.append(style.heading("Follow-ups") + style.dim("  (f N, or f <what you asked>)"))
        let askedIDs = Set(marks.followUps.compactMap(\.id))
        for (index, followUp) in asked.followUps.enumerated() {
            lines += Self.item(askedIDs.contains(followUp.id) ? "x" : " ", index + 1, followUp.text, fold: extras)
        }
        for typed in marks.followUps where typed.id == nil { lines += Self.item("x", nil, typed.text, fold: extras) }
        let rubric = asked.rubric
        lines += Self.wrap(
            "Score: s " + rubric.criteria.map { _ in "N" }.joined(separator: " ") + " = " + rubric.criteria.map(\.id).joined(separator: " ")
                + " (\(rubric.scale.lowerBound)-\(rubric.scale.upperBound)) · ? guide, anchors" + (folding == .none ? "" : ", all in full"),
            indent: "  "
        ).map { style.dim($0) }
        lines.append(contentsOf: status(marks, rubric: rubric))
        return lines
    }

    /// The `?` screen: what earns each score on this question, the rubric's anchors, the points,
    /// red flags and follow-ups in full, the question's other wordings and its sources.
    public func guide(_ asked: AskedQuestion, marks: QuestionMarks) -> [String] {
        var lines = ["", style.heading("Guide · \(asked.questionID)")]
        if asked.crib.guide.isEmpty {
            lines.append(style.dim("  (this question has no guide; score by the rubric's anchors below)"))
        }
        for score in asked.crib.guide.keys.sorted() {
            lines += Self.wrap("  \(score)  " + (asked.crib.guide[score] ?? ""), indent: "     ")
        }
        let rubric = asked.rubric
        lines.append(style.heading("Rubric '\(rubric.id)'") + style.dim("  (scale \(rubric.scale.lowerBound)-\(rubric.scale.upperBound))"))
        for criterion in rubric.criteria {
            let score = marks.scores[criterion.id].map(String.init) ?? "–"
            lines.append("  \(style.emphasis(criterion.id)) ×\(Self.weight(criterion.weight))  [\(score)]")
            for level in rubric.scale {
                let mark = marks.scores[criterion.id] == level ? ">" : " "
                lines += Self.wrap("   \(mark)\(level) \(criterion.anchors[level] ?? "")", indent: "       ").map { style.dim($0) }
            }
        }
        lines.append(style.heading("In full"))
        for (index, point) in asked.tickable.enumerated() {
            lines += Self.item(marks.covered.contains(index) ? "x" : " ", index + 1, (index < asked.points.count ? "" : "(bonus) ") + point)
        }
        for (index, flag) in asked.redFlags.enumerated() {
            lines += Self.item(marks.redFlags.contains(index) ? "!" : " ", index + 1, "(red flag) " + flag)
        }
        for (index, followUp) in asked.followUps.enumerated() { lines += Self.item(" ", index + 1, "(follow-up) " + followUp.text) }
        if !asked.variants.isEmpty {
            lines.append(style.heading("Also asked as"))
            for variant in asked.variants { lines += Self.wrap("- " + variant, indent: "    ").map { "  " + $0 } }
        }
        if !asked.crib.sources.isEmpty {
            lines.append(style.heading("Sources"))
            for source in asked.crib.sources { lines.append("  " + source) }
        }
        return lines
    }

    /// The `c` screen: the question's code, as the candidate should see it.
    public func code(_ asked: AskedQuestion) -> [String] {
        guard !asked.crib.code.isEmpty else { return [style.dim("this question has no code")] }
        var lines: [String] = []
        for snippet in asked.crib.code {
            lines.append(style.heading("\(snippet.lang) (edition \(snippet.edition))") + style.dim("  expected: \(snippet.expect)"))
            lines += snippet.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return lines
    }

    /// A numbered item with its mark, wrapped with a hanging indent, or on one row cut with "…".
    static func item(_ mark: String, _ number: Int?, _ text: String, fold: Bool = false) -> [String] {
        let label = "  [\(mark)] " + (number.map { "\($0). " } ?? "+  ")
        let line = label + text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if fold, line.count > width { return [String(line.prefix(width - 1)) + "…"] }
        return wrap(line, indent: String(repeating: " ", count: label.count))
    }

    /// Words of `text` in lines of at most ``width`` characters; later lines start with `indent`.
    static func wrap(_ text: String, indent: String = "") -> [String] {
        var lines: [String] = []
        let lead = String(text.prefix { $0 == " " })
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = line.isEmpty ? (lines.isEmpty ? lead + word : indent + word) : line + " " + word
            if candidate.count > width, !line.isEmpty {
                lines.append(line)
                line = indent + word
            } else {
                line = candidate
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// One line of what is recorded for the question, and the notes.
    func status(_ marks: QuestionMarks, rubric: Rubric) -> [String] {
        var lines: [String] = []
        let scores = rubric.criteria.map { "\($0.id)=\(marks.scores[$0.id].map(String.init) ?? "–")" }.joined(separator: " ")
        var line = "Recorded: " + scores
        if let reason = marks.skipReason { line += " · skipped: \(reason)" }
        lines.append(style.dim(line))
        for note in marks.notes { lines.append(style.dim("  note: " + note.text)) }
        return lines
    }

    static func weight(_ value: Double) -> String {
        NumberText.fixed(value, places: 2)
    }

    /// The wrap-up after the last question: what was scored, and the recommendation to give.
    public func wrapUp(_ record: SessionRecord, interviewer: String) -> [String] {
        var lines = ["", style.heading("Wrap-up · \(record.candidate) · \(record.blueprintTitle)")]
        for (index, question) in record.questions.enumerated() {
            let marks = question.marks(of: interviewer)
            let state: String
            if marks.isComplete(for: question.asked.rubric) {
                state = "scored"
            } else if let reason = marks.skipReason {
                state = "skipped (\(reason))"
            } else {
                state = "not scored"
            }
            lines.append("  \(index + 1). \(question.asked.questionID): \(state)")
        }
        let mine = record.recommendations.first { $0.interviewer == interviewer }
        lines.append("")
        lines.append("Recommendation: " + (mine.map { $0.recommendation.rawValue } ?? "–") + style.dim("  (rec strong-no | no | yes | strong-yes)"))
        lines.append("Summary: " + (mine?.summary ?? "–") + style.dim("  (summary <text>)"))
        lines.append(style.dim("finish closes the session; b goes back to the last question; p pauses."))
        return lines
    }
}
