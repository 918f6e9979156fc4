import Foundation
import GRDB

extension SQLiteStore {
    /// Writes generated sessions in one transaction with prepared statements: the benchmarks'
    /// bulk path. Names are created on first use; everything else is inserted as given.
    public func bulkRecord(_ sessions: [BulkSession]) throws(StoreError) {
        try write { db in
            var people: [String: Int64] = [:]
            func person(_ table: String, _ name: String, _ date: Date) throws -> Int64 {
                if let id = people[table + "\u{0}" + name] { return id }
                let id = try Self.person(db, table: table, name: name, at: date)
                people[table + "\u{0}" + name] = id
                return id
            }
            let insertSession = try db.cachedStatement(
                sql: """
                    INSERT INTO session (candidate_id, blueprint_id, blueprint_title, minutes, seed, status, position, started_at, finished_at, last_activity_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertPanel = try db.cachedStatement(sql: "INSERT OR IGNORE INTO session_interviewer VALUES (?, ?, ?)")
            let insertQuestion = try db.cachedStatement(
                sql: """
                    INSERT INTO session_question (session_id, position, question_id, topic, level, minutes, text, variants, points, red_flags,
                      follow_ups, rubric_id, rubric, scale_lo, scale_hi, criteria_count, reused, seconds_spent)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                    """)
            let insertScore = try db.cachedStatement(sql: "INSERT INTO score VALUES (?, ?, ?, ?, ?, ?)")
            let insertCovered = try db.cachedStatement(sql: "INSERT OR IGNORE INTO covered_point VALUES (?, ?, ?, ?)")
            let insertFollowUp = try db.cachedStatement(
                sql: "INSERT INTO follow_up_asked (session_question_id, interviewer_id, follow_up_id, text, recorded_at) VALUES (?, ?, ?, ?, ?)")
            let insertNote = try db.cachedStatement(
                sql: "INSERT INTO note (session_id, session_question_id, interviewer_id, text, recorded_at) VALUES (?, ?, ?, ?, ?)")
            let insertRecommendation = try db.cachedStatement(sql: "INSERT OR REPLACE INTO recommendation VALUES (?, ?, ?, ?, ?)")
            var rubricJSON: [String: String] = [:]
            for generated in sessions {
                let new = generated.session
                let date = new.startedAt
                let candidateID = try person("candidate", new.candidate, date)
                try insertSession.execute(arguments: [
                    candidateID, new.blueprintID, new.blueprintTitle, new.minutes, Int64(bitPattern: new.seed),
                    generated.finishedAt == nil ? "open" : "finished", new.questions.count, date, generated.finishedAt, generated.finishedAt ?? date,
                ])
                let sessionID = db.lastInsertedRowID
                for name in generated.panel { try insertPanel.execute(arguments: [sessionID, try person("interviewer", name, date), date]) }
                var questionRows: [Int: (id: Int64, rubric: Rubric)] = [:]
                for question in new.questions {
                    let rubric = question.rubric
                    if rubricJSON[rubric.id] == nil { rubricJSON[rubric.id] = try SnapshotJSON.encode(rubric) }
                    try insertQuestion.execute(arguments: [
                        sessionID, question.position, question.questionID, question.topic, question.level, question.minutes, question.text,
                        try SnapshotJSON.encode(question.variants), try SnapshotJSON.encode(question.points), try SnapshotJSON.encode(question.redFlags),
                        try SnapshotJSON.encode(question.followUps), rubric.id, rubricJSON[rubric.id], rubric.scale.lowerBound, rubric.scale.upperBound,
                        rubric.criteria.count, question.minutes * 60,
                    ])
                    questionRows[question.position] = (db.lastInsertedRowID, rubric)
                }
                for rating in generated.ratings {
                    guard let question = questionRows[rating.position] else { continue }
                    let interviewerID = try person("interviewer", rating.interviewer, date)
                    for criterion in question.rubric.criteria {
                        guard let value = rating.scores[criterion.id] else { continue }
                        try insertScore.execute(arguments: [question.id, interviewerID, criterion.id, value, criterion.weight, date])
                    }
                    for point in rating.covered { try insertCovered.execute(arguments: [question.id, interviewerID, point, date]) }
                    for followUp in rating.followUps {
                        try insertFollowUp.execute(arguments: [question.id, interviewerID, followUp.id, followUp.text, date])
                    }
                    if let note = rating.note { try insertNote.execute(arguments: [sessionID, question.id, interviewerID, note, date]) }
                }
                for recommendation in generated.recommendations {
                    try insertRecommendation.execute(arguments: [
                        sessionID, try person("interviewer", recommendation.interviewer, date), recommendation.value.rawValue,
                        recommendation.summary, generated.finishedAt ?? date,
                    ])
                }
            }
        }
    }
}
