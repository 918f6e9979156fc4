import Foundation
import Plot

/// Renders an interview kit as one self-contained, printable HTML file: a cover, one printed page
/// per question, and a closing page for the recommendation. Inline CSS, no scripts, no network.
/// Built with Plot like the reports (``HTMLRenderer``): every text from the bank, the blueprint or
/// the command line goes through ``HTMLRenderer/text(_:)``, and attribute values are only fixed
/// class names.
public struct KitHTMLRenderer: Sendable {
    public init() {}

    public func render(_ document: InterviewKitDocument) -> String {
        let title = "Interview kit: \(document.candidate)"
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [text(title)]),
                .style(HTMLRenderer.css + Self.css)
            ),
            .body(.main(.class("kit"), cover(document), .group(document.questions.map { sheet($0, in: document) }), closing(document)))
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    // MARK: - Cover

    func cover(_ document: InterviewKitDocument) -> Node<HTML.BodyContext> {
        let facts = [
            ("Candidate", document.candidate), ("Blueprint", "\(document.blueprintTitle) (\(document.blueprintID))"),
            ("Seed", "\(document.seed)"), ("Date", document.day), ("Questions", document.extent),
        ]
        return .section(
            .class("cover"),
            .h1(text("Interview kit: \(document.candidate)")),
            .dl(.forEach(facts) { fact in .group(.dt(text(fact.0)), .dd(text(fact.1))) }),
            .table(
                .class("plan"),
                .thead(.tr(.th(text("#")), .th(text("question")), .th(text("topic")), .th(text("level")), .th(text("min")))),
                .tbody(
                    .forEach(document.questions) { question in
                        .tr(
                            .td(.class("num"), text("\(question.position + 1)")),
                            .td(.code(text(question.questionID)), .if(question.reused, text(" (asked before)"))),
                            .td(text(question.topic)), .td(text(question.level)), .td(.class("num"), text("\(question.minutes)")))
                    })
            ),
            .forEach(document.notes) { .p(.class("meta"), text($0)) },
            .p(
                .class("meta"), text("The same questions as "), .code(text("interview plan")), text(" with seed \(document.seed); "),
                .code(text("interview start")), text(" with this seed draws them too while no other session is recorded in between.")),
            .p(
                .class("meta"), text("Points are numbered as "), .code(text("interview score --covered")),
                text(" takes them (bonus points follow the core ones), red flags as "), .code(text("--red-flag")),
                text(", follow-ups by their id as "), .code(text("--follow-up")), text("."))
        )
    }

    // MARK: - Question

    func sheet(_ question: AskedQuestion, in document: InterviewKitDocument) -> Node<HTML.BodyContext> {
        let guide = InterviewKitDocument.guide(question)
        let rubric = question.rubric
        return .section(
            .class("page question"),
            .h2(text(document.heading(question)), .span(.class("qid"), .code(text(question.questionID)))),
            .if(question.reused, .p(.class("qid"), text("Asked of this candidate before (the bank ran out)."))),
            .blockquote(text(question.text)),
            .if(!question.variants.isEmpty, .p(.class("variants"), text("Also asked as: " + question.variants.joined(separator: " / ")))),
            .forEach(question.crib.code) { snippet in
                .group(.p(.class("variants"), text("Code for the candidate (\(snippet.lang), edition \(snippet.edition)):")), .pre(text(snippet.source)))
            },
            .div(
                .class("cols"),
                .div(.h3(text("Core points (what a 3 needs)")), ticks(question.points.enumerated().map { "\($0.offset + 1). \($0.element)" })),
                .if(
                    !question.crib.bonus.isEmpty,
                    .div(
                        .h3(text("Bonus (lifts a 3 to a 4)")),
                        ticks(question.crib.bonus.enumerated().map { "\(question.points.count + $0.offset + 1). \($0.element)" })))
            ),
            .if(
                !guide.isEmpty,
                .group(.h3(text("Guide")), .ul(.class("guide"), .forEach(guide) { line in .li(.strong(text("\(line.score)")), text(" \(line.text)")) }))),
            .div(
                .class("cols"),
                .if(!question.followUps.isEmpty, .div(.h3(text("Follow-ups")), ticks(question.followUps.map { "\($0.id): \($0.text)" }))),
                .if(
                    !question.redFlags.isEmpty,
                    .div(.class("redflags"), .h3(text("Red flags")), ticks(question.redFlags.enumerated().map { "\($0.offset + 1). \($0.element)" })))
            ),
            .h3(text("Rubric: \(rubric.title ?? rubric.id)")),
            .table(
                .class("rubric"),
                .thead(
                    .tr(
                        .th(.class("criterion"), text("criterion")),
                        .forEach(rubric.scale) { .th(text("\($0)")) },
                        .th(.class("score"), text("score")))),
                .tbody(
                    .forEach(rubric.criteria) { criterion in
                        .tr(
                            .th(text(criterion.title ?? criterion.id), .span(.class("weight"), text(" \(NumberText.fixed(criterion.weight, places: 2))"))),
                            .forEach(InterviewKitDocument.anchors(criterion, scale: rubric.scale)) { .td(text($0.text)) },
                            .td(.class("score"), .span(.class("scorebox")))
                        )
                    })
            )
        )
    }

    // MARK: - Closing

    func closing(_ document: InterviewKitDocument) -> Node<HTML.BodyContext> {
        .section(
            .class("page closing"),
            .h2(text("Recommendation and summary")),
            .p(.class("meta"), text("\(document.candidate) · \(document.blueprintTitle) · \(document.day)")),
            .table(
                .class("tally"),
                .thead(.tr(.th(text("#")), .th(text("question")), .th(text("score")))),
                .tbody(
                    .forEach(document.questions) { question in
                        .tr(
                            .td(.class("num"), text("\(question.position + 1)")), .td(.code(text(question.questionID))),
                            .td(.class("score"), .span(.class("scorebox"))))
                    })
            ),
            .h3(text("Recommendation")),
            .p(
                .class("recommendations"),
                .forEach(Recommendation.allCases) { .span(.class("choice"), text("\(InterviewKitDocument.tickBox) \($0.rawValue)")) }),
            .h3(text("Summary")),
            .div(.class("writein")),
            .p(.class("signature"), text("Interviewer:"))
        )
    }

    // MARK: - Building blocks

    /// A list whose every item starts with a tick box.
    func ticks(_ items: [String]) -> Node<HTML.BodyContext> {
        .ul(.class("ticks"), .forEach(items) { item in .li(.span(.class("box"), text(InterviewKitDocument.tickBox)), text(" \(item)")) })
    }

    func text<Context>(_ value: String) -> Node<Context> {
        HTMLRenderer.text(value)
    }
}
