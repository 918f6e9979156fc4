import Foundation

extension ComparisonReport {
    /// The comparison as Markdown: a ranked table, per-topic scores, differences with verdicts,
    /// and which interviewers were corrected for leniency.
    public func markdown() -> String {
        var lines = ["# Candidate comparison", ""]
        lines += rankingLines
        lines.append(calibrated ? "Raw scores are **calibrated**: each interviewer's shrunk leniency is removed first." : "Raw scores are not calibrated.")
        if let blindSeed { lines.append("Names are hidden (blind seed \(blindSeed)).") }
        if ranking == "fair" {
            lines += ["", "| candidate | fair (1-4) [95% interval] | raw mean [95% interval] | sessions | recommendations |", "| --- | --- | --- | --- | --- |"]
        } else {
            lines += ["", "| candidate | overall (1-4) [95% interval] | sessions | recommendations |", "| --- | --- | --- | --- |"]
        }
        for candidate in candidates {
            let recommendations = Recommendation.allCases.compactMap { level in
                candidate.recommendations[level.rawValue].map { "\(level.rawValue) \($0)" }
            }.joined(separator: ", ")
            let fair = ranking == "fair" ? " \(fairText(candidate)) |" : ""
            lines.append("| \(Self.cell(candidate.candidate)) |\(fair) \(candidate.overall.text) | \(candidate.sessions) | \(recommendations.isEmpty ? "–" : recommendations) |")
        }
        let topicIDs = Array(Set(candidates.flatMap { $0.topics.map(\.topic) })).sorted()
        if !topicIDs.isEmpty {
            lines += ["", ranking == "fair" ? "## Per topic (raw means)" : "## Per topic", "", "| candidate | " + topicIDs.joined(separator: " | ") + " |",
                "| --- |" + String(repeating: " --- |", count: topicIDs.count)]
            for candidate in candidates {
                let cells = topicIDs.map { id in candidate.topics.first { $0.topic == id }.map { Self.short($0.score) } ?? "–" }
                lines.append("| \(Self.cell(candidate.candidate)) | " + cells.joined(separator: " | ") + " |")
            }
        }
        if !differences.isEmpty {
            let unit = ranking == "fair" ? " (logits)" : ""
            lines += ["", "## Differences", "", "| a | b | a − b\(unit) [95% interval] | verdict |", "| --- | --- | --- | --- |"]
            for difference in differences {
                let value = Self.differenceText(difference)
                lines.append("| \(Self.cell(difference.a)) | \(Self.cell(difference.b)) | \(value) | \(Self.verdictText(difference)) |")
            }
        }
        if !leniency.isEmpty {
            lines += ["", "## Interviewer leniency (k = 10)", "", "| interviewer | items | raw | shrunk | applied |", "| --- | --- | --- | --- | --- |"]
            for entry in leniency {
                let raw = entry.raw.map { NumberText.fixed($0, places: 3, plus: true) } ?? "–"
                let shrunk = entry.n < Leniency.defaultMinimumItems ? "n/a (\(entry.n) items)" : entry.shrunk.map { NumberText.fixed($0, places: 3, plus: true) } ?? "–"
                lines.append("| \(Self.cell(entry.interviewer)) | \(entry.n) | \(raw) | \(shrunk) | \(entry.applied ? "yes" : "no") |")
            }
            if calibrated, !leniency.contains(where: \.applied) {
                lines += ["", "Too little data to calibrate: no interviewer has 5 rated items with a reference yet."]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the ranking rests on, and what it cannot say.
    var rankingLines: [String] {
        var lines: [String] = []
        if ranking == "fair" {
            lines.append("Ranked by **fair score** (scoring.md §9): the expected score on an average question from an average interviewer, "
                + "over all of the candidate's finished sessions, so easy questions and lenient interviewers do not lift anyone. "
                + "Raw means stay beside it; `--raw` ranks by them.")
            if disconnected > 0 {
                lines.append("**Disconnected:** these candidates fall into \(disconnected) groups that share no question or interviewer; "
                    + "comparisons across groups rest on the priors alone, and no verdict is drawn between them.")
            }
        } else {
            lines.append("Ranked by raw mean.")
        }
        if let fairNote { lines.append("Note: \(fairNote).") }
        return lines
    }

    func fairText(_ candidate: Candidate) -> String {
        guard let fair = candidate.fair else { return "–" }
        return fair.text + (disconnected > 0 ? " (group \(fair.subset))" : "")
    }

    static func verdictText(_ difference: Difference) -> String {
        if difference.disconnected { return "not comparable (no shared question or interviewer)" }
        switch difference.verdict {
        case .aAhead: return "\(difference.a) clearly ahead"
        case .bAhead: return "\(difference.b) clearly ahead"
        case .noClearDifference: return "no clear difference"
        case .notEnoughQuestions: return "not enough questions"
        }
    }

    static func short(_ score: ScoreEstimate) -> String {
        guard let mean = score.mean else { return "–" }
        guard let lower = score.lower, let upper = score.upper else { return NumberText.fixed(mean, places: 2) + " (n=\(score.n))" }
        return "\(NumberText.fixed(mean, places: 2)) [\(NumberText.fixed(lower, places: 2)), \(NumberText.fixed(upper, places: 2))]"
    }

    /// A Markdown table cell: pipes and line breaks from names cannot break the table.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
