import Foundation
import Plot

/// Renders a report as one self-contained HTML file: inline CSS and SVG charts, no scripts, no
/// network. Built with Plot, whose text nodes escape, so that names, notes, typed follow-ups and
/// summaries always show as text. Attribute values are never taken from recorded text (Plot
/// does not escape them): only numbers and fixed class names go there.
public struct HTMLRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) -> String {
        let title: String
        let content: [Node<HTML.BodyContext>]
        switch document {
        case .session(let report, let generatedAt, let blindSeed):
            title = "Interview report: \(report.candidate)"
            content = [
                .header(.h1(Self.text(title)), Self.meta(generatedAt: generatedAt, blindSeed: blindSeed)),
            ] + session(report, heading: 2)
        case .candidate(let report):
            title = "Candidate report: \(report.candidate)"
            content = [
                .header(.h1(Self.text(title)), Self.meta(generatedAt: report.generatedAt, blindSeed: report.blindSeed)),
            ] + candidate(report)
        }
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [Self.text(title)]),
                .style(Self.css)
            ),
            .body(.main(.group(content)))
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    static func meta(generatedAt: Date, blindSeed: UInt64?) -> Node<HTML.BodyContext> {
        .p(
            .class("meta"),
            Self.text("Generated \(ReportText.date(generatedAt))."),
            .unwrap(blindSeed) { seed in
                .group(.text(" "), .strong(Self.text("Blind report")), Self.text(" (labels from seed \(seed)): names and dates are hidden."))
            }
        )
    }

    // MARK: - Candidate

    func candidate(_ report: CandidateReport) -> [Node<HTML.BodyContext>] {
        let finished = report.sessions.filter { $0.status == .finished }.count
        var nodes: [Node<HTML.BodyContext>] = [
            .section(
                .class("summary"),
                Self.scoreCard("Overall, pooled", report.overall),
                .p(Self.text("\(report.sessions.count) session\(report.sessions.count == 1 ? "" : "s"), \(finished) finished (only finished sessions are pooled).")),
                .unwrap(report.fair) { fair in
                    .p(.strong(Self.text("Fair score: \(fair.text)")),
                       Self.text(" on an average question from an average interviewer: \(fair.explanation)"))
                }
            ),
            .section(.h2(Self.text("Trend over sessions")), Charts.trend(report.trend)),
            .section(
                .h2(Self.text(report.fair == nil ? "Topics, pooled" : "Topics, pooled (raw means)")),
                Charts.topicBars(report.topics, scale: report.sessions.first?.scale ?? .standard)),
        ]
        if !report.topicTrends.isEmpty {
            nodes.append(
                .section(
                    .h2(Self.text("Trend per topic")),
                    .table(
                        .thead(
                            .tr(.th(Self.text("topic")), .forEach(report.trend) { .th(Self.text($0.session)) }, .th(Self.text("change")), .th(Self.text("trend")))),
                        .tbody(
                            .forEach(report.topicTrends) { trend in
                                .tr(
                                    .th(Self.text(trend.topic)),
                                    .forEach(trend.means) { .td(.class("num"), Self.text(ReportText.score($0))) },
                                    .td(.class("num"), Self.text(ReportText.signed(trend.change))),
                                    .td(Charts.sparkline(trend.means, scale: report.sessions.first?.scale ?? .standard))
                                )
                            })
                    )
                ))
        }
        if !report.progress.isEmpty {
            nodes.append(
                .section(
                    .h2(Self.text("Session to session")),
                    .ul(
                        .forEach(report.progress) { step in
                            let c = step.comparison
                            let range = c.lower.flatMap { lo in c.upper.map { " [\(ReportText.signed(lo)), \(ReportText.signed($0))]" } } ?? ""
                            return .li(
                                Self.text("\(step.from) → \(step.to): \(ReportText.signed(c.difference))\(range), \(ReportText.progressVerdict(c.verdict))"))
                        })
                ))
        }
        nodes.append(
            .section(
                .h2(Self.text("Points missed again and again")),
                report.repeatedMisses.isEmpty
                    ? .p(Self.text("No point was missed in more than one session."))
                    : .ul(
                        .forEach(report.repeatedMisses) { miss in
                            .li(.code(Self.text(miss.question)), Self.text(" point \(miss.number): \(miss.text) (\(miss.times) sessions)"))
                        })
            ))
        nodes.append(
            .section(
                .h2(Self.text("Topics never asked yet")),
                .p(Self.text(report.neverAsked.isEmpty ? "None: every topic in use was asked." : report.neverAsked.joined(separator: ", ")))
            ))
        nodes.append(strengthsAndGaps(report.strengthsAndGaps, heading: 2))
        for session in report.sessions {
            nodes.append(
                .element(
                    named: "article",
                    nodes: [
                        .class("session"),
                        .h2(Self.text("Session \(session.reference): \(session.blueprintTitle)")),
                    ] + self.session(session, heading: 3)))
        }
        return nodes
    }

    // MARK: - Session

    func session(_ report: SessionReport, heading: Int) -> [Node<HTML.BodyContext>] {
        var facts: [(String, String)] = [
            ("Candidate", report.candidate), ("Session", "\(report.reference) (\(report.status.rawValue))"),
            ("Interviewers", ReportText.list(report.interviewers)), ("Blueprint", "\(report.blueprintTitle) (\(report.blueprint))"),
        ]
        if report.adaptive { facts.append(("Questions", ReportText.adaptiveNote)) }
        if report.startedAt != nil {
            facts.append(("Date", "\(ReportText.date(report.startedAt)) to \(ReportText.date(report.finishedAt))"))
        }
        facts.append(
            ("Duration", "\(ReportText.duration(report.durationSeconds)); on questions \(ReportText.duration(report.secondsSpent)) of \(report.minutes):00 budgeted"))
        var nodes: [Node<HTML.BodyContext>] = [
            .section(
                .class("summary"),
                Self.scoreCard("Overall", report.overall),
                .dl(.forEach(facts) { fact in .group(.dt(Self.text(fact.0)), .dd(Self.text(fact.1))) }),
                .p(Self.text(ReportText.scoredLine(report))),
                .unwrap(report.agreement) { .p(Self.text("Panel agreement: \(ReportText.agreement($0))")) }
            ),
            .section(Self.heading(heading, "Topics"), Charts.topicBars(report.topics, scale: report.scale)),
        ]
        if !report.criteria.isEmpty {
            nodes.append(.section(Self.heading(heading, "Criterion profile"), Charts.criterionBars(report.criteria, scale: report.scale)))
        }
        nodes.append(strengthsAndGaps(report.strengthsAndGaps, heading: heading))
        nodes.append(
            .section(
                Self.heading(heading, "Recommendations"),
                report.recommendations.isEmpty
                    ? .p(Self.text("None yet."))
                    : .group(
                        .ul(
                            .forEach(report.recommendations) { r in
                                .li(
                                    .strong(Self.text(r.interviewer)), Self.text(": "),
                                    .span(.class("rec rec-\(r.recommendation.rawValue)"), Self.text(r.recommendation.rawValue)),
                                    .unwrap(r.summary) { .group(Self.text(" — "), Self.text($0)) })
                            }),
                        .p(Self.text("Counts: " + report.recommendationCounts.map { "\($0.recommendation.rawValue) \($0.count)" }.joined(separator: ", ")))
                    )
            ))
        if !report.notes.isEmpty {
            nodes.append(
                .section(
                    Self.heading(heading, "Session notes"),
                    .ul(.forEach(report.notes) { .li(.strong(Self.text($0.interviewer)), Self.text(": "), Self.text($0.text)) })))
        }
        nodes.append(Self.heading(heading, "Questions"))
        nodes += report.questions.map { question($0, heading: heading + 1) }
        return nodes
    }

    func strengthsAndGaps(_ gaps: StrengthsAndGaps, heading: Int) -> Node<HTML.BodyContext> {
        func topics(_ list: [SessionReport.TopicScore]) -> String {
            list.isEmpty ? ReportText.dash : list.map { "\($0.topic) \(ReportText.score($0.score.mean))" }.joined(separator: ", ")
        }
        return .section(
            .class("gaps"),
            Self.heading(heading, "Strengths and gaps"),
            .ul(
                .li(.strong(Self.text("Strongest topics: ")), Self.text(topics(gaps.strongest))),
                .li(.strong(Self.text("Weakest topics: ")), Self.text(topics(gaps.weakest))),
                .unwrap(gaps.strongestCriterion.flatMap { s in gaps.weakestCriterion.map { (s, $0) } }) { pair in
                    .li(
                        .strong(Self.text("Criteria: ")),
                        Self.text("strongest \(pair.0.criterion) \(ReportText.score(pair.0.mean)), weakest \(pair.1.criterion) \(ReportText.score(pair.1.mean))"))
                },
                .unwrap(gaps.missedByTopic.first.flatMap { $0.missed > 0 ? $0 : nil }) { worst in
                    .li(.strong(Self.text("Most points missed in: ")), Self.text("\(worst.topic) (\(worst.missed) of \(worst.total))"))
                },
                .li(
                    .strong(Self.text("Points missed most: ")),
                    gaps.mostMissed.isEmpty
                        ? Self.text("none")
                        : .ol(
                            .forEach(gaps.mostMissed) { p in
                                .li(.code(Self.text(p.question)), Self.text(" point \(p.number): \(p.text)" + (p.times > 1 ? " (\(p.times) times)" : "")))
                            })
                )
            )
        )
    }

    func question(_ q: QuestionReport, heading: Int) -> Node<HTML.BodyContext> {
        let ranges = q.panel.members.count > 1 ? Dictionary(uniqueKeysWithValues: q.panel.criterionRanges.map { ($0.criterion, $0.range) }) : [:]
        let panel = q.ratings.count > 1
        var headline = "\(ReportText.score(q.score)) (\(ReportText.pct(q.panel.pct(on: q.scale)))/100)"
        if q.panel.members.count > 1, let spread = q.panel.spread { headline += " · spread \(ReportText.score(spread))" }
        return .element(
            named: "article",
            nodes: [
                .class("question status-\(q.status.rawValue)"),
                Self.heading(heading, "\(q.number). \(q.topic) · \(q.level) · \(q.status.rawValue)"),
                .p(.class("qid"), .code(Self.text(q.id)), .if(q.reused, Self.text(" · asked of this candidate before (the bank ran out)"))),
                .blockquote(Self.text(q.text)),
                .if(!q.variants.isEmpty, .p(.class("variants"), Self.text("Also asked as: " + q.variants.joined(separator: " / ")))),
                .p(
                    .class("qscore"), .strong(Self.text(headline)),
                    .if(q.panel.disagreement, .span(.class("flag"), Self.text(" disagreement")))),
                Charts.budget(seconds: q.secondsSpent, minutes: q.minutes),
                .if(
                    !q.ratings.isEmpty,
                    .table(
                        .class("ratings"),
                        .thead(
                            .tr(
                                .th(Self.text("criterion")), .th(Self.text("weight")),
                                .forEach(q.ratings) { .th(Self.text($0.interviewer)) },
                                .if(panel, .th(Self.text("range"))))),
                        .tbody(
                            .forEach(q.criteria) { c in
                                .tr(
                                    .th(Self.text(c.criterion)), .td(.class("num"), Self.text(NumberText.fixed(c.weight, places: 2))),
                                    .forEach(q.ratings) { r in .td(.class("num"), Self.text(r.criteria[c.criterion].map(String.init) ?? ReportText.dash)) },
                                    .if(
                                        panel,
                                        .td(
                                            .class((ranges[c.criterion] ?? 0) >= PanelAggregate.disagreementRange ? "num wide" : "num"),
                                            Self.text(ranges[c.criterion].map(String.init) ?? ReportText.dash))))
                            },
                            .tr(
                                .class("total"), .th(Self.text("score")), .td(),
                                .forEach(q.ratings) { .td(.class("num"), Self.text(ReportText.score($0.score))) },
                                .if(panel, .td()))
                        )
                    )),
                .div(
                    .class("points"),
                    .div(
                        .h5(Self.text("Covered")),
                        q.covered.isEmpty
                            ? .p(Self.text("none"))
                            : .ul(
                                .class("covered"),
                                .forEach(q.covered) { p in .li(Self.text("\(p.number). \(p.text)"), .span(.class("by"), Self.text(" (\(p.by.joined(separator: ", ")))"))) })
                    ),
                    .div(
                        .h5(Self.text("Missed")),
                        q.missed.isEmpty
                            ? .p(Self.text("none")) : .ul(.class("missed"), .forEach(q.missed) { p in .li(Self.text("\(p.number). \(p.text)")) })
                    ),
                    .if(
                        !q.bonus.isEmpty,
                        .div(
                            .h5(Self.text("Bonus (lifts a 3 to a 4)")),
                            .ul(
                                .class("bonus"),
                                .forEach(q.bonus) { p in
                                    .li(
                                        .class(p.by.isEmpty ? "missed" : "covered"), Self.text("\(p.number). \(p.text)"),
                                        .if(!p.by.isEmpty, .span(.class("by"), Self.text(" (\(p.by.joined(separator: ", ")))"))))
                                }))
                    )
                ),
                .if(
                    !q.guide.isEmpty,
                    .group(
                        .h5(Self.text("Guide")),
                        .ul(.class("guide"), .forEach(q.guide) { line in .li(.strong(Self.text("\(line.score)")), Self.text(" \(line.text)")) }))
                ),
                .if(
                    !q.followUps.isEmpty,
                    .group(
                        .h5(Self.text("Follow-ups asked")),
                        .ul(
                            .forEach(q.followUps) { f in
                                .li(
                                    .span(.class(f.isTyped ? "tag typed" : "tag"), Self.text(f.isTyped ? "typed" : "listed")), Self.text(" "),
                                    Self.text(f.text), .span(.class("by"), Self.text(" (\(f.interviewer))")))
                            })
                    )),
                .if(
                    !q.redFlags.isEmpty,
                    .group(
                        .h5(Self.text("Red flags")),
                        .ul(
                            .class("redflags"),
                            .forEach(q.redFlags) { p in
                                .li(Self.text("\(p.number). \(p.text)"), .span(.class("by"), Self.text(" (\(p.by.joined(separator: ", ")))")))
                            })
                    )),
                .if(
                    !q.notes.isEmpty,
                    .group(
                        .h5(Self.text("Notes")),
                        .ul(.forEach(q.notes) { n in .li(.strong(Self.text(n.interviewer)), Self.text(": "), Self.text(n.text)) })
                    )),
                .if(
                    !q.skips.isEmpty,
                    .group(
                        .h5(Self.text("Skipped")),
                        .ul(.forEach(q.skips) { s in .li(.strong(Self.text(s.interviewer)), Self.text(": "), Self.text(s.text)) })
                    )),
            ])
    }

    // MARK: - Building blocks

    static func scoreCard(_ caption: String, _ summary: ScoreSummary) -> Node<HTML.BodyContext> {
        .div(
            .class("card"),
            .div(.class("caption"), Self.text(caption)),
            .div(.class("big"), Self.text(ReportText.score(summary.mean))),
            .div(.class("pct"), Self.text(summary.mean == nil ? "not assessed" : "\(ReportText.pct(summary.meanPct)) / 100")),
            .div(
                .class("ci"),
                Self.text(
                    summary.lower == nil
                        ? (summary.mean == nil ? "" : ScoreSummary.Status.noInterval.rawValue)
                        : "95% CI \(ReportText.interval(summary)) (\(ReportText.pct(summary.lowerPct))–\(ReportText.pct(summary.upperPct))), n=\(summary.n)"))
        )
    }

    static func heading(_ level: Int, _ title: String) -> Node<HTML.BodyContext> {
        .element(named: "h\(min(max(level, 1), 6))", nodes: [text(title)])
    }

    /// Text that shows exactly as given: Plot escapes `<` and `>` but keeps `&name;` sequences
    /// as entities, so every `&` is written as `&amp;` first.
    static func text<Context>(_ value: String) -> Node<Context> {
        .text(value.replacingOccurrences(of: "&", with: "&amp;"))
    }
}
