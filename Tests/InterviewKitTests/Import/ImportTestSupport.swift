import Foundation
@testable import InterviewKit

/// Files the import tests read: the shared seed and gold labels, and the concepts data file.
enum ImportTestSupport {
    /// The folder holding Package.swift, found by walking up from this file.
    static func repoRoot(from file: String = #filePath) -> URL? {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    /// `<repo root>/../shared` (the project), or one level further up (a helper's package).
    static var sharedDirectory: URL? {
        guard let root = repoRoot() else { return nil }
        for relative in ["../shared", "../../shared"] {
            let url = root.appendingPathComponent(relative).standardizedFileURL
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("data/seed-gold.tsv").path) { return url }
        }
        return nil
    }

    static var seedList: URL? {
        guard let shared = sharedDirectory else { return nil }
        let seeds = shared.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().first.map { seeds.appendingPathComponent($0) }
    }

    static var goldFile: URL? { sharedDirectory?.appendingPathComponent("data/seed-gold.tsv") }

    /// `rubrics/_concepts.yaml` in the project, `_concepts.yaml` in the helper's package.
    static var conceptsFile: URL? {
        guard let root = repoRoot() else { return nil }
        return ["rubrics/_concepts.yaml", "_concepts.yaml"].map { root.appendingPathComponent($0) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Concepts and context of the shipped data file.
    static func concepts() throws -> (concepts: [[String]], context: [String]) {
        guard let url = conceptsFile else { return ([], []) }
        return ConceptsFileReader.read(try String(contentsOf: url, encoding: .utf8))
    }

    static func lexicon(topics: [ImportTopic] = ImportFixtures.rustTopics,
                        known: [ImportKnownQuestion] = []) throws -> ImportLexicon {
        let c = try concepts()
        return ImportLexicon(topics: topics, concepts: c.concepts, context: c.context, known: known)
    }
}

/// Reads the two flow lists of `_concepts.yaml` (`- terms: [...]` and `context: [...]`).
/// The project loads the file with Yams; this small reader keeps the tests free of it.
enum ConceptsFileReader {
    static func read(_ text: String) -> (concepts: [[String]], context: [String]) {
        var concepts: [[String]] = []
        var context: [String] = []
        var collecting: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = String(rawLine).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") { continue }
            if let close = line.lastIndex(of: "]"), let hash = line[close...].range(of: " #") {
                line = String(line[..<hash.lowerBound])
            }
            if collecting != nil {
                collecting? += " " + line
                if line.contains("]"), let all = collecting {
                    context = items(all)
                    collecting = nil
                }
                continue
            }
            if line.hasPrefix("- terms:") {
                concepts.append(items(line))
            } else if line.hasPrefix("context:") {
                if line.contains("]") { context = items(line) } else { collecting = line }
            }
        }
        return (concepts, context)
    }

    private static func items(_ line: String) -> [String] {
        guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return [] }
        return line[line.index(after: open)..<close].split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        }.filter { !$0.isEmpty }
    }
}

/// The figures of shared/acceptance/score_import.py, computed the same way.
struct ImportScore {
    struct GoldRow {
        var number: Int
        var placeholder: Bool
        var cluster: String
        var topic: String
        var text: String
    }

    var placeholderPrecision = 1.0
    var placeholderRecall = 1.0
    var pairPrecision = 1.0
    var pairRecall = 1.0
    var pairF1 = 0.0
    var topicAccuracyPerCluster = 1.0
    /// Share of gold same-cluster pairs joined by clusters plus suggested merges.
    var recallWithSuggestions = 0.0

    static func readGold(_ url: URL) throws -> [GoldRow] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        return lines.compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6, let n = Int(f[0]) else { return nil }
            return GoldRow(number: n, placeholder: f[2] == "1", cluster: f[3], topic: normTopic(f[4]) ?? "-", text: f[5])
        }
    }

    static func normTopic(_ t: String?) -> String? {
        guard let t else { return nil }
        let s = t.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        return s == "distributed-systems" ? "distributed" : s
    }

    /// `predicted` is the entry's field compared with the gold topic: `topic` (what the scorer
    /// reads) or `bankTopic`; `goldArea` files gold topics under their areas first.
    init(result: ImportResult, gold: [GoldRow], predicted: KeyPath<ImportResult.Entry, String?> = \.topic,
         goldArea: [String: String] = [:]) {
        let gold = gold.map { row in
            var row = row
            row.topic = goldArea[row.topic] ?? row.topic
            return row
        }
        var byNumber: [Int: ImportResult.Entry] = [:]
        for e in result.entries where byNumber[e.number] == nil { byNumber[e.number] = e }
        let matched = gold.map { byNumber[$0.number] }

        var tp = 0, fp = 0, fn = 0
        for (g, e) in zip(gold, matched) {
            let p = e?.placeholder ?? false
            if p && g.placeholder { tp += 1 } else if p { fp += 1 } else if g.placeholder { fn += 1 }
        }
        placeholderPrecision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 1
        placeholderRecall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1

        let real = zip(gold, matched).filter { !$0.0.placeholder }
        let goldLabels = real.map(\.0.cluster)
        let predLabels = real.enumerated().map { k, pair -> String in
            if let e = pair.1, !e.placeholder, let c = e.cluster, !["", "-", "none", "null"].contains(c.lowercased()) {
                return "pred:" + c
            }
            return "singleton:\(k)"
        }
        func pairs(_ labels: [String]) -> Set<[Int]> {
            var groups: [String: [Int]] = [:]
            for (i, l) in labels.enumerated() { groups[l, default: []].append(i) }
            var out: Set<[Int]> = []
            for members in groups.values where members.count > 1 {
                for a in 0..<members.count { for b in (a + 1)..<members.count { out.insert([members[a], members[b]]) } }
            }
            return out
        }
        let gp = pairs(goldLabels), pp = pairs(predLabels)
        let hits = gp.intersection(pp).count
        pairPrecision = pp.isEmpty ? 1 : Double(hits) / Double(pp.count)
        pairRecall = gp.isEmpty ? 1 : Double(hits) / Double(gp.count)
        pairF1 = pairPrecision + pairRecall > 0 ? 2 * pairPrecision * pairRecall / (pairPrecision + pairRecall) : 0

        let predTopics = real.map { pair -> String? in
            guard let e = pair.1, !e.placeholder else { return nil }
            return Self.normTopic(e[keyPath: predicted])
        }
        var membersOf: [String: [Int]] = [:]
        for (k, g) in real.map(\.0).enumerated() { membersOf[g.cluster, default: []].append(k) }
        var scores: [Double] = []
        for ks in membersOf.values {
            let goldTopic = real[ks[0]].0.topic
            var votes: [String: Int] = [:]
            for k in ks { votes[predTopics[k] ?? "<none>", default: 0] += 1 }
            let top = votes.values.max() ?? 0
            let tied = votes.filter { $0.value == top }.map(\.key)
            scores.append(tied.contains(goldTopic) ? 1 / Double(tied.count) : 0)
        }
        topicAccuracyPerCluster = scores.isEmpty ? 1 : scores.reduce(0, +) / Double(scores.count)

        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            return r
        }
        for s in result.suggestions { parent[find(s.a)] = find(s.b) }
        var joined: [Int: String] = [:]
        for e in result.entries where !e.placeholder {
            if let c = e.cluster { joined[e.number] = find(c) }
        }
        let realGold = gold.filter { !$0.placeholder }
        var total = 0, found = 0
        for i in realGold.indices {
            for j in (i + 1)..<realGold.count where realGold[i].cluster == realGold[j].cluster {
                total += 1
                if let a = joined[realGold[i].number], let b = joined[realGold[j].number], a == b { found += 1 }
            }
        }
        recallWithSuggestions = total > 0 ? Double(found) / Double(total) : 1
    }
}

/// A small deterministic generator for fuzz inputs (SplitMix64).
struct ImportFuzzGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}
