import Foundation

extension CommitteePacket {
    /// What the packet covers, in one sentence.
    var introduction: String {
        let sessions = members.reduce(0) { $0 + $1.sessions.count }
        return "\(members.count) candidate\(members.count == 1 ? "" : "s"), \(sessions) finished session\(sessions == 1 ? "" : "s"), "
            + "strongest fair score first. Fair scores (scoring.md §9) are the expected score on an average question from an "
            + "average interviewer; \"clearly ahead\" means the 95% interval of the difference excludes zero."
    }

    /// "2.95 (senior-rust-60)".
    func weightedText(_ member: Member) -> String {
        guard let weighted = member.weighted else { return ReportText.dash }
        return "\(ReportText.score(weighted)) (\(member.weightsFrom == "equal" ? "equal weights" : member.weightsFrom))"
    }

    /// "2", or "2 (+1 open)".
    func sessionsText(_ member: Member) -> String {
        "\(member.sessions.count)" + (member.openSessions > 0 ? " (+\(member.openSessions) open)" : "")
    }

    /// "2 yes, 1 strong-yes", in the order of the scale.
    func recommendationText(_ member: Member) -> String {
        let given = member.sessions.flatMap(\.recommendations).map(\.recommendation)
        guard !given.isEmpty else { return "none yet" }
        return Recommendation.allCases.reversed().compactMap { value in
            let count = given.filter { $0 == value }.count
            return count > 0 ? "\(count) \(value.rawValue)" : nil
        }.joined(separator: ", ")
    }

    /// "3.10 (n=2)" or a dash.
    func topicText(_ member: Member, _ topic: String) -> String {
        guard let score = member.report.topics.first(where: { $0.topic == topic })?.score, let mean = score.mean else {
            return ReportText.dash
        }
        return "\(ReportText.score(mean)) (n=\(score.n))"
    }

    /// "al 3.0 · bo 1.0 ⚠", or "not scored" (skipped, or left without a score).
    func cellText(_ cell: Cell) -> String {
        guard !cell.ratings.isEmpty else { return "not scored" }
        return cell.ratings.map { "\($0.interviewer) \($0.score.map { NumberText.fixed($0, places: 1) } ?? "–")" }.joined(separator: " · ")
            + (cell.disagreement ? " ⚠" : "")
    }

    /// The packet as Markdown: the same sections as the HTML page, every recorded text escaped.
    public func markdown() -> String {
        let cell = MarkdownRenderer.cell
        var lines = ["# \(title)", "", "Generated \(ReportText.date(generatedAt))." + (isBlind ? " Blind packet (labels from seed \(blindSeed ?? 0)): names are hidden." : ""), "", introduction, ""]
        lines += ["## Verdicts", "", "| candidate | verdict |", "| --- | --- |"]
        lines += members.map { "| \(cell($0.candidate)) | \(cell($0.verdict)) |" }
        lines += ["", "## Scores (1-4, 95% intervals)", "",
                  "| candidate | fair [95% interval] | raw mean [95% interval] | topics weighted by blueprint | sessions | recommendations |",
                  "| --- | --- | --- | --- | --- | --- |"]
        lines += members.map { member in
            "| \(cell(member.candidate)) | \(member.fair?.text ?? ReportText.dash) | \(ReportText.summary(member.report.overall)) | "
                + "\(cell(weightedText(member))) | \(sessionsText(member)) | \(recommendationText(member)) |"
        }
        if let fairNote { lines += ["", cell(fairNote)] }
        let topics = Array(Set(members.flatMap { $0.report.topics.map(\.topic) })).sorted()
        if !topics.isEmpty {
            lines += ["", "## Per topic (raw means, n questions)", "", "| candidate | " + topics.map(cell).joined(separator: " | ") + " |",
                      "| --- |" + String(repeating: " --- |", count: topics.count)]
            lines += members.map { member in "| \(cell(member.candidate)) | " + topics.map { topicText(member, $0) }.joined(separator: " | ") + " |" }
        }
        lines += ["", "## Every interviewer's question scores", "",
                  "⚠ marks a question where the panel's scores differ by \(NumberText.fixed(Self.disagreementPoints, places: 0)) points or more.", ""]
        for (m, member) in members.enumerated() {
            lines += ["### \(cell(member.candidate))", ""]
            for (c, column) in columns.enumerated() {
                guard let rated = cells[m][c] else { continue }
                lines.append("- \(cell(column.id)) (\(cell(column.topic))): \(cell(cellText(rated)))")
            }
            lines.append("")
        }
        lines += ["## Recommendations and summaries", ""]
        for member in members {
            lines += ["### \(cell(member.candidate))", ""]
            for session in member.sessions {
                for line in session.recommendations {
                    lines.append("- **\(line.recommendation.rawValue)** · \(cell(line.interviewer)) · \(cell(session.reference)): \(cell(line.summary ?? "(no summary)"))")
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
