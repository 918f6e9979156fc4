/// The comparison as a value tree for ``JSONWriter``: the same bytes as `JSONEncoder` writes for
/// the `Encodable` conformance, at a fraction of its cost (`compare --all` over 10,000 candidates
/// spent a fifth of its time in the encoder).
extension ComparisonReport {
    public var json: JSONValue {
        var root: [String: JSONValue] = [
            "candidates": .array(candidates.map(\.json)),
            "differences": .array(differences.map(\.json)),
            "calibrated": .bool(calibrated),
            "leniency": .array(leniency.map(\.json)),
        ]
        // Synthesised `Encodable` leaves a nil optional out rather than writing null.
        if let blindSeed { root["blind_seed"] = .uint(blindSeed) }
        return .object(root)
    }
}

extension ComparisonReport.Candidate {
    var json: JSONValue {
        .object([
            "candidate": .string(candidate), "overall": overall.json, "topics": .array(topics.map(\.json)), "sessions": .int(sessions),
            "recommendations": .object(recommendations.mapValues(JSONValue.int)), "interviewers": .array(interviewers.map(JSONValue.string)),
        ])
    }
}

extension ComparisonReport.Topic {
    var json: JSONValue {
        .object([
            "topic": .string(topic), "mean": .optional(score.mean), "pct": .optional(score.pct), "lower": .optional(score.lower),
            "upper": .optional(score.upper), "n": .int(score.n),
        ])
    }
}

extension ComparisonReport.Difference {
    var json: JSONValue {
        .object([
            "a": .string(a), "b": .string(b), "difference": .optional(difference), "lower": .optional(lower), "upper": .optional(upper),
            "verdict": .string(verdict.rawValue),
        ])
    }
}

extension ComparisonReport.InterviewerLeniency {
    var json: JSONValue {
        .object([
            "interviewer": .string(interviewer), "raw": .optional(raw), "shrunk": .optional(shrunk), "n": .int(n), "applied": .bool(applied),
        ])
    }
}

extension ScoreEstimate {
    var json: JSONValue {
        .object(["mean": .optional(mean), "pct": .optional(pct), "lower": .optional(lower), "upper": .optional(upper), "n": .int(n)])
    }
}
