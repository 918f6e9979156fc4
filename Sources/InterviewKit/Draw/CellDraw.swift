/// The picking state of one cell during a draw (scoring.md 8.4).
///
/// Questions are held as indices into the bank, which is shared, not copied.
struct CellDraw {
    let cell: CellPlan.Cell
    let quota: Int
    let bank: [DrawQuestion]
    /// The cell's eligible questions in rank order: sorted by id, shuffled, stable-sorted by
    /// exposure; reserve questions are appended when near-duplicates use the pool up.
    private(set) var ranked: [Int]
    /// Positions in `ranked` of the picks, ascending.
    private(set) var chosen: [Int] = []
    /// Questions asked of the candidate before and not in the pool, least recently asked first.
    private var reserve: ArraySlice<Int>

    /// Ranks the cell's eligible questions: the ones never asked of this candidate, plus, when
    /// fewer than `quota` remain, the least recently asked ones to make up the difference.
    init(
        cell: CellPlan.Cell,
        quota: Int,
        bank: [DrawQuestion],
        members: [Int],
        exposure: [String: Int],
        askedBefore: [String: Int],
        generator: inout SplitMix64
    ) {
        self.cell = cell
        self.quota = quota
        self.bank = bank
        var fresh: [Int] = []
        var asked: [(index: Int, rank: Int)] = []
        if askedBefore.isEmpty {
            fresh = members
        } else {
            for index in members {
                if let rank = askedBefore[bank[index].id] {
                    asked.append((index, rank))
                } else {
                    fresh.append(index)
                }
            }
            asked.sort { ($0.rank, bank[$0.index].id) < ($1.rank, bank[$1.index].id) }
        }
        let needed = max(0, quota - fresh.count)
        var pool = fresh + asked.prefix(needed).map(\.index)
        reserve = ArraySlice(asked.dropFirst(needed).map(\.index))

        pool.sort { bank[$0].id < bank[$1].id }
        pool.splitMixShuffle(using: &generator)
        if exposure.isEmpty {
            ranked = pool
        } else {
            ranked = pool.enumerated()
                .map { (index: $0.element, exposure: exposure[bank[$0.element].id] ?? 0, position: $0.offset) }
                .sorted { ($0.exposure, $0.position) < ($1.exposure, $1.position) }
                .map(\.index)
        }
    }

    subscript(position: Int) -> DrawQuestion {
        bank[ranked[position]]
    }

    var picks: [DrawQuestion] {
        chosen.map { self[$0] }
    }

    var minutes: Int {
        chosen.reduce(0) { $0 + self[$1].minutes }
    }

    /// Takes the first `quota` ranked questions, passing over a near-duplicate of a question
    /// in `session` (the draw's earlier picks) or a repeat of its id, and appends the picks to
    /// `session`. When the pool runs out that way, the reserve is tried in order.
    /// - Returns: how many questions the cell still lacks.
    mutating func pick(
        into session: inout [DrawQuestion],
        isNearDuplicate: (DrawQuestion, DrawQuestion) -> Bool
    ) -> Int {
        func take(_ position: Int) {
            let question = self[position]
            guard !session.contains(where: { $0.id == question.id || isNearDuplicate($0, question) }) else { return }
            chosen.append(position)
            session.append(question)
        }
        var position = 0
        while chosen.count < quota, position < ranked.count {
            take(position)
            position += 1
        }
        while chosen.count < quota, let next = reserve.popFirst() {
            ranked.append(next)
            take(ranked.count - 1)
        }
        return quota - chosen.count
    }

    /// The same cell with the picks at ranked `positions`.
    func choosing(_ positions: [Int]) -> CellDraw {
        var copy = self
        copy.chosen = positions.sorted()
        return copy
    }

    /// Replaces the pick at ranked position `old` with the one at `new`, keeping rank order.
    mutating func swap(_ old: Int, for new: Int) {
        chosen.removeAll { $0 == old }
        chosen.append(new)
        chosen.sort()
    }
}
