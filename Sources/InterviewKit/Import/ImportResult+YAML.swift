extension ImportResult {
    /// Bank YAML skeletons for the new clusters, one document per topic, ready to paste into
    /// `rubrics/<topic>.yaml`.
    ///
    /// Each question gets an id (`<topic>/<slug of the canonical text>`), the cluster's most
    /// common level (lower-cased), `minutes`, the canonical text and the other wordings as
    /// `variants` (the generic ones as `seen_as`, which the live screen does not offer), with
    /// empty `points`, `red_flags` and `follow_ups` for the author to write.
    /// Known clusters are left out, so importing the same list again adds nothing. Suggested
    /// merges come first, as comments.
    public func yamlSkeleton(minutes: Int = 8, defaultLevel: String = "senior") -> String {
        let fresh = clusters.filter { $0.known == nil }
        guard !fresh.isEmpty else { return "# Nothing new: every question of the list is already in the bank.\n" }
        let entryByNumber = Dictionary(entries.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let proposalOf = Dictionary(proposed.flatMap { p in p.clusters.map { ($0, p) } }, uniquingKeysWith: { first, _ in first })
        /// The document a cluster's skeleton goes in: its topic's, a proposed topic's, or none.
        func group(_ c: Cluster) -> SkeletonGroup {
            if let topic = c.bankTopic { return .topic(topic) }
            return proposalOf[c.id].map(SkeletonGroup.proposed) ?? .unclassified
        }
        func questionID(_ c: Cluster) -> String { "\(c.bankTopic ?? proposalOf[c.id]?.topic ?? "unclassified")/\(c.id)" }
        let idOf = Dictionary(fresh.map { ($0.id, questionID($0)) }, uniquingKeysWith: { first, _ in first })

        var out = ""
        let shown = suggestions.filter { idOf[$0.a] != nil && idOf[$0.b] != nil }
        if !shown.isEmpty {
            out += "# Suggested merges: each pair may be one question. Confirm, then move one into the\n"
            out += "# other's variants, or keep both.\n"
            for s in shown {
                out += "#   \(idOf[s.a] ?? s.a)  ~  \(idOf[s.b] ?? s.b)  (similarity \(s.similarity))\n"
            }
        }
        var groups: [SkeletonGroup] = []
        for c in fresh where !groups.contains(group(c)) { groups.append(group(c)) }
        for g in groups {
            if !out.isEmpty { out += "---\n" }
            switch g {
            case .topic(let topic):
                out += "# New questions for rubrics/\(topic).yaml: append them under `questions:`.\n"
                out += "topic: \(topic)\n"
            case .proposed(let proposal):
                out += "# No bank topic fits these; they share \"\(proposal.word)\". A new topic? Write\n"
                out += "# rubrics/\(proposal.topic).yaml with a title, description and keywords, or move each question.\n"
                out += "topic: \(proposal.topic)\n"
            case .unclassified:
                out += "# No topic's keywords matched these: choose a topic for each and move it there.\n"
                out += "topic: unclassified\n"
            }
            out += "questions:\n"
            for c in fresh where group(c) == g {
                let members = c.members.compactMap { entryByNumber[$0] }
                let level = Self.commonLevel(members) ?? defaultLevel
                // A generic wording is not offered to the interviewer as a way to ask (bank lint).
                var variants: [String] = [], seenAs: [String] = []
                for m in members where m.text != c.canonical && !variants.contains(m.text) && !seenAs.contains(m.text) {
                    if GenericPrompt.match(m.text) == nil { variants.append(m.text) } else { seenAs.append(m.text) }
                }
                out += "  - id: \(questionID(c))\n"
                out += "    level: \(level)\n"
                out += "    minutes: \(minutes)\n"
                out += "    text: \(Self.scalar(c.canonical))\n"
                for (key, list) in [("variants", variants), ("seen_as", seenAs)] where !list.isEmpty {
                    out += "    \(key):\n"
                    for v in list { out += "      - \(Self.scalar(v))\n" }
                }
                out += "    points: []      # what a strong answer covers: one claim an interviewer can hear, per item\n"
                out += "    red_flags: []   # common wrong beliefs or bad practices\n"
                out += "    follow_ups: []  # each as {id: kebab-case, text: the follow-up question}\n"
            }
        }
        return out
    }

    /// Where a cluster's skeleton goes.
    private enum SkeletonGroup: Equatable {
        case topic(String)
        case proposed(ProposedTopic)
        case unclassified
    }

    private static func commonLevel(_ members: [Entry]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for m in members {
            guard let level = m.level?.lowercased() else { continue }
            if counts[level] == nil { order.append(level) }
            counts[level, default: 0] += 1
        }
        return order.max { counts[$0, default: 0] < counts[$1, default: 0] }
    }

    /// A YAML scalar: plain when that reads back as the same string, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        let specialStart = "[]{}*&!|>'\"%@`#,?:-"
        let reserved: Set<String> = ["true", "false", "yes", "no", "null", "on", "off", "~", ""]
        let needsQuotes = text.contains(": ") || text.contains(" #") || text.hasSuffix(":")
            || text.first.map { specialStart.contains($0) || $0.isWhitespace } ?? true
            || text.last?.isWhitespace == true || reserved.contains(text.lowercased())
            || Double(text) != nil || text.contains(where: { $0.isNewline || $0 == "\t" })
        guard needsQuotes else { return text }
        var escaped = ""
        for ch in text {
            switch ch {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default: escaped.append(ch)
            }
        }
        return "\"\(escaped)\""
    }
}
