import Foundation

/// What a report is about (one session, or all of a candidate's sessions) and who reads it: the
/// library call behind `interview report`.
public struct ReportQuery: Sendable, Equatable {
    public enum Subject: Sendable, Equatable {
        case session(Int64)
        case candidate(String)
    }

    public var subject: Subject
    /// Show what this panel member may see (``PanelVisibility``); nil shows everything.
    public var viewer: String?

    /// How many of the newest sessions define the topics "in use" for the never-asked list.
    public static let recentSessions = 500

    public init(subject: Subject, viewer: String? = nil) {
        self.subject = subject
        self.viewer = viewer
    }

    /// The report document, read from `store` and built with `settings`. A candidate's report
    /// carries the fair score, estimated against `anchor` from the candidate's finished sessions,
    /// when an anchor is given and no panel member's view is asked for (the fair score uses every
    /// interviewer's scores).
    public func document(from store: any ReportStore, settings: ReportSettings, anchor: FacetAnchor? = nil) throws -> ReportDocument {
        let builder = ReportBuilder(settings: settings)
        switch subject {
        case .candidate(let name):
            let records = try store.sessions(ofCandidate: name)
            let fair = viewer == nil ? anchor.flatMap { $0.estimate(candidate: name, rows: Self.facetRows(records, scale: $0.scale)) } : nil
            return try builder.candidate(
                name, records: records.map(visible), topicsInUse: try store.topicsInUse(recentSessions: Self.recentSessions), fair: fair)
        case .session(let id):
            return builder.session(visible(try store.session(id)))
        }
    }

    /// The anchor a candidate report's fair score needs (``DatabaseFit/anchor(_:cache:)``); nil
    /// for a session report, a panel member's view, or data too thin to fit.
    public func fairAnchor(_ store: any AnalyticsStore) throws(StoreError) -> FacetAnchor? {
        guard case .candidate = subject, viewer == nil else { return nil }
        do {
            return try DatabaseFit.anchor(store)
        } catch let error as StoreError {
            throw error
        } catch {
            return nil
        }
    }

    /// The candidate's criterion scores as the database fit takes them: every score of their
    /// finished sessions on the fit's scale.
    static func facetRows(_ records: [SessionRecord], scale: ScoreScale) -> [FacetRating] {
        records.filter { $0.status == .finished }.flatMap { record in
            record.questions.filter { ScoreScale(lo: $0.asked.rubric.scale.lowerBound, hi: $0.asked.rubric.scale.upperBound) == scale }
                .flatMap { question in
                    question.marks.sorted { $0.key < $1.key }.flatMap { interviewer, marks in
                        marks.scores.sorted { $0.key < $1.key }.map { criterion, score in
                            FacetRating(
                                candidate: record.candidate, question: question.asked.questionID, interviewer: interviewer, criterion: criterion,
                                score: score)
                        }
                    }
                }
        }
    }

    func visible(_ record: SessionRecord) -> SessionRecord {
        viewer.map { PanelVisibility.record(record, seenBy: $0) } ?? record
    }
}
