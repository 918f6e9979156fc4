extension ComparisonReport {
    /// One row per candidate and topic (topic `overall` for the whole), in rank order, RFC 4180
    /// quoting; the `overall` row carries the fair score and ability when ranked by them.
    public func csv() -> String {
        var rows = [["candidate", "topic", "mean", "pct", "lower", "upper", "n", "sessions", "fair", "fair_lower", "fair_upper", "ability", "ability_se"]]
        func number(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        for candidate in candidates {
            for (topic, score) in [("overall", candidate.overall)] + candidate.topics.map({ ($0.topic, $0.score) }) {
                let fair = topic == "overall" ? candidate.fair : nil
                rows.append([
                    CSVText.guarded(candidate.candidate), topic, number(score.mean), number(score.pct), number(score.lower), number(score.upper),
                    String(score.n), String(candidate.sessions), number(fair?.score), number(fair?.lower), number(fair?.upper),
                    number(fair?.ability), number(fair?.se),
                ])
            }
        }
        return CSVText.rows(rows)
    }
}
