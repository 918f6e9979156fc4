import Foundation

/// How reports write numbers, times and scores for people (scoring.md: 2 decimals on the 1-4
/// scale, whole numbers on 0-100). JSON carries the unrounded values instead.
enum ReportText {
    static let dash = "–"

    /// How an adaptive session's questions were chosen, and why its fair score still compares.
    static let adaptiveNote = "adaptive: each chosen after the last was scored, the most informative at the running estimate "
        + "within the blueprint's quotas; the fair score accounts for each question's difficulty, so it compares with fixed sessions"

    /// "2.90", or a dash.
    static func score(_ value: Double?) -> String {
        guard let value else { return dash }
        return NumberText.fixed(value, places: 2)
    }

    /// "63", or a dash.
    static func pct(_ value: Double?) -> String {
        guard let value else { return dash }
        return NumberText.fixed(value, places: 0)
    }

    /// "2.90 (63/100)", "2.90 (63/100), 95% CI 2.21–3.59 (40–86), n=5", "3.00 (67/100), n=1, no interval", "not assessed".
    static func summary(_ summary: ScoreSummary) -> String {
        guard let mean = summary.mean else { return ScoreSummary.Status.notAssessed.rawValue }
        let head = "\(score(mean)) (\(pct(summary.meanPct))/100)"
        guard let lower = summary.lower, let upper = summary.upper else { return "\(head), \(ScoreSummary.Status.noInterval.rawValue)" }
        return "\(head), 95% CI \(score(lower))–\(score(upper)) (\(pct(summary.lowerPct))–\(pct(summary.upperPct))), n=\(summary.n)"
    }

    /// "2.21–3.59", "n=1, no interval" or "not assessed".
    static func interval(_ summary: ScoreSummary) -> String {
        guard summary.mean != nil else { return ScoreSummary.Status.notAssessed.rawValue }
        guard let lower = summary.lower, let upper = summary.upper else { return ScoreSummary.Status.noInterval.rawValue }
        return "\(score(lower))–\(score(upper))"
    }

    /// "7:05", "1:02:03".
    static func duration(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let (h, m, r) = (s / 3600, (s % 3600) / 60, s % 60)
        return h > 0 ? "\(h):\(NumberText.padded(m, width: 2)):\(NumberText.padded(r, width: 2))" : "\(m):\(NumberText.padded(r, width: 2))"
    }

    /// "2026-09-21 10:00 UTC", or a dash.
    static func date(_ value: Date?) -> String {
        guard let value else { return dash }
        return UTCTime.minute(value)
    }

    /// ISO 8601 in UTC, as JSON carries times.
    static func iso(_ value: Date) -> String {
        UTCTime.iso(value)
    }

    static func status(_ status: QuestionReport.Status) -> String { status.rawValue }

    /// "k of N questions scored".
    static func scoredLine(_ report: SessionReport) -> String {
        "\(report.scoredCount) of \(report.questions.count) question\(report.questions.count == 1 ? "" : "s") scored"
    }

    /// "3 min 12 s of 8 min" style: time spent against the budget.
    static func timeAgainstBudget(seconds: Int, minutes: Int) -> String {
        "\(duration(seconds)) of \(minutes):00\(seconds > minutes * 60 ? " (over budget)" : "")"
    }

    static func agreement(_ agreement: SessionReport.Agreement) -> String {
        let ordinal = agreement.ordinal.map { NumberText.fixed($0, places: 3) } ?? "n/a"
        let interval = agreement.interval.map { NumberText.fixed($0, places: 3) } ?? "n/a"
        return "ordinal α \(ordinal) (\(agreement.band.rawValue)), interval α \(interval), \(agreement.pairableUnits) pairable units"
    }

    static func progressVerdict(_ verdict: CandidateComparison.Verdict) -> String {
        switch verdict {
        case .aAhead: "clearly better"
        case .bAhead: "clearly worse"
        case .noClearDifference: "no clear difference"
        case .notEnoughQuestions: "not enough questions"
        }
    }

    static func signed(_ value: Double?) -> String {
        guard let value else { return dash }
        return NumberText.fixed(value, places: 2, plus: true)
    }

    static func list(_ names: [String]) -> String { names.isEmpty ? dash : names.joined(separator: ", ") }
}
