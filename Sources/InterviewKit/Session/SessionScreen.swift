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

    /// The screen for one question: header with timers, the question and its variants, points,
    /// red flags, follow-ups, the rubric with its anchors, and what this interviewer recorded.
    public func question(
        _ record: SessionRecord, position: Int, interviewer: String, questionSeconds: Int, sessionSeconds: Int
    ) -> [String] {
        let question = record.questions[position]
        let asked = question.asked
        let marks = question.marks(of: interviewer)
        let overBudget = questionSeconds > asked.minutes * 60 ? style.warning(" (over budget)") : ""
        var lines: [String] = [
            "",
            style.heading(
                "Question \(position + 1)/\(record.questions.count) · \(asked.topic) · \(asked.level) · budget \(asked.minutes) min"),
            style.dim(
                "this question \(Self.clock(questionSeconds))" + overBudget
                    + " · session \(Self.clock(sessionSeconds)) of \(record.minutes):00 · \(asked.questionID)"),
            "",
            style.emphasis(asked.text),
        ]
        for variant in asked.variants { lines.append(style.dim("  also: " + variant)) }
        if asked.reused { lines.append(style.warning("  (asked of this candidate before: the bank ran out)")) }
        lines.append("")
        lines.append(style.heading("Points a strong answer covers") + style.dim("  (t N to tick)"))
        for (index, point) in asked.points.enumerated() {
            lines.append("  [\(marks.covered.contains(index) ? "x" : " ")] \(index + 1). \(point)")
        }
        if !asked.redFlags.isEmpty {
            lines.append(style.heading("Red flags") + style.dim("  (r N)"))
            for (index, flag) in asked.redFlags.enumerated() {
                lines.append("  [\(marks.redFlags.contains(index) ? "!" : " ")] \(index + 1). \(flag)")
            }
        }
        lines.append(style.heading("Follow-ups") + style.dim("  (f N, or f <what you asked>)"))
        let askedIDs = Set(marks.followUps.compactMap(\.id))
        for (index, followUp) in asked.followUps.enumerated() {
            lines.append("  [\(askedIDs.contains(followUp.id) ? "x" : " ")] \(index + 1). \(followUp.text)")
        }
        for typed in marks.followUps where typed.id == nil { lines.append("  [x] +  \(typed.text)") }
        let rubric = asked.rubric
        let order = rubric.criteria.map(\.id).joined(separator: " ")
        lines.append(
            style.heading("Rubric '\(rubric.id)'")
                + style.dim("  (s \(rubric.criteria.map { _ in "N" }.joined(separator: " ")) = \(order); scale \(rubric.scale.lowerBound)-\(rubric.scale.upperBound))"))
        for criterion in rubric.criteria {
            let score = marks.scores[criterion.id].map(String.init) ?? "–"
            lines.append("  \(style.emphasis(criterion.id)) ×\(Self.weight(criterion.weight))  [\(score)]")
            for level in rubric.scale {
                let anchor = criterion.anchors[level] ?? ""
                let mark = marks.scores[criterion.id] == level ? ">" : " "
                lines.append(style.dim("   \(mark)\(level) \(anchor)"))
            }
        }
        lines.append(contentsOf: status(marks, rubric: rubric))
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
