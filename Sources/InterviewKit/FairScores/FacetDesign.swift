/// The fixed structure of a fit, built once from the ratings: rows grouped by candidate, the
/// category of each score, and where each row's second derivatives go (scoring.md §9).
///
/// A candidate's rows come in runs with one question and interviewer (a score per criterion,
/// as recorded): what a run adds to that question's and interviewer's entries is added once per
/// run, and its question-interviewer pair's entry is summed from a value kept per run.
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
    /// Runs of candidate n: `runOffsets[n]..<runOffsets[n + 1]`; the rows of run r:
    /// `runStart[r]..<runStart[r + 1]` (consecutive rows of one candidate with one question and
    /// interviewer).
    let runOffsets: [Int]
    let runStart: [Int32]
    /// The run's question-interviewer pair, an index into `pairQuestion`/`pairInterviewer`.
    let runPair: [Int32]
    let pairQuestion: [Int32]
    let pairInterviewer: [Int32]

    /// Candidate n's cross-derivative entries: `hIndex[hOffsets[n]..<hOffsets[n + 1]]` are the
    /// parameters in `o` it touches (its questions, its interviewers, every criterion and
    /// threshold); `runQuestionSlot`/`runInterviewerSlot` say where each run adds.
    let hOffsets: [Int]
    let hIndex: [Int32]
    let runQuestionSlot: [Int32]
    let runInterviewerSlot: [Int32]
    /// First slot of candidate n's criteria; its thresholds follow them.
    let tailSlot: [Int32]

    var head: Int { questions + interviewers }
    var tail: Int { criteria + thresholds }
    var size: Int { head + tail }
    var rows: Int { question.count }
    var runs: Int { runPair.count }

    /// Builds the design from the ratings' rows, taking them out of `ratings` (its names stay):
    /// each row array is released as soon as it is sorted by candidate, so that a database's
    /// millions of rows are not held twice.
    init(taking ratings: inout FacetRatings) throws {
        guard !ratings.isEmpty else { throw FacetFitError.noRatings }
        var rows = ratings.takeRows()
        guard let low = rows.score.min().map(Int.init), let high = rows.score.max().map(Int.init) else { throw FacetFitError.noRatings }
        var present = [Bool](repeating: false, count: high - low + 1)
        for score in rows.score { present[Int(score) - low] = true }
        let used = (low...high).filter { present[$0 - low] }
        guard used.count >= 2 else { throw FacetFitError.tooFewCategories(observed: used) }
        if let gap = (low...high).first(where: { !present[$0 - low] }) {
            throw FacetFitError.unusedCategory(score: gap, lowest: low, highest: high)
        }
        candidates = ratings.candidates.count
        questions = ratings.questions.count
        interviewers = ratings.interviewers.count
        criteria = ratings.criteria.count
        thresholds = high - low
        lowest = low

        let (offsets, order) = Self.rowsByCandidate(rows.candidate, candidates: candidates)
        rows.candidate = []
        rowOffsets = offsets
        question = order.map { rows.question[Int($0)] }
        rows.question = []
        interviewer = order.map { rows.interviewer[Int($0)] }
        rows.interviewer = []
        criterion = order.map { rows.criterion[Int($0)] }
        rows.criterion = []
        category = order.map { Int32(rows.score[Int($0)]) - Int32(low) }
        rows.score = []

        // Pairs are numbered in order of first appearance, in a table by (question, interviewer)
        // unless there are too many possible pairs for one.
        let pairTableSize = questions * interviewers <= 1 << 22 ? questions * interviewers : 0
        var pairTable = [Int32](repeating: -1, count: pairTableSize)
        var pairDictionary: [Int64: Int32] = [:]
        var pairQ: [Int32] = [], pairJ: [Int32] = []
        var runOffsets = [0], runStart: [Int32] = [], runPair: [Int32] = []
        var runQuestionSlot: [Int32] = [], runInterviewerSlot: [Int32] = []
        var hOffsets = [0], hIndex: [Int32] = [], tailSlot: [Int32] = []
        // The slot of each question (interviewer) in the current candidate's entries, valid where
        // its owner is that candidate.
        var slotOfQuestion = [Int32](repeating: 0, count: questions), questionOwner = [Int](repeating: -1, count: questions)
        var slotOfInterviewer = [Int32](repeating: 0, count: interviewers), interviewerOwner = [Int](repeating: -1, count: interviewers)
        let questionCount = questions
        for n in 0..<candidates {
            for row in offsets[n]..<offsets[n + 1] {
                let q = question[row], j = interviewer[row]
                if row > offsets[n], q == question[row - 1], j == interviewer[row - 1] { continue }
                let next = Int32(pairQ.count), known: Int32
                if pairTableSize > 0 {
                    let key = Int(q) * interviewers + Int(j)
                    known = pairTable[key] >= 0 ? pairTable[key] : next
                    pairTable[key] = known
                } else {
                    known = pairDictionary[Int64(q) << 32 | Int64(j), default: next]
                    pairDictionary[Int64(q) << 32 | Int64(j)] = known
                }
                if known == next {
                    pairQ.append(q)
                    pairJ.append(j)
                }
                runStart.append(Int32(row))
                runPair.append(known)
                if questionOwner[Int(q)] != n {
                    questionOwner[Int(q)] = n
                    slotOfQuestion[Int(q)] = Int32(hIndex.count)
                    hIndex.append(q)
                }
                runQuestionSlot.append(slotOfQuestion[Int(q)])
            }
            runOffsets.append(runStart.count)
            for run in runOffsets[n]..<runOffsets[n + 1] {
                let j = interviewer[Int(runStart[run])]
                if interviewerOwner[Int(j)] != n {
                    interviewerOwner[Int(j)] = n
                    slotOfInterviewer[Int(j)] = Int32(hIndex.count)
                    hIndex.append(Int32(questionCount) + j)
                }
                runInterviewerSlot.append(slotOfInterviewer[Int(j)])
            }
            tailSlot.append(Int32(hIndex.count))
            for t in 0..<(criteria + thresholds) {
                hIndex.append(Int32(questionCount + interviewers + t))
            }
            hOffsets.append(hIndex.count)
        }
        runStart.append(Int32(order.count))
        self.runOffsets = runOffsets
        self.runStart = runStart
        self.runPair = runPair
        pairQuestion = pairQ
        pairInterviewer = pairJ
        self.hOffsets = hOffsets
        self.hIndex = hIndex
        self.runQuestionSlot = runQuestionSlot
        self.runInterviewerSlot = runInterviewerSlot
        self.tailSlot = tailSlot
    }

    /// The row numbers grouped by candidate, in their order within each: `rows[offsets[n]..<offsets[n + 1]]` are candidate n's.
    private static func rowsByCandidate(_ candidate: [Int32], candidates: Int) -> (offsets: [Int], rows: [Int32]) {
        var offsets = [Int](repeating: 0, count: candidates + 1)
        for n in candidate { offsets[Int(n) + 1] += 1 }
        for n in 0..<candidates { offsets[n + 1] += offsets[n] }
        var next = offsets
        var rows = [Int32](repeating: 0, count: candidate.count)
        for (row, n) in candidate.enumerated() {
            rows[next[Int(n)]] = Int32(row)
            next[Int(n)] += 1
        }
        return (offsets, rows)
    }
}
