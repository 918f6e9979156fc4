import Foundation

/// The recording operations of ``SessionStore``, written once over any backend's transaction:
/// look up the session and question, apply ``RecordingRules``, hand the checked changes to the
/// backend.
struct Recorder {
    let db: any RecordingTransaction

    func record(_ events: [SessionEvent], session: Int64, question: String?, interviewer: String, at date: Date) throws {
        try RecordingRules.checkOpen(try status(of: session), session: session)
        let interviewerID = try db.join(session: session, interviewer: interviewer, at: date)
        guard let question else {
            for change in RecordingRules.sessionChanges(for: events) {
                try db.apply(change, session: session, question: nil, interviewer: interviewerID, at: date)
            }
            try db.touch(session: session, at: date)
            return
        }
        let asked = try askedQuestion(session: session, question: question)
        let rubric = try SnapshotJSON.decode(Rubric.self, asked.rubricJSON)
        for change in try RecordingRules.changes(for: events, question: asked, rubric: rubric) {
            try db.apply(change, session: session, question: asked.id, interviewer: interviewerID, at: date)
        }
        try db.touch(session: session, at: date)
    }

    func move(session: Int64, to position: Int, leaving question: String?, seconds: Int, at date: Date) throws {
        _ = try status(of: session)
        if let question, seconds > 0 {
            try db.addSeconds(seconds, question: try askedQuestion(session: session, question: question).id)
        }
        try db.setPosition(max(0, position), session: session, at: date)
    }

    func recommend(
        session: Int64, interviewer: String, recommendation: Recommendation, summary: String?, finish: Bool, at date: Date
    ) throws {
        let status = try status(of: session)
        let interviewerID = try db.join(session: session, interviewer: interviewer, at: date)
        try db.recommend(recommendation, summary: summary, session: session, interviewer: interviewerID, at: date)
        if RecordingRules.closes(status, finish: finish) {
            try db.markFinished(session: session, at: date)
        } else {
            try db.touch(session: session, at: date)
        }
    }

    private func status(of session: Int64) throws -> SessionSummary.Status {
        guard let status = try db.status(of: session) else { throw StoreError.unknownSession(String(session)) }
        return status == SessionSummary.Status.open.rawValue ? .open : .finished
    }

    private func askedQuestion(session: Int64, question: String) throws -> AskedRow {
        guard let row = try db.askedQuestion(session: session, question: question) else {
            throw StoreError.unknownQuestion(session: session, question: question, known: try db.questionIDs(session: session))
        }
        return row
    }
}
