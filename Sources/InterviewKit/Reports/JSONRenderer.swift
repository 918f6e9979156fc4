import Foundation

/// Renders a report as JSON in cli.md's `report` shape. Field names are a contract: scripts read
/// them. Numbers are numbers (unrounded Doubles), absent values `null`, times ISO 8601 in UTC,
/// session ids strings of digits; keys sorted, so the bytes are stable.
///
/// One session: `{"session", "label", "candidate", "blueprint", "blueprint_title", "status",
/// "interviewers", "started_at", "finished_at", "duration_seconds", "seconds_spent", "minutes",
/// "seed", "scale": {"lo", "hi"}, "overall": SCORE, "topics": [{"topic", "asked", SCORE…}],
/// "questions": [QUESTION], "scored", "question_count", "recommendations": [{"interviewer",
/// "recommendation", "summary", "at"}], "recommendation_counts": {LEVEL: N}, "notes": [NOTE],
/// "criteria": [{"criterion", "mean", "n"}], "agreement": {"alpha_ordinal", "alpha_interval",
/// "pairable_units", "band"} | null, "strengths_and_gaps": {…}, "generated_at", "blind",
/// "blind_seed"}` where SCORE is `{"mean", "pct", "lower", "upper", "lower_pct", "upper_pct",
/// "raw_lower", "raw_upper", "sd", "n", "status"}` and QUESTION is `{"number", "id", "topic",
/// "level", "text", "variants", "reused", "status", "ratings": [{"interviewer", "criteria":
/// {CRITERION: V}, "score", "complete", "missing"}], "score", "pct", "spread",
/// "criterion_ranges": {CRITERION: RANGE}, "disagreement", "weights": {CRITERION: W}, "covered":
/// [{"number", "text", "by"}], "missed": [{"number", "text"}], "follow_ups": [{"id", "text",
/// "typed", "interviewer", "at"}], "red_flags": [{"number", "text", "by"}], "notes": [NOTE],
/// "skip_reason", "skips": [{"interviewer", "reason"}], "minutes", "seconds_spent",
/// "over_budget"}`. A candidate: `{"candidate", "sessions": [SESSION], "overall", "topics",
/// "trend": [{"session", "started_at", "status", "overall", "topics": {TOPIC: MEAN}}],
/// "topic_trends": [{"topic", "means", "change"}], "progress": [{"from", "to", "difference",
/// "lower", "upper", "verdict"}], "repeated_misses", "never_asked", "strengths_and_gaps",
/// "generated_at", "blind", "blind_seed"}`.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ document: ReportDocument) -> String {
        var root: [String: JSONValue]
        switch document {
        case .session(let report, _, _):
            root = session(report)
        case .candidate(let report):
            root = candidate(report)
        }
        root["generated_at"] = .string(ReportText.iso(document.generatedAt))
        root["blind"] = .bool(document.blindSeed != nil)
        root["blind_seed"] = document.blindSeed.map(JSONValue.uint) ?? .null
        return JSONText.encode(JSONValue.object(root)) + "\n"
    }

    func candidate(_ report: CandidateReport) -> [String: JSONValue] {
        [
            "candidate": .string(report.candidate),
            "sessions": .array(report.sessions.map { .object(session($0)) }),
            "overall": score(report.overall),
            "fair": report.fair.map { fair in
                .object([
                    "score": .double(fair.fair.value), "lower": .double(fair.fair.lower), "upper": .double(fair.fair.upper),
                    "ability": .double(fair.ability), "se": .double(fair.standardError), "extreme": .bool(fair.extreme),
                    "question_effect": .double(fair.questionEffect), "interviewer_effect": .double(fair.interviewerEffect),
                    "disconnected": .bool(fair.disconnected), "explanation": .string(fair.explanation),
                ])
            } ?? .null,
            "topics": .array(report.topics.map(topic)),
            "trend": .array(
                report.trend.map { point in
                    .object([
                        "session": .string(point.session), "started_at": date(point.startedAt), "status": .string(point.status.rawValue),
                        "overall": score(point.overall), "topics": .object(point.topics.mapValues(JSONValue.double)),
                    ])
                }),
            "topic_trends": .array(
                report.topicTrends.map { trend in
                    .object(["topic": .string(trend.topic), "means": .array(trend.means.map(JSONValue.optional)), "change": .optional(trend.change)])
                }),
            "progress": .array(
                report.progress.map { step in
                    let c = step.comparison
                    return .object([
                        "from": .string(step.from), "to": .string(step.to), "difference": .optional(c.difference),
                        "lower": .optional(c.lower), "upper": .optional(c.upper), "verdict": .string(ReportText.progressVerdict(c.verdict)),
                    ])
                }),
            "repeated_misses": .array(report.repeatedMisses.map(missed)),
            "never_asked": .array(report.neverAsked.map(JSONValue.string)),
            "strengths_and_gaps": gaps(report.strengthsAndGaps),
        ]
    }

    func session(_ report: SessionReport) -> [String: JSONValue] {
        [
            "session": .optional(report.session),
            "label": .optional(report.label),
            "candidate": .string(report.candidate),
            "blueprint": .string(report.blueprint),
            "blueprint_title": .string(report.blueprintTitle),
            "adaptive": .bool(report.adaptive),
            "status": .string(report.status.rawValue),
            "interviewers": .array(report.interviewers.map(JSONValue.string)),
            "started_at": date(report.startedAt),
            "finished_at": date(report.finishedAt),
            "duration_seconds": .int(report.durationSeconds),
            "seconds_spent": .int(report.secondsSpent),
            "minutes": .int(report.minutes),
            "seed": report.seed.map(JSONValue.uint) ?? .null,
            "scale": .object(["lo": .int(report.scale.lo), "hi": .int(report.scale.hi)]),
            "overall": score(report.overall),
            "topics": .array(report.topics.map(topic)),
            "questions": .array(report.questions.map(question)),
            "scored": .int(report.scoredCount),
            "question_count": .int(report.questions.count),
            "recommendations": .array(
                report.recommendations.map { r in
                    .object([
                        "interviewer": .string(r.interviewer), "recommendation": .string(r.recommendation.rawValue),
                        "summary": .optional(r.summary), "at": date(r.at),
                    ])
                }),
            "recommendation_counts": .object(
                Dictionary(uniqueKeysWithValues: report.recommendationCounts.map { ($0.recommendation.rawValue, JSONValue.int($0.count)) })),
            "notes": .array(report.notes.map(remark)),
            "criteria": .array(
                report.criteria.map { .object(["criterion": .string($0.criterion), "mean": .double($0.mean), "n": .int($0.n)]) }),
            "agreement": report.agreement.map { a in
                .object([
                    "alpha_ordinal": .optional(a.ordinal), "alpha_interval": .optional(a.interval), "pairable_units": .int(a.pairableUnits),
                    "band": .string(a.band.rawValue),
                ])
            } ?? .null,
            "strengths_and_gaps": gaps(report.strengthsAndGaps),
        ]
    }

    func question(_ q: QuestionReport) -> JSONValue {
        .object([
            "number": .int(q.number), "id": .string(q.id), "topic": .string(q.topic), "level": .string(q.level), "text": .string(q.text),
            "variants": .array(q.variants.map(JSONValue.string)), "reused": .bool(q.reused), "status": .string(q.status.rawValue),
            "ratings": .array(
                q.ratings.map { r in
                    .object([
                        "interviewer": .string(r.interviewer), "criteria": .object(r.criteria.mapValues(JSONValue.int)),
                        "score": .optional(r.score), "complete": .bool(r.score != nil), "missing": .array(r.missing.map(JSONValue.string)),
                    ])
                }),
            "score": .optional(q.score), "pct": .optional(q.panel.pct(on: q.scale)), "spread": .optional(q.panel.spread),
            "criterion_ranges": .object(Dictionary(uniqueKeysWithValues: q.panel.criterionRanges.map { ($0.criterion, JSONValue.int($0.range)) })),
            "disagreement": .bool(q.panel.disagreement),
            "weights": .object(Dictionary(uniqueKeysWithValues: q.criteria.map { ($0.criterion, JSONValue.double($0.weight)) })),
            "covered": .array(q.covered.map(mark)),
            "missed": .array(q.missed.map { .object(["number": .int($0.number), "text": .string($0.text)]) }),
            "bonus": .array(q.bonus.map(mark)),
            "guide": .object(Dictionary(uniqueKeysWithValues: q.guide.map { (String($0.score), JSONValue.string($0.text)) })),
            "follow_ups": .array(
                q.followUps.map { f in
                    .object([
                        "id": .optional(f.id), "text": .string(f.text), "typed": .bool(f.isTyped), "interviewer": .string(f.interviewer),
                        "at": date(f.at),
                    ])
                }),
            "red_flags": .array(q.redFlags.map(mark)),
            "notes": .array(q.notes.map(remark)),
            "skip_reason": .optional(q.skipReason),
            "skips": .array(q.skips.map { .object(["interviewer": .string($0.interviewer), "reason": .string($0.text)]) }),
            "minutes": .int(q.minutes), "seconds_spent": .int(q.secondsSpent), "over_budget": .bool(q.isOverBudget),
        ])
    }

    func score(_ s: ScoreSummary) -> JSONValue {
        .object([
            "mean": .optional(s.mean), "pct": .optional(s.meanPct), "lower": .optional(s.lower), "upper": .optional(s.upper),
            "lower_pct": .optional(s.lowerPct), "upper_pct": .optional(s.upperPct), "raw_lower": .optional(s.rawLower),
            "raw_upper": .optional(s.rawUpper), "sd": .optional(s.sd), "n": .int(s.n), "status": .string(s.status.rawValue),
        ])
    }

    func topic(_ t: SessionReport.TopicScore) -> JSONValue {
        guard case .object(var fields) = score(t.score) else { return .null }
        fields["topic"] = .string(t.topic)
        fields["asked"] = .int(t.asked)
        return .object(fields)
    }

    func gaps(_ g: StrengthsAndGaps) -> JSONValue {
        func profile(_ c: SessionReport.CriterionProfile?) -> JSONValue {
            c.map { .object(["criterion": .string($0.criterion), "mean": .double($0.mean), "n": .int($0.n)]) } ?? .null
        }
        return .object([
            "strongest_topics": .array(g.strongest.map(topic)),
            "weakest_topics": .array(g.weakest.map(topic)),
            "strongest_criterion": profile(g.strongestCriterion),
            "weakest_criterion": profile(g.weakestCriterion),
            "most_missed": .array(g.mostMissed.map(missed)),
            "missed_by_topic": .array(
                g.missedByTopic.map { .object(["topic": .string($0.topic), "missed": .int($0.missed), "total": .int($0.total), "share": .double($0.share)]) }),
        ])
    }

    func missed(_ p: StrengthsAndGaps.MissedPoint) -> JSONValue {
        .object(["question": .string(p.question), "topic": .string(p.topic), "number": .int(p.number), "text": .string(p.text), "times": .int(p.times)])
    }

    func mark(_ m: QuestionReport.Mark) -> JSONValue {
        .object(["number": .int(m.number), "text": .string(m.text), "by": .array(m.by.map(JSONValue.string))])
    }

    func remark(_ r: QuestionReport.Remark) -> JSONValue {
        .object(["interviewer": .string(r.interviewer), "text": .string(r.text), "at": date(r.at)])
    }

    func date(_ value: Date?) -> JSONValue { value.map { .string(ReportText.iso($0)) } ?? .null }
}
