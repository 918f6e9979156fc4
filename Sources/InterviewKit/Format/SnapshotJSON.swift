import Foundation

/// The compact JSON text of stored snapshots: a drawn question's variants, points, red flags,
/// follow-ups and rubric, frozen when the session was created, and the bank cache's rubrics and
/// blueprints. Keys sorted, so equal values are equal text.
enum SnapshotJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

}
