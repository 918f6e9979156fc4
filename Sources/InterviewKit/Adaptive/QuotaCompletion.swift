/// Whether the quotas left in an adaptive session can still be filled from the eligible
/// questions, and with how few minutes.
///
/// A min-cost flow: source → topic (capacity: the topic's questions left) → level (one unit edge
/// per eligible question of the (topic, level) cell, costing its minutes) → sink (capacity: the
/// level's questions left). Quotas are caps and the total is exact, so when they sum to the
/// questions left each is met exactly. Successive shortest paths (Bellman-Ford, for the negative
/// residual costs) push one question at a time; the cheapest completion is the least number of
/// minutes any completion needs. Relations among questions not yet asked are not planned for.
struct QuotaCompletion {
    enum Outcome: Equatable {
        case feasible(minutes: Int)
        case short(AdaptiveError.Quota, needed: Int, available: Int)
        case overBudget(needed: Int, remaining: Int)

        var isFeasible: Bool {
            if case .feasible = self { return true }
            return false
        }

        var error: AdaptiveError? {
            switch self {
            case .feasible: return nil
            case .short(let quota, let needed, let available): return .quotaRunOut(quota, needed: needed, available: available)
            case .overBudget(let needed, let remaining): return .overBudget(neededMinutes: needed, remainingMinutes: remaining)
            }
        }
    }

    /// Topic and level ids in id order (one unnamed level without a level mix).
    let topics: [String]
    let levels: [String]
    let hasLevels: Bool
    let topicCaps: [Int]
    let levelCaps: [Int]
    /// Questions still to ask.
    let count: Int
    let minutes: Int?
    /// The eligible questions' minutes by cell (topic · levels.count + level), ascending.
    let cellMinutes: [[Int]]

    func cell(topic: Int, level: Int) -> Int { topic * levels.count + level }

    /// The outcome now.
    func outcome() -> Outcome {
        Self.solve(topicCaps: topicCaps, levelCaps: levelCaps, count: count, minutes: minutes, cells: cellMinutes, shape: self)
    }

    /// The outcome after asking a question of `cell` taking `minutes`, with the questions `removed`
    /// (cell, minutes) no longer eligible (those related to it).
    func outcome(picking cell: Int, minutes taken: Int, removing removed: [(cell: Int, minutes: Int)] = []) -> Outcome {
        var topicCaps = topicCaps, levelCaps = levelCaps, cells = cellMinutes
        topicCaps[cell / levels.count] -= 1
        levelCaps[cell % levels.count] -= 1
        for (index, value) in [(cell, taken)] + removed {
            if let position = cells[index].firstIndex(of: value) { cells[index].remove(at: position) }
        }
        return Self.solve(topicCaps: topicCaps, levelCaps: levelCaps, count: count - 1, minutes: minutes.map { $0 - taken },
                          cells: cells, shape: self)
    }

    private static func solve(topicCaps: [Int], levelCaps: [Int], count: Int, minutes: Int?, cells: [[Int]], shape: QuotaCompletion) -> Outcome {
        let topicCount = topicCaps.count, levelCount = levelCaps.count
        guard count > 0 else { return .feasible(minutes: 0) }

        var graph = Graph(nodes: topicCount + levelCount + 2)
        let source = 0, sink = topicCount + levelCount + 1
        var sourceEdges: [Int] = [], sinkEdges: [Int] = []
        for t in 0..<topicCount {
            sourceEdges.append(graph.add(from: source, to: 1 + t, capacity: min(max(topicCaps[t], 0), count), cost: 0))
        }
        for l in 0..<levelCount {
            sinkEdges.append(graph.add(from: 1 + topicCount + l, to: sink, capacity: min(max(levelCaps[l], 0), count), cost: 0))
        }
        for t in 0..<topicCount where topicCaps[t] > 0 {
            for l in 0..<levelCount where levelCaps[l] > 0 {
                for value in cells[t * levelCount + l].prefix(min(count, topicCaps[t], levelCaps[l])) {
                    graph.add(from: 1 + t, to: 1 + topicCount + l, capacity: 1, cost: value)
                }
            }
        }
        var flow = 0, cost = 0
        while flow < count, let path = graph.cheapestPath(from: source, to: sink) {
            graph.push(path.edges)
            flow += 1
            cost += path.cost
        }
        if flow == count {
            if let minutes, cost > minutes { return .overBudget(needed: cost, remaining: minutes) }
            return .feasible(minutes: cost)
        }

        // Short: name a quota. First one that lacks questions outright, then one the flow left short.
        let exactTopics = topicCaps.reduce(0) { $0 + max($1, 0) } == count
        let exactLevels = shape.hasLevels && levelCaps.reduce(0) { $0 + max($1, 0) } == count
        if exactTopics {
            for t in 0..<topicCount where topicCaps[t] > 0 {
                let available = (0..<levelCount).filter { levelCaps[$0] > 0 }.reduce(0) { $0 + cells[t * levelCount + $1].count }
                if available < topicCaps[t] { return .short(.topic(shape.topics[t]), needed: topicCaps[t], available: available) }
            }
        }
        if exactLevels {
            for l in 0..<levelCount where levelCaps[l] > 0 {
                let available = (0..<topicCount).filter { topicCaps[$0] > 0 }.reduce(0) { $0 + cells[$1 * levelCount + l].count }
                if available < levelCaps[l] { return .short(.level(shape.levels[l]), needed: levelCaps[l], available: available) }
            }
        }
        if exactTopics, let t = (0..<topicCount).first(where: { graph.flow(sourceEdges[$0]) < topicCaps[$0] }) {
            return .short(.topic(shape.topics[t]), needed: topicCaps[t], available: graph.flow(sourceEdges[t]))
        }
        if exactLevels, let l = (0..<levelCount).first(where: { graph.flow(sinkEdges[$0]) < levelCaps[$0] }) {
            return .short(.level(shape.levels[l]), needed: levelCaps[l], available: graph.flow(sinkEdges[l]))
        }
        return .short(.questions, needed: count, available: flow)
    }

    /// A residual graph; edge e and its reverse e ^ 1 are stored side by side.
    private struct Graph {
        var head: [Int]
        var next: [Int] = [], target: [Int] = [], capacity: [Int] = [], cost: [Int] = [], initial: [Int] = []

        init(nodes: Int) {
            head = Array(repeating: -1, count: nodes)
        }

        @discardableResult
        mutating func add(from: Int, to: Int, capacity units: Int, cost value: Int) -> Int {
            let edge = target.count
            for (a, b, c, w) in [(from, to, units, value), (to, from, 0, -value)] {
                target.append(b)
                capacity.append(c)
                initial.append(c)
                cost.append(w)
                next.append(head[a])
                head[a] = target.count - 1
            }
            return edge
        }

        func flow(_ edge: Int) -> Int { initial[edge] - capacity[edge] }

        /// The cheapest path with spare capacity (Bellman-Ford), as its edges.
        func cheapestPath(from source: Int, to sink: Int) -> (edges: [Int], cost: Int)? {
            let unreached = Int.max
            var distance = Array(repeating: unreached, count: head.count)
            var via = Array(repeating: -1, count: head.count)
            distance[source] = 0
            for _ in 0..<head.count {
                var changed = false
                for node in 0..<head.count where distance[node] != unreached {
                    var edge = head[node]
                    while edge >= 0 {
                        let other = target[edge]
                        if capacity[edge] > 0, distance[node] + cost[edge] < distance[other] {
                            distance[other] = distance[node] + cost[edge]
                            via[other] = edge
                            changed = true
                        }
                        edge = next[edge]
                    }
                }
                if !changed { break }
            }
            guard distance[sink] != unreached else { return nil }
            var edges: [Int] = [], node = sink
            while node != source {
                let edge = via[node]
                edges.append(edge)
                node = target[edge ^ 1]
            }
            return (edges, distance[sink])
        }

        /// One unit along `edges`.
        mutating func push(_ edges: [Int]) {
            for edge in edges {
                capacity[edge] -= 1
                capacity[edge ^ 1] += 1
            }
        }
    }
}
