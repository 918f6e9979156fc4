extension ComparisonReport {
    /// The report as `compare --format json` prints it: exactly `JSONText.encode(self)` and a
    /// newline, written by ``PrettyJSONWriter``, which `compare --all` on 10,000 candidates needs
    /// to stay within its budget. A report that holds a NaN or an infinity gets the encoder's own
    /// answer.
    public func json() -> String {
        var writer = PrettyJSONWriter(capacity: 4096 * (candidates.count + differences.count / 4 + 1))
        do {
            try write(to: &writer)
        } catch {
            return JSONText.encode(self) + "\n"
        }
        writer.newline()
        return writer.text
    }

    // Keys in the order of their UTF-8 bytes, as `JSONEncoder` sorts them.

    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        if let blindSeed {
            writer.key("blind_seed")
            writer.uint(blindSeed)
        }
        writer.key("calibrated")
        writer.bool(calibrated)
        writer.key("candidates")
        writer.openArray()
        for candidate in candidates {
            writer.element()
            try candidate.write(to: &writer)
        }
        writer.closeArray()
        writer.key("differences")
        writer.openArray()
        for difference in differences {
            writer.element()
            try difference.write(to: &writer)
        }
        writer.closeArray()
        writer.key("disconnected")
        writer.int(disconnected)
        if let fairNote {
            writer.key("fair_note")
            writer.string(fairNote)
        }
        writer.key("leniency")
        writer.openArray()
        for interviewer in leniency {
            writer.element()
            try interviewer.write(to: &writer)
        }
        writer.closeArray()
        writer.key("ranking")
        writer.string(ranking)
        writer.closeObject()
    }
}

extension ComparisonReport.Candidate {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        writer.key("candidate")
        writer.string(candidate)
        writer.key("fair")
        if let fair {
            try fair.write(to: &writer)
        } else {
            writer.null()
        }
        writer.key("interviewers")
        writer.openArray()
        for interviewer in interviewers {
            writer.element()
            writer.string(interviewer)
        }
        writer.closeArray()
        writer.key("overall")
        try overall.write(to: &writer)
        writer.key("recommendations")
        writer.openObject()
        for (level, count) in recommendations.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            writer.key(string: level)
            writer.int(count)
        }
        writer.closeObject()
        writer.key("sessions")
        writer.int(sessions)
        writer.key("topics")
        writer.openArray()
        for topic in topics {
            writer.element()
            writer.openObject()
            try topic.score.writeFields(to: &writer, topic: topic.topic)
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
    }
}

extension ScoreEstimate {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        try writeFields(to: &writer)
        writer.closeObject()
    }

    /// `lower, mean, n, pct, upper`, with a topic's name between `pct` and `upper`.
    func writeFields(to writer: inout PrettyJSONWriter, topic: String? = nil) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.key("lower")
        try writer.double(lower)
        writer.key("mean")
        try writer.double(mean)
        writer.key("n")
        writer.int(n)
        writer.key("pct")
        try writer.double(pct)
        if let topic {
            writer.key("topic")
            writer.string(topic)
        }
        writer.key("upper")
        try writer.double(upper)
    }
}

extension FairStanding {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        writer.key("ability")
        try writer.double(ability)
        writer.key("extreme")
        writer.bool(extreme)
        writer.key("lower")
        try writer.double(lower)
        writer.key("score")
        try writer.double(score)
        writer.key("se")
        try writer.double(se)
        writer.key("subset")
        writer.int(subset)
        writer.key("upper")
        try writer.double(upper)
        writer.closeObject()
    }
}

extension ComparisonReport.Difference {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        writer.key("a")
        writer.string(a)
        writer.key("b")
        writer.string(b)
        writer.key("difference")
        try writer.double(difference)
        writer.key("disconnected")
        writer.bool(disconnected)
        writer.key("lower")
        try writer.double(lower)
        if let raw {
            // Synthesised Encodable: absent values are left out, not null.
            writer.key("raw")
            writer.openObject()
            if let difference = raw.difference {
                writer.key("difference")
                try writer.double(difference)
            }
            if let lower = raw.lower {
                writer.key("lower")
                try writer.double(lower)
            }
            if let upper = raw.upper {
                writer.key("upper")
                try writer.double(upper)
            }
            writer.key("verdict")
            writer.string(raw.verdict.rawValue)
            writer.closeObject()
        }
        writer.key("unit")
        writer.string(unit)
        writer.key("upper")
        try writer.double(upper)
        writer.key("verdict")
        writer.string(verdict.rawValue)
        writer.closeObject()
    }
}

extension ComparisonReport.InterviewerLeniency {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        writer.key("applied")
        writer.bool(applied)
        writer.key("interviewer")
        writer.string(interviewer)
        writer.key("n")
        writer.int(n)
        writer.key("raw")
        try writer.double(raw)
        writer.key("shrunk")
        try writer.double(shrunk)
        writer.closeObject()
    }
}
