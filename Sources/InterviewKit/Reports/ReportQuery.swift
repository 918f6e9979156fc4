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
    /// carries the fair score when `fit` is given and no panel member's view is asked for (the fit
    /// uses every interviewer's scores).
    public func document(from store: any ReportStore, settings: ReportSettings, fit: FacetFit? = nil) throws -> ReportDocument {
        let builder = ReportBuilder(settings: settings)
        switch subject {
        case .candidate(let name):
            return try builder.candidate(
                name, records: try store.sessions(ofCandidate: name).map(visible),
                topicsInUse: try store.topicsInUse(recentSessions: Self.recentSessions), fit: viewer == nil ? fit : nil)
        case .session(let id):
            return builder.session(visible(try store.session(id)))
        }
    }

    /// The fit a candidate report needs, from the database (cached until the next score); nil
    /// for a session report, a panel member's view, or data too thin to fit.
    public func fairFit(_ store: any AnalyticsStore) throws(StoreError) -> FacetFit? {
        guard case .candidate = subject, viewer == nil else { return nil }
        do {
            return try DatabaseFit.load(store)
        } catch let error as StoreError {
            throw error
        } catch {
            return nil
        }
    }

    func visible(_ record: SessionRecord) -> SessionRecord {
        viewer.map { PanelVisibility.record(record, seenBy: $0) } ?? record
    }
}
