extension ComparisonReport {
    /// One row per candidate and topic (topic `overall` for the whole), RFC 4180 quoting.
    public func csv() -> String {
        var rows = [["candidate", "topic", "mean", "pct", "lower", "upper", "n", "sessions"]]
        func number(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        for candidate in candidates {
            for (topic, score) in [("overall", candidate.overall)] + candidate.topics.map({ ($0.topic, $0.score) }) {
                rows.append([
                    CSVText.guarded(candidate.candidate), topic, number(score.mean), number(score.pct), number(score.lower), number(score.upper),
                    String(score.n), String(candidate.sessions),
                ])
            }
        }
        return CSVText.rows(rows)
    }
}
