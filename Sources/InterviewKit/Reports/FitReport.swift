import Foundation

/// `interview fit`'s output (cli.md): every facet's estimates as Markdown, JSON or CSV.
public struct FitReport: Sendable {
    public let fit: FacetFit

    public init(_ fit: FacetFit) {
        self.fit = fit
    }

    /// Candidates by fair score, highest first (ties by id).
    var rankedCandidates: [FacetMeasure] {
        fit.candidates.sorted { a, b in
            a.measure != b.measure ? a.measure > b.measure : a.id.unicodeScalars.lexicographicallyPrecedes(b.id.unicodeScalars)
        }
    }

    private static func byID(_ measures: [FacetMeasure]) -> [FacetMeasure] {
        measures.sorted { $0.id.unicodeScalars.lexicographicallyPrecedes($1.id.unicodeScalars) }
    }

    private static func fixed(_ value: Double, _ places: Int = 2, plus: Bool = false) -> String {
        NumberText.fixed(value, places: places, plus: plus)
    }

    // MARK: - Markdown

    public func markdown() -> String {
        var lines: MarkdownText = ["# Fair scores (many-facet model)", ""]
        let p = fit.priors
        lines.append("\(fit.rows) scores; fitted in \(fit.iterations) Newton steps (largest gradient \(String(format: "%.1e", fit.largestGradient))); "
            + "priors σ ability \(p.ability), difficulty \(p.difficulty), severity \(p.severity) logits.")
        if let reliability = fit.reliability {
            lines.append("Candidate separation reliability \(Self.fixed(reliability)).")
        }
        if fit.categories != fit.scale.lo...fit.scale.hi {
            lines.append("Only scores \(fit.categories.lowerBound)-\(fit.categories.upperBound) were used; the model spans those.")
        }
        if !fit.isConnected {
            lines += ["", "**Disconnected: \(fit.subsets.count) subsets** share no question or interviewer; comparisons across them rest on the priors alone.",]
            for (index, subset) in fit.subsets.enumerated() {
                lines.append("- subset \(index + 1): \(subset.count) candidate\(subset.count == 1 ? "" : "s")")
            }
        }
        let lo = fit.scale.lo, hi = fit.scale.hi
        lines += ["", "## Candidates", "", "| candidate | fair (\(lo)-\(hi)) [95%] | ability (SE) | infit | outfit | n | |", "| --- | --- | --- | --- | --- | --- | --- |"]
        for c in rankedCandidates {
            let fair = c.fair.map { "\(Self.fixed($0.value)) [\(Self.fixed($0.lower)), \(Self.fixed($0.upper))]" } ?? "–"
            var flags: [String] = []
            if c.extreme { flags.append("extreme") }
            if !fit.isConnected, let subset = fit.subset(of: c.id) { flags.append("subset \(subset + 1)") }
            lines.append("| \(MarkdownRenderer.cell(c.id)) | \(fair) | \(Self.fixed(c.measure, plus: true)) (\(Self.fixed(c.standardError))) | "
                + "\(Self.fixed(c.infit)) | \(Self.fixed(c.outfit)) | \(c.count) | \(flags.joined(separator: ", ")) |")
        }
        lines += ["", "## Questions (higher = harder)", "", "| question | difficulty (SE) | infit | outfit | n |", "| --- | --- | --- | --- | --- |"]
        for q in Self.byID(fit.questions) {
            lines.append("| \(MarkdownRenderer.cell(q.id)) | \(Self.fixed(q.measure, plus: true)) (\(Self.fixed(q.standardError))) | "
                + "\(Self.fixed(q.infit)) | \(Self.fixed(q.outfit)) | \(q.count) |")
        }
        lines += ["", "## Interviewers (higher = stricter)", "", "| interviewer | severity (SE) | points | infit | outfit | n |", "| --- | --- | --- | --- | --- | --- |"]
        for j in Self.byID(fit.interviewers) {
            lines.append("| \(MarkdownRenderer.cell(j.id)) | \(Self.fixed(j.measure, plus: true)) (\(Self.fixed(j.standardError))) | "
                + "\(Self.fixed(fit.points(severity: j.measure), plus: true)) | \(Self.fixed(j.infit)) | \(Self.fixed(j.outfit)) | \(j.count) |")
        }
        lines += ["", "Points: what the severity costs an average candidate on an average question, in score points.", ""]
        lines += ["## Criteria and thresholds", "", "| criterion | difficulty | weight |", "| --- | --- | --- |"]
        for c in fit.criteria {
            lines.append("| \(MarkdownRenderer.cell(c.id)) | \(Self.fixed(c.difficulty, plus: true)) | \(Self.fixed(c.weight)) |")
        }
        let steps = fit.thresholds.enumerated().map { "\(fit.categories.lowerBound + $0)→\(fit.categories.lowerBound + $0 + 1) \(Self.fixed($1, plus: true))" }
        lines += ["", "Thresholds: " + steps.joined(separator: ", ") + "."]
        return lines.finished
    }

    // MARK: - JSON

    private struct Shape: Encodable {
        struct Candidate: Encodable {
            let id: String, ability: Double, se: Double, fair: Double?, lower: Double?, upper: Double?
            let infit: Double, outfit: Double, extreme: Bool, n: Int, subset: Int
        }
        struct Question: Encodable { let id: String, difficulty: Double, se: Double, infit: Double, outfit: Double, n: Int }
        struct Interviewer: Encodable {
            let id: String, severity: Double, se: Double, points: Double, infit: Double, outfit: Double, n: Int
        }
        struct Criterion: Encodable { let id: String, difficulty: Double, weight: Double }
        let converged: Bool
        let max_gradient: Double
        let iterations: Int
        let observations: Int
        let disconnected: Int
        let reliability: Double?
        let scale: [Int]
        let categories: [Int]
        let priors: [String: Double]
        let candidates: [Candidate]
        let questions: [Question]
        let interviewers: [Interviewer]
        let criteria: [Criterion]
        let thresholds: [Double]

        enum CodingKeys: String, CodingKey {
            case converged, max_gradient, iterations, observations, disconnected, reliability, scale, categories, priors
            case candidates, questions, interviewers, criteria, thresholds
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(converged, forKey: .converged)
            try c.encode(max_gradient, forKey: .max_gradient)
            try c.encode(iterations, forKey: .iterations)
            try c.encode(observations, forKey: .observations)
            try c.encode(disconnected, forKey: .disconnected)
            try c.encode(reliability, forKey: .reliability)
            try c.encode(scale, forKey: .scale)
            try c.encode(categories, forKey: .categories)
            try c.encode(priors, forKey: .priors)
            try c.encode(candidates, forKey: .candidates)
            try c.encode(questions, forKey: .questions)
            try c.encode(interviewers, forKey: .interviewers)
            try c.encode(criteria, forKey: .criteria)
            try c.encode(thresholds, forKey: .thresholds)
        }
    }

    /// cli.md's shape: candidates by fair score, questions and interviewers by id; unrounded.
    public func json() -> String {
        let p = fit.priors
        let shape = Shape(
            converged: true, max_gradient: fit.largestGradient, iterations: fit.iterations, observations: fit.rows,
            disconnected: fit.isConnected ? 0 : fit.subsets.count, reliability: fit.reliability,
            scale: [fit.scale.lo, fit.scale.hi], categories: [fit.categories.lowerBound, fit.categories.upperBound],
            priors: ["sigma_ability": p.ability, "sigma_difficulty": p.difficulty, "sigma_severity": p.severity],
            candidates: rankedCandidates.map {
                Shape.Candidate(id: $0.id, ability: $0.measure, se: $0.standardError, fair: $0.fair?.value, lower: $0.fair?.lower,
                                upper: $0.fair?.upper, infit: $0.infit, outfit: $0.outfit, extreme: $0.extreme, n: $0.count,
                                subset: (fit.subset(of: $0.id) ?? 0) + 1)
            },
            questions: Self.byID(fit.questions).map {
                Shape.Question(id: $0.id, difficulty: $0.measure, se: $0.standardError, infit: $0.infit, outfit: $0.outfit, n: $0.count)
            },
            interviewers: Self.byID(fit.interviewers).map {
                Shape.Interviewer(id: $0.id, severity: $0.measure, se: $0.standardError, points: fit.points(severity: $0.measure),
                                  infit: $0.infit, outfit: $0.outfit, n: $0.count)
            },
            criteria: fit.criteria.map { Shape.Criterion(id: $0.id, difficulty: $0.difficulty, weight: $0.weight) },
            thresholds: fit.thresholds)
        return JSONText.encode(shape) + "\n"
    }

    // MARK: - CSV

    /// One row per element: `facet,id,measure,se,fair,lower,upper,infit,outfit,n,extreme`.
    public func csv() -> String {
        var rows = [["facet", "id", "measure", "se", "fair", "lower", "upper", "infit", "outfit", "n", "extreme"]]
        let number = { (value: Double) in String(value) }
        for c in rankedCandidates {
            rows.append(["candidate", CSVText.guarded(c.id), number(c.measure), number(c.standardError), c.fair.map { number($0.value) } ?? "",
                         c.fair.map { number($0.lower) } ?? "", c.fair.map { number($0.upper) } ?? "", number(c.infit), number(c.outfit),
                         String(c.count), c.extreme ? "true" : "false"])
        }
        for (facet, measures) in [("question", Self.byID(fit.questions)), ("interviewer", Self.byID(fit.interviewers))] {
            for m in measures {
                rows.append([facet, CSVText.guarded(m.id), number(m.measure), number(m.standardError), "", "", "", number(m.infit),
                             number(m.outfit), String(m.count), m.extreme ? "true" : "false"])
            }
        }
        for c in fit.criteria {
            rows.append(["criterion", CSVText.guarded(c.id), number(c.difficulty), "", "", "", "", "", "", "", ""])
        }
        for (index, tau) in fit.thresholds.enumerated() {
            rows.append(["threshold", "\(fit.categories.lowerBound + index)-\(fit.categories.lowerBound + index + 1)", number(tau), "", "", "", "", "", "", "", ""])
        }
        return CSVText.rows(rows)
    }
}
