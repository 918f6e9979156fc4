import Foundation

/// The JSON text of a session's snapshot columns: a drawn question's variants, points, red flags,
/// follow-ups and rubric, frozen when the session was created.
///
/// Reading is on the report's hot path (every question of every session of a candidate), so
/// lists of strings and follow-ups go through ``JSONParser``; anything unexpected falls back to
/// `JSONDecoder`, whose error then says what is wrong.
enum SnapshotJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// A rubric snapshot. Most questions, across sessions too, share a few rubrics: each distinct
    /// text is decoded once per process.
    static func rubric(_ text: String) throws -> Rubric {
        if let known = rubrics.value(for: text) { return known }
        let decoded = try decode(Rubric.self, text)
        rubrics.store(decoded, for: text)
        return decoded
    }

    private static let rubrics = Memo<Rubric>(limit: 256)

    /// Decoded snapshots by their text, bounded (emptied when full), shared by every thread.
    private final class Memo<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String: Value] = [:]
        private let limit: Int

        init(limit: Int) { self.limit = limit }

        func value(for text: String) -> Value? { lock.withLock { values[text] } }

        func store(_ value: Value, for text: String) {
            lock.withLock {
                if values.count >= limit { values.removeAll(keepingCapacity: true) }
                values[text] = value
            }
        }
    }

    static func strings(_ text: String) throws -> [String] {
        if case .array(let values)? = try? JSONParser.parse(text) {
            var strings: [String] = []
            strings.reserveCapacity(values.count)
            for value in values {
                guard case .string(let string) = value else { return try decode([String].self, text) }
                strings.append(string)
            }
            return strings
        }
        return try decode([String].self, text)
    }

    static func followUps(_ text: String) throws -> [FollowUp] {
        if case .array(let values)? = try? JSONParser.parse(text) {
            var followUps: [FollowUp] = []
            followUps.reserveCapacity(values.count)
            for value in values {
                guard case .object(let fields) = value, fields.count == 2, case .string(let id)? = fields["id"],
                    case .string(let text)? = fields["text"]
                else { return try decode([FollowUp].self, text) }
                followUps.append(FollowUp(id: id, text: text))
            }
            return followUps
        }
        return try decode([FollowUp].self, text)
    }
}
