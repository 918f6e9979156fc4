/// Renders one row per recorded criterion score, RFC 4180 (CRLF line ends, fields with a comma,
/// quote or line break quoted, quotes doubled), so that it opens in a spreadsheet.
///
/// Columns: `session,candidate,question,topic,interviewer,criterion,score` then `level`,
/// `weight`, `rating_score` (empty while the rating is incomplete), `question_score`,
/// `question_status`. In blind reports `session` is the session's label and `candidate` the
/// candidate's. A text cell that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or carriage return) gets a leading `'`.
public struct CSVRenderer: Sendable {
    public static let header = [
        "session", "candidate", "question", "topic", "interviewer", "criterion", "score", "level", "weight", "rating_score",
        "question_score", "question_status",
    ]

    public init() {}

    public func render(_ document: ReportDocument) -> String {
        var rows = [Self.header.map(Self.field)]
        for session in document.sessions {
            for question in session.questions {
                for rating in question.ratings {
                    for criterion in question.criteria {
                        guard let value = rating.criteria[criterion.criterion] else { continue }
                        rows.append(
                            [
                                Self.text(session.reference), Self.text(session.candidate), Self.text(question.id), Self.text(question.topic),
                                Self.text(rating.interviewer), Self.text(criterion.criterion), String(value), Self.text(question.level),
                                "\(criterion.weight)", rating.score.map { "\($0)" } ?? "", question.score.map { "\($0)" } ?? "",
                                question.status.rawValue,
                            ].map(Self.field))
                    }
                }
            }
        }
        return rows.map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

    /// Guards a text cell against spreadsheet formula injection.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return value }
        return "'" + value
    }

    /// Quotes a field when RFC 4180 needs it.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
