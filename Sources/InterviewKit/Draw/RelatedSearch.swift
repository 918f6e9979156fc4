/// A depth-first search for a draw with few related pairs, among the candidates a finished draw
/// ranked in each cell.
///
/// Cells are visited in draw order and each cell's candidates in rank order, so the first
/// assignment found is the best ranked one: the one the ordinary picking makes when it passes
/// over related questions and needs no look-ahead. An assignment fills every cell's quota with
/// distinct questions, none a near-duplicate of an earlier pick, and fits the budget (a partial
/// assignment is cut off when even the shortest candidates left cannot fit). While exposure
/// counts, each cell draws as many questions of each exposure as the finished draw did, so the
/// search never uses one question more often than another (scoring.md 8.4, even exposure). A
/// search that visits more than ``nodeLimit`` candidates gives up.
struct RelatedSearch {
    /// What an assignment must respect besides the quotas and the pairs.
    struct Limits {
        /// The blueprint's minutes, or `nil` for no time limit.
        var budget: Int?
        /// Whether each cell keeps the finished draw's exposures.
        var evenExposure: Bool
    }

    /// Candidates one search may visit: the shipped blueprints need fewer than 1,000, even over
    /// a thousand recorded draws; the limit keeps a draw on a large, densely linked bank quick.
    static let nodeLimit = 20_000
    /// Stands for "no way to fill these slots" in the minute bounds; small enough to add to.
    private static let impossible = Int.max / 4

    private let draws: [CellDraw]
    private let links: RelatedLinks
    /// Per cell and ranked position, the candidate's exposure.
    private let exposures: [[Int]]
    /// Per cell, how many picks of each exposure the finished draw made.
    private let exposureQuotas: [[Int: Int]]
    /// Per cell and ranked position p (and one past the end), the fewest minutes r candidates at
    /// positions p and after take, for r from 0 to the cell's quota.
    private let shortest: [[[Int]]]
    /// Per cell, the fewest minutes the cells after it take.
    private let after: [Int]
    /// Near-duplicate answers already asked for, keyed by the two bank indices.
    private var nearDuplicates: [Int: Bool] = [:]

    /// - Parameters:
    ///   - draws: the cells of a finished draw, with its picks.
    ///   - exposure: question id → sessions that drew it; absent means 0.
    init(draws: [CellDraw], links: RelatedLinks, exposure: [String: Int]) {
        self.draws = draws
        self.links = links
        exposures = draws.map { draw in draw.ranked.indices.map { exposure[draw[$0].id] ?? 0 } }
        exposureQuotas = draws.indices.map { cell in
            draws[cell].chosen.reduce(into: [:]) { counts, position in counts[exposure[draws[cell][position].id] ?? 0, default: 0] += 1 }
        }
        shortest = draws.map(Self.shortestTails)
        var after = Array(repeating: 0, count: draws.count)
        var total = 0
        for cell in draws.indices.reversed() {
            after[cell] = total
            total = min(Self.impossible, total + shortest[cell][0][draws[cell].quota])
        }
        self.after = after
    }

    /// For every ranked position p of `draw` (and one past the end), the sums of the r shortest
    /// candidates from p on, r = 0...quota.
    private static func shortestTails(_ draw: CellDraw) -> [[Int]] {
        let count = draw.ranked.count
        var tails = Array(repeating: [0] + Array(repeating: impossible, count: draw.quota), count: count + 1)
        var kept: [Int] = []  // the quota shortest minutes from position p on, ascending
        for position in stride(from: count - 1, through: 0, by: -1) {
            let minutes = draw[position].minutes
            kept.insert(minutes, at: kept.firstIndex { $0 > minutes } ?? kept.count)
            if kept.count > draw.quota { kept.removeLast() }
            var sum = 0
            for (taken, value) in kept.enumerated() {
                sum += value
                tails[position][taken + 1] = sum
            }
        }
        return tails
    }

    /// The first assignment, in cell and rank order, that holds at most `maxPairs` related pairs.
    /// - Parameter isNearDuplicate: as in ``QuestionDrawer/draw(_:isNearDuplicate:)``: an
    ///   earlier pick first, the candidate second.
    /// - Returns: the cells with their new picks; `nil` when there is no such assignment or the
    ///   search gave up.
    mutating func first(
        maxPairs: Int,
        within limits: Limits,
        isNearDuplicate: (DrawQuestion, DrawQuestion) -> Bool
    ) -> [CellDraw]? {
        var positions = draws.map { _ in [Int]() }
        var picks: [(question: DrawQuestion, index: Int)] = []
        var left = exposureQuotas
        var visited = 0
        let bankSize = draws.first?.bank.count ?? 0

        func conflicts(_ pick: (question: DrawQuestion, index: Int), _ candidate: DrawQuestion, _ index: Int) -> Bool {
            if pick.question.id == candidate.id { return true }
            let key = pick.index * bankSize + index
            if let known = nearDuplicates[key] { return known }
            let answer = isNearDuplicate(pick.question, candidate)
            nearDuplicates[key] = answer
            return answer
        }

        func visit(_ cell: Int, from start: Int, pairs: Int, minutes: Int) -> Bool {
            guard cell < draws.count else { return true }
            let draw = draws[cell]
            let slot = positions[cell].count
            if slot == draw.quota {
                return visit(cell + 1, from: 0, pairs: pairs, minutes: minutes)
            }
            let rest = draw.quota - slot - 1
            for position in stride(from: start, to: draw.ranked.count - rest, by: 1) {
                visited += 1
                guard visited <= Self.nodeLimit else { return false }
                let exposure = exposures[cell][position]
                if limits.evenExposure, left[cell][exposure, default: 0] == 0 { continue }
                let candidate = draw[position]
                let spent = minutes + candidate.minutes
                if let budget = limits.budget, spent + shortest[cell][position + 1][rest] + after[cell] > budget { continue }
                let added = links.count(candidate, among: picks.lazy.map(\.question))
                guard pairs + added <= maxPairs else { continue }
                // Last, as it is the costly check.
                let index = draw.ranked[position]
                if picks.contains(where: { conflicts($0, candidate, index) }) { continue }
                picks.append((candidate, index))
                positions[cell].append(position)
                left[cell][exposure, default: 0] -= 1
                if visit(cell, from: position + 1, pairs: pairs + added, minutes: spent) { return true }
                picks.removeLast()
                positions[cell].removeLast()
                left[cell][exposure, default: 0] += 1
            }
            return false
        }

        guard visit(0, from: 0, pairs: 0, minutes: 0) else { return nil }
        return zip(draws, positions).map { draw, chosen in draw.choosing(chosen) }
    }
}
