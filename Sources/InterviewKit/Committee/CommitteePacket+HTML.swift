import Foundation
import Plot

extension CommitteePacket {
    /// The packet as one self-contained HTML page (inline CSS, no scripts, no network) that
    /// prints well: every recorded text reaches only escaped text nodes.
    public func html() -> String {
        typealias R = HTMLRenderer
        let topics = Array(Set(members.flatMap { $0.report.topics.map(\.topic) })).sorted()
        var content: [Node<HTML.BodyContext>] = [
            .header(
                .h1(R.text(title)), R.meta(generatedAt: generatedAt, blindSeed: blindSeed),
                .p(R.text(introduction))),
            .section(
                .class("verdicts"),
                .h2(R.text("Verdicts")),
                .table(
                    .tr(.th("candidate"), .th("verdict")),
                    .forEach(members) { member in .tr(.td(.strong(R.text(member.candidate))), .td(R.text(member.verdict))) })),
            .section(
                .h2(R.text("Scores (1-4, 95% intervals)")),
                .table(
                    .tr(.th("candidate"), .th("fair [95% interval]"), .th("raw mean [95% interval]"), .th("topics weighted by blueprint"),
                        .th("sessions"), .th("recommendations")),
                    .forEach(members) { member in
                        .tr(
                            .td(R.text(member.candidate)), .td(R.text(member.fair?.text ?? "–")),
                            .td(R.text(ReportText.summary(member.report.overall))), .td(R.text(weightedText(member))),
                            .td(R.text(sessionsText(member))), .td(R.text(recommendationText(member))))
                    }),
                .unwrap(fairNote) { .p(R.text($0)) }),
        ]
        if !topics.isEmpty {
            content.append(.section(
                .h2(R.text("Per topic (raw means, n questions)")),
                .table(
                    .tr(.th("candidate"), .forEach(topics) { .th(R.text($0)) }),
                    .forEach(members) { member in
                        .tr(.td(R.text(member.candidate)), .forEach(topics) { topic in .td(R.text(topicText(member, topic))) })
                    })))
        }
        content.append(.section(
            .class("grid"),
            .h2(R.text("Every interviewer's question scores")),
            .p(R.text("Q numbers are listed below the grid. ⚠ marks a question where the panel's scores differ by \(NumberText.fixed(Self.disagreementPoints, places: 0)) points or more.")),
            .table(
                .tr(.th("candidate"), .forEach(columns.indices) { .th(R.text("Q\($0 + 1)")) }),
                .tr(.th(""), .forEach(columns) { .th(.class("topic"), R.text($0.topic)) }),
                .forEach(members.indices) { m in
                    .tr(
                        .td(R.text(members[m].candidate)),
                        .forEach(cells[m]) { cell in
                            guard let cell else { return .td(.class("none"), R.text("·")) }
                            return .td(.class(cell.disagreement ? "split" : "cell"), R.text(cellText(cell)))
                        })
                }),
            .ol(.class("legend"), .forEach(columns) { column in .li(R.text("\(column.id): \(column.text)")) })))
        content.append(.section(
            .class("summaries"),
            .h2(R.text("Recommendations and summaries")),
            .forEach(members) { member in
                .div(
                    .class("member"),
                    .h3(R.text(member.candidate)),
                    .ul(.forEach(member.sessions) { session in
                        .forEach(session.recommendations) { line in
                            .li(
                                .span(.class("rec rec-\(line.recommendation.rawValue)"), R.text(line.recommendation.rawValue)),
                                R.text(" · \(line.interviewer) · \(session.reference): \(line.summary ?? "(no summary)")"))
                        }
                    }))
            }))
        let page = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [R.text(title)]), .style(R.css + Self.css)),
            .body(.main(.group(content))))
        return page.render(indentedBy: .spaces(1)) + "\n"
    }

    /// The grid and print additions to the reports' style sheet.
    static let css = """

        .grid table { font-size: 0.8rem; }
        .grid td.split { background: #fde8e8; font-weight: 600; }
        .grid td.none { color: #999; text-align: center; }
        .grid th.topic { font-weight: normal; font-size: 0.7rem; }
        .legend { font-size: 0.85rem; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print {
          tr, .member, .legend li { break-inside: avoid; }
          section.grid, section.summaries { break-before: page; }
          .grid td.split { outline: 1px solid #000; }
        }
        """
}
