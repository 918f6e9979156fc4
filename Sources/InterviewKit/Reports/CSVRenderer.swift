/// Renders one row per recorded criterion score as ``CSVText`` (RFC 4180), so that it opens in a
/// spreadsheet.
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
        var rows = [Self.header]
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
                            ])
                    }
                }
            }
        }
        return CSVText.rows(rows)
    }

    static func text(_ value: String) -> String { CSVText.guarded(value) }
    static func field(_ value: String) -> String { CSVText.field(value) }
}
