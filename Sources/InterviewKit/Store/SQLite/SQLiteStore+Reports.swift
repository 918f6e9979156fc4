import Foundation
import GRDB

extension SQLiteStore: ReportStore {
    /// Uses the unique index on candidate(name).
    static let candidateIDSQL = "SELECT id FROM candidate WHERE name = ?"
    /// Without `session_question_by_topic` (a file not yet at v3): the questions of the newest
    /// sessions, found through session_by_started and the question's session.
    static let topicsInUseSQL = """
        SELECT DISTINCT sq.topic FROM (SELECT id FROM session ORDER BY started_at DESC LIMIT ?) recent
        JOIN session_question sq ON sq.session_id = recent.id
        ORDER BY sq.topic
        """

    /// All in one read transaction, a consistent snapshot, each table read once for all sessions.
    public func sessions(ofCandidate candidate: String) throws(StoreError) -> [SessionRecord] {
        try read { db in
            guard let candidateID = try Int64.fetchOne(db, sql: Self.candidateIDSQL, arguments: [candidate]) else {
                throw StoreError.unknownCandidate(candidate)
            }
            return try Self.sessions(db, .candidate, candidateID)
        }
    }

    public func topicsInUse(recentSessions limit: Int) throws(StoreError) -> [String] {
        try read { db in
            guard try Bool.fetchOne(db, sql: Self.topicIndexSQL) ?? false else {
                return try String.fetchAll(db, sql: Self.topicsInUseSQL, arguments: [max(limit, 0)])
            }
            return try Self.topicsInUse(db, recent: Int64.fetchAll(db, sql: Self.recentSessionsSQL, arguments: [max(limit, 0)]))
        }
    }

    static let topicIndexSQL = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'session_question_by_topic'"
    /// Uses session_by_started.
    static let recentSessionsSQL = "SELECT id FROM session ORDER BY started_at DESC LIMIT ?"
    /// These three use session_question_by_topic (topic, session_id).
    static let firstTopicSQL = "SELECT topic FROM session_question ORDER BY topic LIMIT 1"
    static let nextTopicSQL = "SELECT topic FROM session_question WHERE topic > ? ORDER BY topic LIMIT 1"
    static let topicSessionsSQL = "SELECT session_id FROM session_question WHERE topic = ? AND session_id >= ? ORDER BY session_id DESC"

    /// The distinct topics, in byte order, that a question of one of the `recent` sessions has.
    /// One index seek finds each next topic; its sessions are read newest first, from the oldest
    /// recent session's id up, until one is recent. Session ids grow with time as sessions are
    /// recorded, so a topic in use stops at its first row and a topic out of use reads none; ids
    /// out of step with time only make the walk longer, never the answer different.
    static func topicsInUse(_ db: Database, recent: [Int64]) throws -> [String] {
        guard let oldest = recent.min() else { return [] }
        let recent = Set(recent)
        func topic(after previous: String?) throws -> String? {
            guard let previous else { return try String.fetchOne(db.cachedStatement(sql: firstTopicSQL)) }
            return try String.fetchOne(db.cachedStatement(sql: nextTopicSQL), arguments: [previous])
        }
        var topics: [String] = []
        var next = try topic(after: nil)
        while let current = next {
            let sessions = try Int64.fetchCursor(db.cachedStatement(sql: topicSessionsSQL), arguments: [current, oldest])
            while let session = try sessions.next() {
                if recent.contains(session) {
                    topics.append(current)
                    break
                }
            }
            next = try topic(after: current)
        }
        return topics
    }
}

extension SQLiteStore {
    public func scorecards(pausedBefore: Date) throws(StoreError) -> [ScorecardRow] {
        try read { db in
            let paused = try Row.fetchAll(db, sql: PendingSQL.paused(parameter: "?"), arguments: [pausedBefore]).map { row in
                ScorecardRow(
                    session: row["id"], candidate: row["candidate"], status: .open, since: row["since"], interviewer: row["interviewer"])
            }
            let owed = try Row.fetchAll(db, sql: PendingSQL.scorecards).map { row in
                ScorecardRow(
                    session: row["id"], candidate: row["candidate"], status: .finished, since: row["since"], interviewer: row["interviewer"],
                    lastScoredAt: row["scored_at"], recommendation: (row["recommendation"] as String?).flatMap(Recommendation.init(rawValue:)),
                    summary: row["summary"], recommendedAt: row["recommended_at"], recommendations: row["recommendations"])
            }
            return paused + owed
        }
    }
}
