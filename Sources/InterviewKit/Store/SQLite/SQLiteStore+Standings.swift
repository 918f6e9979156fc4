import Foundation
import GRDB

/// The whole database's standings inputs from one scan of each table, in session (or question)
/// order, joined here by merging: SQLite's joins of 600,000 questions, 200,000 panel seats and
/// the recommendations to their sessions cost ten times the scans. Columns (all NOT NULL) are
/// read straight from each statement as it steps (``SQLiteRawRows``): through `Row`, the 4.8
/// million scores of 100,000 sessions took twice as long.
extension SQLiteStore: StandingsStore {
    public func standingsInputs() throws(StoreError) -> StandingsInputs {
        try read { db in
            var inputs = StandingsInputs()
            var sessions = Sessions()
            var candidateIDs: [Int64] = []
            let sessionRows = try SQLiteRawRows(db, sql: "SELECT id, candidate_id, status = 'finished' FROM session ORDER BY id")
            while try sessionRows.step() {
                sessions.ids.append(sessionRows.int64(0))
                candidateIDs.append(sessionRows.int64(1))
                sessions.finished.append(sessionRows.int(2) != 0)
            }
            // Candidates in id order.
            let ids = Set(candidateIDs).sorted()
            inputs.candidates = ids.map { StandingsInputs.Candidate(id: $0) }
            let slots = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
            sessions.candidates = candidateIDs.map { slots[$0] ?? 0 }
            for slot in sessions.candidates { inputs.candidates[slot].sessions += 1 }
            // Interviewers numbered in the order of their names, so that sorting a candidate's
            // numbers sorts their names as `ORDER BY name` does.
            var interviewers: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM interviewer ORDER BY name") {
                interviewers[row[0]] = inputs.interviewers.count
                inputs.interviewers.append(row[1])
            }
            var seated = Array(repeating: Set<Int>(), count: inputs.candidates.count)
            let panels = try SQLiteRawRows(db, sql: "SELECT session_id, interviewer_id FROM session_interviewer ORDER BY session_id")
            sessions.rewind()
            while try panels.step() {
                guard let index = sessions.seek(panels.int64(0)), let interviewer = interviewers[panels.int64(1)] else { continue }
                seated[sessions.candidates[index]].insert(interviewer)
            }
            for (slot, numbers) in seated.enumerated() { inputs.candidates[slot].interviewers = numbers.sorted() }
            let recommendations = try Row.fetchCursor(db, sql: "SELECT session_id, value FROM recommendation ORDER BY session_id")
            sessions.rewind()
            while let row = try recommendations.next() {
                guard let index = sessions.seek(row[0]), let value = Recommendation(rawValue: row[1]) else { continue }
                inputs.candidates[sessions.candidates[index]].recommendations.append(value)
            }
            try Self.forEachFinishedQuestionScore(db, sessions: &sessions, topics: &inputs.topics) { slot, topic, score in
                inputs.candidates[slot].topics.append(topic)
                inputs.candidates[slot].scores.append(score)
            }
            return inputs
        }
    }

    /// Every session in id order: its candidate (an index into the inputs' candidates) and
    /// whether it is finished, looked up by session ids that never decrease.
    private struct Sessions {
        var ids: [Int64] = []
        var candidates: [Int] = []
        var finished: [Bool] = []
        private var position = 0

        /// Looks up from the first session again.
        mutating func rewind() { position = 0 }

        /// The index of session `id`, which is no smaller than the last one sought.
        mutating func seek(_ id: Int64) -> Int? {
            while position < ids.count && ids[position] < id { position += 1 }
            return position < ids.count && ids[position] == id ? position : nil
        }
    }

    /// One finished question of the database.
    private struct FinishedQuestion {
        var id: Int64
        var candidate: Int
        var criteria: Int
        var topic = 0
    }

    /// The question whose scores are being read: its complete ratings so far, and the open one.
    private struct OpenQuestion {
        /// Nil for a question of an open session, whose scores are passed over.
        var question: FinishedQuestion?
        var id: Int64 = -1
        var interviewer: Int64 = -1
        /// The open rating: Σ v·w, Σ w and how many criteria it has scored.
        var weighted = 0.0, weights = 0.0, values = 0
        /// The complete ratings: the sum of their scores and their number.
        var ratingSum = 0.0, ratings = 0

        /// Ends the open rating: counted when it scores every criterion of the rubric.
        mutating func closeRating() {
            if let question, values == question.criteria {
                ratingSum += weighted / weights
                ratings += 1
            }
            (weighted, weights, values) = (0, 0, 0)
        }

        /// The question's score, the mean of its complete ratings; nil without one.
        var score: Double? { ratings > 0 ? ratingSum / Double(ratings) : nil }
    }

    /// Each scored question of the finished sessions, in question order, with its candidate and
    /// its topic (an index into `topics`, which grows as topics are met): the mean of its complete
    /// ratings, each the weighted mean of its criterion values (scoring.md §1, §3).
    ///
    /// The arithmetic is ``forEachQuestionScore(_:_:)``'s (``AnalyticsSQL/completeRatings`` and
    /// `AVG`, which SQLite sums in row order), with the same sums in the same order (criteria by
    /// name, then interviewers by id), done here in one pass over the scores in their primary
    /// key's order: SQLite's grouping of 4.8 million scores costs several times the reading. The
    /// questions come from two covering indexes (v3, v5), never from their rows, which hold the
    /// snapshots and span pages each.
    private static func forEachFinishedQuestionScore(
        _ db: Database, sessions: inout Sessions, topics: inout [String],
        _ body: (_ candidate: Int, _ topic: Int, _ score: Double) -> Void
    ) throws {
        var questions: [FinishedQuestion] = []
        let questionRows = try SQLiteRawRows(db, sql: "SELECT session_id, id, criteria_count FROM session_question ORDER BY session_id")
        sessions.rewind()
        while try questionRows.step() {
            guard let index = sessions.seek(questionRows.int64(0)), sessions.finished[index] else { continue }
            questions.append(
                FinishedQuestion(id: questionRows.int64(1), candidate: sessions.candidates[index], criteria: questionRows.int(2)))
        }
        questions.sort { $0.id < $1.id }
        // Topics numbered as they are met; the topic index hands the questions over topic by topic.
        var topicOfQuestion: [(id: Int64, topic: Int)] = []
        var topicCodes = TextCodes()
        let topicRows = try SQLiteRawRows(db, sql: "SELECT topic, id FROM session_question")
        while try topicRows.step() {
            let number = topicRows.withText(0) { topicCodes.code(bytes: $0).number }
            topicOfQuestion.append((topicRows.int64(1), topics.count + Int(number)))
        }
        topics += topicCodes.texts
        topicOfQuestion.sort { $0.id < $1.id }
        var next = 0
        for index in questions.indices {
            while next < topicOfQuestion.count && topicOfQuestion[next].id < questions[index].id { next += 1 }
            if next < topicOfQuestion.count && topicOfQuestion[next].id == questions[index].id {
                questions[index].topic = topicOfQuestion[next].topic
            }
        }
        topicOfQuestion = []

        // The scores in primary key order: a question's ratings together, each rating's criteria together.
        let scores = try SQLiteRawRows(
            db, sql: "SELECT session_question_id, interviewer_id, value, weight FROM score ORDER BY session_question_id, interviewer_id, criterion")
        var open = OpenQuestion()
        next = 0  // the first finished question not yet passed
        while try scores.step() {
            let question = scores.int64(0), interviewer = scores.int64(1)
            if question != open.id || interviewer != open.interviewer {
                open.closeRating()
                open.interviewer = interviewer
                if question != open.id {
                    if let finished = open.question, let score = open.score { body(finished.candidate, finished.topic, score) }
                    while next < questions.count && questions[next].id < question { next += 1 }
                    let finished = next < questions.count && questions[next].id == question ? questions[next] : nil
                    open = OpenQuestion(question: finished, id: question, interviewer: interviewer)
                }
            }
            guard open.question != nil else { continue }
            let weight = scores.double(3)
            open.weighted += Double(scores.int64(2)) * weight
            open.weights += weight
            open.values += 1
        }
        open.closeRating()
        if let finished = open.question, let score = open.score { body(finished.candidate, finished.topic, score) }
    }
}
