import Foundation

/// A backend that records through a ``RecordingTransaction``: it supplies the transaction, and
/// the recording operations of ``SessionStore`` are written once here, over ``Recorder``.
protocol RecordingStore: SessionStore {
    /// Runs `body` in one committed read-write transaction; a thrown error rolls it back.
    func recording<T>(_ body: (any RecordingTransaction) throws -> T) throws(StoreError) -> T
}

extension RecordingStore {
    public func record(_ events: [SessionEvent], session: Int64, question: String?, interviewer: String, at date: Date) throws(StoreError) {
        try recording { try Recorder(db: $0).record(events, session: session, question: question, interviewer: interviewer, at: date) }
    }

    public func move(session: Int64, to position: Int, leaving question: String?, seconds: Int, at date: Date) throws(StoreError) {
        try recording { try Recorder(db: $0).move(session: session, to: position, leaving: question, seconds: seconds, at: date) }
    }

    public func recommend(
        session: Int64, interviewer: String, recommendation: Recommendation, summary: String?, finish: Bool, at date: Date
    ) throws(StoreError) {
        try recording {
            try Recorder(db: $0).recommend(
                session: session, interviewer: interviewer, recommendation: recommendation, summary: summary, finish: finish, at: date)
        }
    }
}
