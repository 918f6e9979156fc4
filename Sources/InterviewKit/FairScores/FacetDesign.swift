/// The fixed structure of a fit, built once from the ratings: rows grouped by candidate, the
/// category of each score, and where each row's second derivatives go (scoring.md §9).
///
/// Parameters other than abilities live in one vector `o` of size `size`: question difficulties
/// (`0..<questions`), interviewer severities, criterion difficulties, then thresholds. The
/// first two groups are the "head" (their Hessian is diagonal but for question-interviewer
/// pairs), the last two the small dense "tail".
struct FacetDesign: Sendable {
    let candidates: Int
    let questions: Int
    let interviewers: Int
    let criteria: Int
    /// K: thresholds between the lowest and highest score used.
    let thresholds: Int
    /// The score of category 0.
    let lowest: Int

    /// Rows of candidate n: `rowOffsets[n]..<rowOffsets[n + 1]`.
    let rowOffsets: [Int]
    let question: [Int32]
    let interviewer: [Int32]
    let criterion: [Int32]
    /// Category of the score, 0...K.
    let category: [Int32]
    /// The row's question-interviewer pair, an index into `pairQuestion`/`pairInterviewer`.
    let pair: [Int32]
    let pairQuestion: [Int32]
    let pairInterviewer: [Int32]

    /// Candidate n's cross-derivative entries: `hIndex[hOffsets[n]..<hOffsets[n + 1]]` are the
    /// parameters in `o` it touches (its questions, its interviewers, every criterion and
    /// threshold); `questionSlot`/`interviewerSlot` say where each row adds.
    let hOffsets: [Int]
    let hIndex: [Int32]
    let questionSlot: [Int32]
    let interviewerSlot: [Int32]
    /// First slot of candidate n's criteria; its thresholds follow them.
    let tailSlot: [Int32]

    var head: Int { questions + interviewers }
    var tail: Int { criteria + thresholds }
    var size: Int { head + tail }
    var rows: Int { question.count }

    init(_ ratings: FacetRatings) throws {
        guard !ratings.isEmpty else { throw FacetFitError.noRatings }
        let used = Set(ratings.score.map(Int.init)).sorted()
        guard let low = used.first, let high = used.last, used.count >= 2 else {
            throw FacetFitError.tooFewCategories(observed: used)
        }
        if let gap = (low...high).first(where: { !used.contains($0) }) {
            throw FacetFitError.unusedCategory(score: gap, lowest: low, highest: high)
        }
        candidates = ratings.candidates.count
        questions = ratings.questions.count
        interviewers = ratings.interviewers.count
        criteria = ratings.criteria.count
        thresholds = high - low
        lowest = low

        let (offsets, order) = ratings.rowsByCandidate()
        rowOffsets = offsets
        question = order.map { ratings.question[Int($0)] }
        interviewer = order.map { ratings.interviewer[Int($0)] }
        criterion = order.map { ratings.criterion[Int($0)] }
        category = order.map { Int32(ratings.score[Int($0)]) - Int32(low) }

        var pairNumber: [Int64: Int32] = [:]
        var pairQ: [Int32] = [], pairJ: [Int32] = []
        var pairs = [Int32](repeating: 0, count: order.count)
        var hOffsets = [0], hIndex: [Int32] = [], tailSlot: [Int32] = []
        var questionSlot = [Int32](repeating: 0, count: order.count)
        var interviewerSlot = [Int32](repeating: 0, count: order.count)
        var slotOfQuestion: [Int32: Int32] = [:], slotOfInterviewer: [Int32: Int32] = [:]
        let questionCount = questions
        for n in 0..<candidates {
            slotOfQuestion.removeAll(keepingCapacity: true)
            slotOfInterviewer.removeAll(keepingCapacity: true)
            for row in offsets[n]..<offsets[n + 1] {
                let q = question[row], j = interviewer[row]
                let key = Int64(q) << 32 | Int64(j)
                if let known = pairNumber[key] {
                    pairs[row] = known
                } else {
                    let next = Int32(pairQ.count)
                    pairNumber[key] = next
                    pairQ.append(q)
                    pairJ.append(j)
                    pairs[row] = next
                }
                if slotOfQuestion[q] == nil {
                    slotOfQuestion[q] = Int32(hIndex.count)
                    hIndex.append(q)
                }
                questionSlot[row] = slotOfQuestion[q] ?? 0
            }
            for row in offsets[n]..<offsets[n + 1] {
                let j = interviewer[row]
                if slotOfInterviewer[j] == nil {
                    slotOfInterviewer[j] = Int32(hIndex.count)
                    hIndex.append(Int32(questionCount) + j)
                }
                interviewerSlot[row] = slotOfInterviewer[j] ?? 0
            }
            tailSlot.append(Int32(hIndex.count))
            for t in 0..<(criteria + thresholds) {
                hIndex.append(Int32(questionCount + interviewers + t))
            }
            hOffsets.append(hIndex.count)
        }
        pair = pairs
        pairQuestion = pairQ
        pairInterviewer = pairJ
        self.hOffsets = hOffsets
        self.hIndex = hIndex
        self.questionSlot = questionSlot
        self.interviewerSlot = interviewerSlot
        self.tailSlot = tailSlot
    }
}
