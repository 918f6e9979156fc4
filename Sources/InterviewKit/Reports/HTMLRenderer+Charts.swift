import Foundation
import Plot

extension HTMLRenderer {
    /// Inline SVG charts. Coordinates are numbers formatted here; labels are escaped text nodes.
    enum Charts {
        static let width = 640.0
        static let labelWidth = 150.0
        static let valueWidth = 110.0
        static let rowHeight = 26.0

        static func number(_ value: Double) -> String {
            let text = NumberText.fixed(value, places: 1)
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }

        static func svg(height: Double, title: String, _ nodes: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
            .element(
                named: "svg",
                nodes: [
                    .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
                    .attribute(named: "viewBox", value: "0 0 \(number(width)) \(number(height))"),
                    .attribute(named: "role", value: "img"),
                    .class("chart"),
                    .element(named: "title", nodes: [HTMLRenderer.text(title)]),
                ] + nodes)
        }

        static func element(_ name: String, _ attributes: [(String, String)], _ children: [Node<HTML.BodyContext>] = []) -> Node<HTML.BodyContext> {
            .element(named: name, nodes: attributes.map { .attribute(named: $0.0, value: $0.1) } + children)
        }

        static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ cls: String) -> Node<HTML.BodyContext> {
            element("line", [("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2)), ("class", cls)])
        }

        static func label(_ x: Double, _ y: Double, _ text: String, _ cls: String) -> Node<HTML.BodyContext> {
            element("text", [("x", number(x)), ("y", number(y)), ("class", cls)], [HTMLRenderer.text(text)])
        }

        /// The x of a score on the plot area.
        static func x(_ score: Double, _ scale: ScoreScale) -> Double {
            let plot = width - labelWidth - valueWidth
            return labelWidth + plot * (scale.clamp(score) - Double(scale.lo)) / Double(max(scale.hi - scale.lo, 1))
        }

        static func axis(_ scale: ScoreScale, top: Double, bottom: Double) -> [Node<HTML.BodyContext>] {
            scale.levels.flatMap { level -> [Node<HTML.BodyContext>] in
                let xv = x(Double(level), scale)
                return [line(xv, top, xv, bottom, "grid"), label(xv, bottom + 14, String(level), "tick")]
            }
        }

        /// One bar of ``intervalBars(_:scale:title:)``: a label, a value (none: "not assessed"), its
        /// 95% interval, the text printed at the right and the hover text.
        struct Bar {
            var label: String
            var value: Double?
            var lower: Double?
            var upper: Double?
            var valueText: String
            var tooltip: String
        }

        /// Horizontal bars from the bottom of the scale to each value, with the 95% interval as a whisker.
        static func intervalBars(_ bars: [Bar], scale: ScoreScale, title: String) -> Node<HTML.BodyContext> {
            let height = Double(bars.count) * rowHeight + 30
            var nodes = axis(scale, top: 4, bottom: height - 22)
            for (index, bar) in bars.enumerated() {
                let y = 4 + Double(index) * rowHeight
                let mid = y + rowHeight / 2
                nodes.append(label(labelWidth - 8, mid + 4, bar.label, "label"))
                guard let value = bar.value else {
                    nodes.append(label(labelWidth + 6, mid + 4, "not assessed", "note"))
                    continue
                }
                let x0 = x(Double(scale.lo), scale)
                nodes.append(
                    element(
                        "rect", [("x", number(x0)), ("y", number(y + 5)), ("width", number(max(x(value, scale) - x0, 1))), ("height", number(rowHeight - 10)), ("class", "bar")],
                        [.element(named: "title", nodes: [HTMLRenderer.text(bar.tooltip)])]))
                if let lower = bar.lower, let upper = bar.upper {
                    let (a, b) = (x(lower, scale), x(upper, scale))
                    nodes += [line(a, mid, b, mid, "whisker"), line(a, mid - 6, a, mid + 6, "whisker"), line(b, mid - 6, b, mid + 6, "whisker")]
                }
                nodes.append(label(width - valueWidth + 8, mid + 4, bar.valueText, "value"))
            }
            return svg(height: height, title: title, nodes)
        }

        /// Each topic's mean with its 95% interval.
        static func topicBars(_ topics: [SessionReport.TopicScore], scale: ScoreScale) -> Node<HTML.BodyContext> {
            let bars = topics.map { topic in
                let count = topic.score.n == 1 ? " (n=1)" : " n=\(topic.score.n)"
                return Bar(label: topic.topic, value: topic.score.mean, lower: topic.score.lower, upper: topic.score.upper,
                           valueText: topic.score.mean.map { ReportText.score($0) + count } ?? "",
                           tooltip: "\(topic.topic): \(ReportText.summary(topic.score))")
            }
            return intervalBars(bars, scale: scale, title: "Topic scores with 95% intervals")
        }

        /// The criterion profile: each criterion's mean over the complete ratings.
        static func criterionBars(_ criteria: [SessionReport.CriterionProfile], scale: ScoreScale) -> Node<HTML.BodyContext> {
            let height = Double(criteria.count) * rowHeight + 30
            var nodes = axis(scale, top: 4, bottom: height - 22)
            for (index, criterion) in criteria.enumerated() {
                let y = 4 + Double(index) * rowHeight
                let x0 = x(Double(scale.lo), scale)
                nodes.append(label(labelWidth - 8, y + rowHeight / 2 + 4, criterion.criterion, "label"))
                nodes.append(
                    element(
                        "rect",
                        [("x", number(x0)), ("y", number(y + 5)), ("width", number(max(x(criterion.mean, scale) - x0, 1))), ("height", number(rowHeight - 10)), ("class", "bar alt")]))
                nodes.append(label(width - valueWidth + 8, y + rowHeight / 2 + 4, "\(ReportText.score(criterion.mean)) n=\(criterion.n)", "value"))
            }
            return svg(height: height, title: "Criterion profile", nodes)
        }

        /// Overall score per session in time order, with 95% intervals.
        static func trend(_ points: [CandidateReport.TrendPoint]) -> Node<HTML.BodyContext> {
            let scale = points.first?.overall.scale ?? .standard
            let height = 220.0
            let (top, bottom, left, right) = (12.0, 180.0, 40.0, width - 20)
            func y(_ score: Double) -> Double {
                bottom - (bottom - top) * (scale.clamp(score) - Double(scale.lo)) / Double(max(scale.hi - scale.lo, 1))
            }
            func xAt(_ index: Int) -> Double {
                points.count <= 1 ? (left + right) / 2 : left + (right - left) * Double(index) / Double(points.count - 1)
            }
            var nodes: [Node<HTML.BodyContext>] = scale.levels.flatMap { level -> [Node<HTML.BodyContext>] in
                [line(left, y(Double(level)), right, y(Double(level)), "grid"), label(left - 8, y(Double(level)) + 4, String(level), "label")]
            }
            var path: [String] = []
            for (index, point) in points.enumerated() {
                let xv = xAt(index)
                nodes.append(label(xv, bottom + 20, point.session, "tick"))
                guard let mean = point.overall.mean else { continue }
                if let lower = point.overall.lower, let upper = point.overall.upper {
                    nodes += [
                        line(xv, y(lower), xv, y(upper), "whisker"), line(xv - 6, y(lower), xv + 6, y(lower), "whisker"),
                        line(xv - 6, y(upper), xv + 6, y(upper), "whisker"),
                    ]
                }
                path.append("\(number(xv)),\(number(y(mean)))")
                nodes.append(
                    element(
                        "circle", [("cx", number(xv)), ("cy", number(y(mean))), ("r", "5"), ("class", point.status == .finished ? "dot" : "dot open")],
                        [.element(named: "title", nodes: [HTMLRenderer.text("\(point.session): \(ReportText.summary(point.overall))")])]))
            }
            if path.count >= 2 { nodes.insert(element("polyline", [("points", path.joined(separator: " ")), ("class", "trendline")]), at: 0) }
            return svg(height: height, title: "Overall score per session with 95% intervals", nodes)
        }

        /// A small line of a topic's means over the sessions.
        static func sparkline(_ means: [Double?], scale: ScoreScale) -> Node<HTML.BodyContext> {
            let (w, h) = (120.0, 28.0)
            func xAt(_ index: Int) -> Double { means.count <= 1 ? w / 2 : 4 + (w - 8) * Double(index) / Double(means.count - 1) }
            func y(_ score: Double) -> Double { h - 4 - (h - 8) * (scale.clamp(score) - Double(scale.lo)) / Double(max(scale.hi - scale.lo, 1)) }
            let points = means.enumerated().compactMap { index, mean in mean.map { (number(xAt(index)), number(y($0))) } }
            var nodes: [Node<HTML.BodyContext>] = [
                .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
                .attribute(named: "viewBox", value: "0 0 \(number(w)) \(number(h))"),
                .class("spark"),
            ]
            if points.count >= 2 {
                nodes.append(element("polyline", [("points", points.map { "\($0.0),\($0.1)" }.joined(separator: " ")), ("class", "trendline")]))
            }
            for point in points { nodes.append(element("circle", [("cx", point.0), ("cy", point.1), ("r", "2.5"), ("class", "dot")])) }
            return .element(named: "svg", nodes: nodes)
        }

        /// Time spent on a question against its budget.
        static func budget(seconds: Int, minutes: Int) -> Node<HTML.BodyContext> {
            let (w, h) = (width, 18.0)
            let budget = Double(max(minutes, 1) * 60)
            let full = max(Double(seconds), budget)
            let barWidth = w - 220
            let used = barWidth * Double(seconds) / full
            let mark = barWidth * budget / full
            return svg(
                height: h, title: "Time spent against budget",
                [
                    element("rect", [("x", "0"), ("y", "4"), ("width", number(barWidth)), ("height", "10"), ("class", "track")]),
                    element("rect", [("x", "0"), ("y", "4"), ("width", number(used)), ("height", "10"), ("class", seconds > minutes * 60 ? "used over" : "used")]),
                    line(mark, 0, mark, h, "budget"),
                    label(barWidth + 10, 13, "time " + ReportText.timeAgainstBudget(seconds: seconds, minutes: minutes), "value"),
                ])
        }
    }
}
