import Foundation

extension ImportResult {
    /// Merges the cluster pairs a person confirmed (from `suggestions`) and drops those
    /// suggestions. The merged cluster keeps the larger member's id, canonical text, topic and
    /// known id (the earlier cluster on a tie). Unknown cluster ids are returned, not guessed.
    public func accepting(_ pairs: [(a: String, b: String)]) -> (result: ImportResult, unknown: [String]) {
        let ids = Set(clusters.map(\.id))
        var unknown: [String] = []
        var parent: [String: String] = [:]
        func root(_ id: String) -> String {
            var current = id
            while let next = parent[current], next != current { current = next }
            return current
        }
        let position = Dictionary(uniqueKeysWithValues: clusters.enumerated().map { ($1.id, $0) })
        let size = Dictionary(uniqueKeysWithValues: clusters.map { ($0.id, $0.members.count) })
        for pair in pairs {
            for id in [pair.a, pair.b] where !ids.contains(id) && !unknown.contains(id) { unknown.append(id) }
            guard ids.contains(pair.a), ids.contains(pair.b) else { continue }
            let (x, y) = (root(pair.a), root(pair.b))
            guard x != y else { continue }
            let xFirst = (size[x] ?? 0, -(position[x] ?? 0)) >= (size[y] ?? 0, -(position[y] ?? 0))
            if xFirst { parent[y] = x } else { parent[x] = y }
        }
        var merged: [String: Cluster] = [:]
        var order: [String] = []
        for cluster in clusters {
            let target = root(cluster.id)
            if merged[target] == nil {
                order.append(target)
                merged[target] = clusters[position[target] ?? 0]
                merged[target]?.members = []
            }
            merged[target]?.members += cluster.members
        }
        var result = self
        result.clusters = order.compactMap { id in
            merged[id].map { cluster in
                var copy = cluster
                copy.members.sort()
                return copy
            }
        }
        let clusterOf = Dictionary(uniqueKeysWithValues: result.clusters.map { ($0.id, $0) })
        result.entries = entries.map { entry in
            guard let cluster = entry.cluster else { return entry }
            var copy = entry
            copy.cluster = root(cluster)
            if let merged = clusterOf[root(cluster)] {
                copy.topic = merged.topic
                copy.bankTopic = merged.bankTopic
            }
            return copy
        }
        result.suggestions = suggestions.filter { root($0.a) != root($0.b) }
        result.unclassified = unclassified.filter { root($0) == $0 }
        result.proposed = proposed.map { proposal in
            var copy = proposal
            copy.clusters = proposal.clusters.filter { root($0) == $0 && result.unclassified.contains($0) }
            return copy
        }.filter { !$0.clusters.isEmpty }
        return (result, unknown)
    }

    /// Reads a reviewed list of merges: the JSON `suggestions` array (or a whole `bank import`
    /// JSON output, whose `suggestions` are taken), or lines `A B` / `A ~ B` (`#` starts a comment).
    public static func acceptedPairs(from data: Data) -> [(a: String, b: String)]? {
        if let object = try? JSONSerialization.jsonObject(with: data) {
            let list = (object as? [String: Any])?["suggestions"] as? [[String: Any]] ?? object as? [[String: Any]]
            guard let list else { return nil }
            return list.compactMap { item in
                guard let a = item["a"].map({ "\($0)" }), let b = item["b"].map({ "\($0)" }) else { return nil }
                return (a, b)
            }
        }
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = content.split(whereSeparator: { $0 == " " || $0 == "~" || $0 == "," || $0 == "\t" }).map(String.init)
            return parts.count >= 2 ? (parts[0], parts[1]) : nil
        }
    }
}
