#if PostgreSQL
import Foundation
import PostgresNIO

extension PostgresStore: StandingsStore {
    /// The reads of ``forEachQuestionScore(_:_:)``, ``participation(_:)`` and
    /// ``recommendations(_:)`` for no filter, with candidates by id, in one snapshot.
    public func standingsInputs() throws(StoreError) -> StandingsInputs {
        try read { db in
            var inputs = StandingsInputs()
            var slots: [Int64: Int] = [:]
            for row in try db.query("SELECT candidate_id, COUNT(*) FROM session GROUP BY candidate_id ORDER BY candidate_id") {
                let (id, sessions) = (try row[0].decode(Int64.self), try row[1].decode(Int.self))
                slots[id] = inputs.candidates.count
                inputs.candidates.append(StandingsInputs.Candidate(id: id, sessions: sessions))
            }
            // Numbered in the order of their names (byte order, as SQLite sorts them).
            var interviewers: [Int64: Int] = [:]
            for row in try db.query(#"SELECT id, name FROM interviewer ORDER BY name COLLATE "C""#) {
                let (id, name) = (try row[0].decode(Int64.self), try row[1].decode(String.self))
                interviewers[id] = inputs.interviewers.count
                inputs.interviewers.append(name)
            }
            for row in try db.query(
                "SELECT DISTINCT s.candidate_id, si.interviewer_id FROM session s JOIN session_interviewer si ON si.session_id = s.id")
            {
                let (candidate, interviewer) = (try row[0].decode(Int64.self), try row[1].decode(Int64.self))
                guard let slot = slots[candidate], let number = interviewers[interviewer] else { continue }
                inputs.candidates[slot].interviewers.append(number)
            }
            for slot in inputs.candidates.indices { inputs.candidates[slot].interviewers.sort() }
            for row in try db.query(
                "SELECT s.candidate_id, r.value FROM recommendation r JOIN session s ON s.id = r.session_id ORDER BY s.started_at, r.recorded_at")
            {
                let (candidate, value) = (try row[0].decode(Int64.self), try row[1].decode(String.self))
                guard let slot = slots[candidate], let recommendation = Recommendation(rawValue: value) else { continue }
                inputs.candidates[slot].recommendations.append(recommendation)
            }
            // As in forEachQuestionScore: one process aggregates the scores once.
            try db.query("SET LOCAL max_parallel_workers_per_gather = 0")
            var topics: [String: Int] = [:]
            try db.forEach(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT s.candidate_id, sq.topic, AVG(r.score)
                        FROM \(AnalyticsSQL.completeRatings)
                        JOIN session s ON s.id = sq.session_id
                        WHERE s.status = 'finished'
                        GROUP BY sq.id, s.candidate_id ORDER BY sq.id
                        """, binds: PostgresBindings())
            ) { row in
                let (candidate, topic, score) = try row.decode((Int64, String, Double).self)
                guard let slot = slots[candidate] else { return }
                let number = topics[topic] ?? inputs.topics.count
                if number == inputs.topics.count {
                    topics[topic] = number
                    inputs.topics.append(topic)
                }
                inputs.candidates[slot].topics.append(number)
                inputs.candidates[slot].scores.append(score)
            }
            return inputs
        }
    }
}
#endif
