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
        writer.member("calibrated", calibrated)
        try writer.member("candidates", candidates)
        try writer.member("differences", differences)
        writer.member("disconnected", disconnected)
        if let fairNote { writer.member("fair_note", fairNote) }
        try writer.member("leniency", leniency)
        writer.member("ranking", ranking)
        writer.closeObject()
    }
}

extension ComparisonReport.Candidate: PrettyJSONWritable {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        writer.member("candidate", candidate)
        try writer.member("fair", fair)
        writer.member("interviewers", strings: interviewers)
        try writer.member("overall", overall)
        writer.key("recommendations")
        writer.openObject()
        for (level, count) in recommendations.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            writer.key(string: level)
            writer.int(count)
        }
        writer.closeObject()
        writer.member("sessions", sessions)
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

extension ScoreEstimate: PrettyJSONWritable {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        try writeFields(to: &writer)
        writer.closeObject()
    }

    /// `lower, mean, n, pct, upper`, with a topic's name between `pct` and `upper`.
    func writeFields(to writer: inout PrettyJSONWriter, topic: String? = nil) throws(PrettyJSONWriter.NonFiniteNumber) {
        try writer.member("lower", lower)
        try writer.member("mean", mean)
        writer.member("n", n)
        try writer.member("pct", pct)
        if let topic { writer.member("topic", topic) }
        try writer.member("upper", upper)
    }
}

extension FairStanding: PrettyJSONWritable {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        try writer.member("ability", ability)
        writer.member("extreme", extreme)
        try writer.member("lower", lower)
        try writer.member("score", score)
        try writer.member("se", se)
        writer.member("subset", subset)
        try writer.member("upper", upper)
        writer.closeObject()
    }
}

extension ComparisonReport.Difference: PrettyJSONWritable {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        writer.member("a", a)
        writer.member("b", b)
        try writer.member("difference", difference)
        writer.member("disconnected", disconnected)
        try writer.member("lower", lower)
        if let raw {
            // Synthesised Encodable: absent values are left out, not null.
            writer.key("raw")
            writer.openObject()
            if let difference = raw.difference { try writer.member("difference", difference) }
            if let lower = raw.lower { try writer.member("lower", lower) }
            if let upper = raw.upper { try writer.member("upper", upper) }
            writer.member("verdict", raw.verdict.rawValue)
            writer.closeObject()
        }
        writer.member("unit", unit)
        try writer.member("upper", upper)
        writer.member("verdict", verdict.rawValue)
        writer.closeObject()
    }
}

extension ComparisonReport.InterviewerLeniency: PrettyJSONWritable {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber) {
        writer.openObject()
        writer.member("applied", applied)
        writer.member("interviewer", interviewer)
        writer.member("n", n)
        try writer.member("raw", raw)
        try writer.member("shrunk", shrunk)
        writer.closeObject()
    }
}
