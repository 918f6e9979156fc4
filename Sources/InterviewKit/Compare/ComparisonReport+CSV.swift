extension ComparisonReport {
    /// One row per candidate and topic (topic `overall` for the whole), RFC 4180 quoting.
    public func csv() -> String {
        var rows = [["candidate", "topic", "mean", "pct", "lower", "upper", "n", "sessions"]]
        func number(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        for candidate in candidates {
            for (topic, score) in [("overall", candidate.overall)] + candidate.topics.map({ ($0.topic, $0.score) }) {
                rows.append([
                    candidate.candidate, topic, number(score.mean), number(score.pct), number(score.lower), number(score.upper),
                    String(score.n), String(candidate.sessions),
                ])
            }
        }
        return rows.map { $0.map(CSVField.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

/// RFC 4180 fields: quoted when they hold a comma, a quote or a line break; quotes doubled.
enum CSVField {
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
