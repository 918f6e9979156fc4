/// Draws a balanced, reproducible set of questions for one session (scoring.md 8.2-8.4).
///
/// Quotas per (topic, level) cell come from ``CellPlan``; one ``SplitMix64`` seeded with the
/// request's seed serves the whole draw; within a cell the least exposed questions win, so over
/// many recorded draws every question of a cell is used about equally often. Two related
/// questions are not drawn together unless the quotas, the budget or even exposure leave no
/// other way (``separateRelated(_:links:budget:exposure:isNearDuplicate:)``).
public enum QuestionDrawer {
    /// Draws the questions of `request`.
    /// - Parameters:
    ///   - request: bank, blueprint, history and seed.
    ///   - isNearDuplicate: whether a candidate (second argument) asks the same thing as a
    ///     question already picked for the session (first argument), across topics too.
    /// - Returns: the picks in draw order, the ids reused from the candidate's history and the
    ///   related pairs it had to allow.
    /// - Throws: ``DrawError`` when the bank is empty, the blueprint is invalid or cannot be
    ///   met, near-duplicates use a cell up, or even the shortest picks exceed the budget.
    public static func draw(
        _ request: DrawRequest,
        isNearDuplicate: (DrawQuestion, DrawQuestion) -> Bool = { _, _ in false }
    ) throws(DrawError) -> DrawResult {
        guard request.count >= 1 else { throw DrawError.invalidCount(request.count) }
        guard !request.questions.isEmpty else { throw DrawError.emptyBank }

        let members = cellMembers(request)
        let plan = try CellPlan(
            topics: request.topics,
            topicsIntegral: request.topicsIntegral,
            levels: request.levels,
            levelsIntegral: request.levelsIntegral,
            count: request.count,
            available: members.mapValues(\.count)
        )

        var generator = SplitMix64(seed: request.seed)
        var draws: [CellDraw] = []
        var session: [DrawQuestion] = []
        var short: [ShortCell] = []
        for (cell, quota) in plan.drawnCells {
            var draw = CellDraw(
                cell: cell,
                quota: quota,
                bank: request.questions,
                members: members[cell] ?? [],
                exposure: request.exposure,
                askedBefore: request.askedBefore,
                generator: &generator
            )
            let missing = draw.pick(into: &session, isNearDuplicate: isNearDuplicate)
            if missing > 0 {
                short.append(ShortCell(topic: cell.topic, level: cell.level, missing: missing))
            }
            draws.append(draw)
        }
        guard short.isEmpty else { throw DrawError.nearDuplicates(short) }

        if let budget = request.minutes {
            try fitBudget(&draws, budget: budget, isNearDuplicate: isNearDuplicate)
        }

        var allowed: [RelatedPair] = []
        let links = RelatedLinks(request.related)
        if !links.isEmpty {
            (draws, allowed) = separateRelated(
                draws, links: links, budget: request.minutes, exposure: request.exposure, isNearDuplicate: isNearDuplicate)
        }

        let questions = draws.flatMap(\.picks)
        let reused = questions
            .compactMap { question in request.askedBefore[question.id].map { (id: question.id, rank: $0) } }
            .sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
            .map(\.id)
        return DrawResult(questions: questions, reused: reused, relatedAllowed: allowed)
    }

    /// Indices of the bank's questions grouped by the cell they belong to; questions outside
    /// the blueprint's topics (or level mix) are left out.
    private static func cellMembers(_ request: DrawRequest) -> [CellPlan.Cell: [Int]] {
        var topicSlots: [String: Int] = [:]
        for (id, _) in request.topics where topicSlots[id] == nil {
            topicSlots[id] = topicSlots.count
        }
        let levels = request.levels.flatMap { $0.isEmpty ? nil : $0.map(\.id) }
        let width = levels?.count ?? 1
        var buckets = Array(repeating: [Int](), count: topicSlots.count * width)
        var lastTopic: String?
        var lastSlot: Int?
        for (index, question) in request.questions.enumerated() {
            // Banks come grouped by topic, so most questions skip the dictionary.
            if question.topic != lastTopic {
                lastTopic = question.topic
                lastSlot = topicSlots[question.topic]
            }
            guard let topicSlot = lastSlot else { continue }
            if let levels {
                guard let levelSlot = levels.firstIndex(of: question.level) else { continue }
                buckets[topicSlot * width + levelSlot].append(index)
            } else {
                buckets[topicSlot].append(index)
            }
        }

        var members: [CellPlan.Cell: [Int]] = [:]
        for (topic, topicSlot) in topicSlots {
            for levelSlot in 0..<width where !buckets[topicSlot * width + levelSlot].isEmpty {
                let cell = CellPlan.Cell(topic: topic, level: levels?[levelSlot])
                members[cell] = buckets[topicSlot * width + levelSlot]
            }
        }
        return members
    }
}
