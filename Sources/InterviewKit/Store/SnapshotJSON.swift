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
