import Foundation
import Plot

extension ComparisonReport {
    /// The comparison as one self-contained HTML page (inline CSS and SVG, no scripts): overall
    /// scores with 95% intervals, a chart per topic, the differences and the leniency table.
    /// Names only ever reach escaped text nodes.
    ///
    /// A chart shows at most ``chartLimit`` candidates, the first in the table's order, and the
    /// differences table as many rows, and each says so: a chart of thousands of bars is read by
    /// no one (and `compare --all` on a whole database would make a page of tens of megabytes).
    /// The ranking's table lists every candidate; JSON and CSV hold everything.
    public func html(generatedAt: Date) -> String {
        typealias Charts = HTMLRenderer.Charts
        let scale = candidates.first?.summaries.overall.scale ?? .standard
        func bars(_ rows: [(String, ScoreSummary)]) -> Node<HTML.BodyContext> {
            .group(
                Charts.topicBars(rows.prefix(Self.chartLimit).map { SessionReport.TopicScore(topic: $0.0, score: $0.1, asked: $0.1.n) }, scale: scale),
                limitNote(rows.count))
        }
        let topicIDs = Array(Set(candidates.flatMap { $0.topics.map(\.topic) })).sorted()
        var content: [Node<HTML.BodyContext>] = [
            .header(
                .h1(HTMLRenderer.text("Candidate comparison")),
                HTMLRenderer.meta(generatedAt: generatedAt, blindSeed: blindSeed),
                .forEach(rankingLines.map { $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "") }) { .p(HTMLRenderer.text($0)) },
                .p(HTMLRenderer.text(calibrated ? "Raw scores are calibrated: each interviewer's shrunk leniency is removed first." : "Raw scores are not calibrated."))),
        ]
        if ranking != "fair" && candidates.count > Self.chartLimit {
            content.append(
                .section(
                    .h2(HTMLRenderer.text("Ranking by raw mean (1-4, 95% intervals)")),
                    .table(
                        .tr(.th("candidate"), .th("raw mean [95% interval]"), .th("sessions")),
                        .forEach(candidates) { candidate in
                            .tr(
                                .td(HTMLRenderer.text(candidate.candidate)), .td(HTMLRenderer.text(candidate.overall.text)),
                                .td(HTMLRenderer.text(String(candidate.sessions))))
                        })))
        }
        if ranking == "fair" {
            content.append(
                .section(
                    .h2(HTMLRenderer.text("Ranking by fair score (1-4, 95% intervals)")),
                    .table(
                        .tr(.th("candidate"), .th("fair [95% interval]"), .th("raw mean [95% interval]"), .th("sessions")),
                        .forEach(candidates) { candidate in
                            .tr(
                                .td(HTMLRenderer.text(candidate.candidate)), .td(HTMLRenderer.text(fairText(candidate))),
                                .td(HTMLRenderer.text(candidate.overall.text)), .td(HTMLRenderer.text(String(candidate.sessions))))
                        })))
        }
        if ranking == "fair" {
            // The chart a reader's eye goes to shows what the ranking is by.
            let fairBars = candidates.prefix(Self.chartLimit).map { candidate in
                Charts.Bar(label: candidate.candidate, value: candidate.fair?.score, lower: candidate.fair?.lower, upper: candidate.fair?.upper,
                           valueText: candidate.fair.map { ReportText.score($0.score) } ?? "",
                           tooltip: "\(candidate.candidate): \(fairText(candidate))")
            }
            content.append(.section(
                .h2(HTMLRenderer.text("The fair scores, 1-4 with 95% intervals")),
                Charts.intervalBars(fairBars, scale: scale, title: "The fair scores with 95% intervals"), limitNote(candidates.count)))
        }
        content.append(.section(
            .h2(HTMLRenderer.text("Raw means, 1-4 with 95% intervals" + (ranking == "fair" ? " (not adjusted for questions or interviewers)" : ""))),
            bars(candidates.map { ($0.candidate, $0.summaries.overall) })))
        if !topicIDs.isEmpty {
            content.append(
                .section(
                    .h2(HTMLRenderer.text(ranking == "fair" ? "Per topic (raw means)" : "Per topic")),
                    .forEach(topicIDs) { topic in
                        .div(
                            .h3(HTMLRenderer.text(topic)),
                            bars(candidates.compactMap { candidate in candidate.summaries.topics[topic].map { (candidate.candidate, $0) } }))
                    }))
        }
        if !differences.isEmpty {
            content.append(
                .section(
                    .h2(HTMLRenderer.text("Differences")),
                    .table(
                        .tr(.th("a"), .th("b"), .th(ranking == "fair" ? "a − b (logits) [95% interval]" : "a − b [95% interval]"), .th("verdict")),
                        .forEach(differences.prefix(Self.chartLimit)) { difference in
                            .tr(
                                .td(HTMLRenderer.text(difference.a)), .td(HTMLRenderer.text(difference.b)),
                                .td(HTMLRenderer.text(Self.differenceText(difference))), .td(HTMLRenderer.text(Self.verdictText(difference))))
                        }),
                    differences.count > Self.chartLimit
                        ? .p(HTMLRenderer.text("The first \(Self.chartLimit) of \(differences.count) differences; JSON and CSV list them all."))
                        : .empty))
        }
        if !leniency.isEmpty {
            content.append(
                .section(
                    .h2(HTMLRenderer.text("Interviewer leniency (k = 10)")),
                    .table(
                        .tr(.th("interviewer"), .th("items"), .th("raw"), .th("shrunk"), .th("applied")),
                        .forEach(leniency) { entry in
                            .tr(
                                .td(HTMLRenderer.text(entry.interviewer)), .td(HTMLRenderer.text(String(entry.n))),
                                .td(HTMLRenderer.text(entry.raw.map { NumberText.fixed($0, places: 3, plus: true) } ?? "–")),
                                .td(HTMLRenderer.text(entry.n < Leniency.defaultMinimumItems ? "n/a (\(entry.n) items)" : entry.shrunk.map { NumberText.fixed($0, places: 3, plus: true) } ?? "–")),
                                .td(HTMLRenderer.text(entry.applied ? "yes" : "no")))
                        })))
        }
        let page = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [HTMLRenderer.text("Candidate comparison")]), .style(HTMLRenderer.css)),
            .body(.main(.group(content))))
        return page.render(indentedBy: .spaces(1)) + "\n"
    }

    /// The most candidates one chart shows.
    static let chartLimit = 50

    /// What a chart of `count` candidates leaves out, if anything.
    private func limitNote(_ count: Int) -> Node<HTML.BodyContext> {
        guard count > Self.chartLimit else { return .empty }
        return .p(HTMLRenderer.text(
            "The first \(Self.chartLimit) of \(count) candidates, in the order of the table above, which lists them all."))
    }

    static func differenceText(_ difference: Difference) -> String {
        guard let d = difference.difference else { return "–" }
        guard let lower = difference.lower, let upper = difference.upper else { return NumberText.fixed(d, places: 2, plus: true) }
        return "\(NumberText.fixed(d, places: 2, plus: true)) [\(NumberText.fixed(lower, places: 2, plus: true)), \(NumberText.fixed(upper, places: 2, plus: true))]"
    }
}
