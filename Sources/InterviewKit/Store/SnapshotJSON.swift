import Foundation

/// The JSON text of a session's snapshot columns: a drawn question's variants, points, red flags,
/// follow-ups and rubric, frozen when the session was created; and of the bank cache's rubrics
/// and blueprints.
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
        let parsed = (try? JSONParser.parse(text)).flatMap(rubric(from:))
        let decoded = try parsed ?? decode(Rubric.self, text)
        rubrics.store(decoded, for: text)
        return decoded
    }

    private static let rubrics = Memo<Rubric>(limit: 256)

    /// The rubric a snapshot holds when it has exactly the shape `Rubric`'s `Codable` writes; nil
    /// for anything else, which `JSONDecoder` then reads or explains.
    static func rubric(from value: JSONValue) -> Rubric? {
        guard case .object(let fields) = value, Set(fields.keys).isSubset(of: ["id", "title", "scale", "criteria", "location"]),
            case .string(let id)? = fields["id"], case .array(let scale)? = fields["scale"], scale.count == 2,
            case .int(let lower) = scale[0], case .int(let upper) = scale[1], lower <= upper,
            case .array(let items)? = fields["criteria"], let title = optionalString(fields["title"]),
            let location = location(fields["location"])
        else { return nil }
        var criteria: [Criterion] = []
        criteria.reserveCapacity(items.count)
        for item in items {
            guard case .object(let fields) = item, Set(fields.keys).isSubset(of: ["id", "title", "weight", "anchors"]),
                case .string(let id)? = fields["id"], let title = optionalString(fields["title"]),
                case .object(let anchorFields)? = fields["anchors"]
            else { return nil }
            let weight: Double
            switch fields["weight"] {
            case .int(let value)?: weight = Double(value)
            case .double(let value)?: weight = value
            default: return nil
            }
            var anchors: [Int: String] = [:]
            for (key, anchor) in anchorFields {
                guard let level = Int(key), String(level) == key, case .string(let text) = anchor else { return nil }
                anchors[level] = text
            }
            criteria.append(Criterion(id: id, title: title, weight: weight, anchors: anchors))
        }
        return Rubric(id: id, title: title, scale: lower...upper, criteria: criteria, location: location)
    }

    /// A blueprint as the bank cache keeps it: read without `JSONDecoder` when it has exactly the
    /// shape `Blueprint`'s `Codable` writes, through the decoder otherwise.
    static func blueprint(_ text: String) throws -> Blueprint {
        if let value = try? JSONParser.parse(text), let blueprint = blueprint(from: value) { return blueprint }
        return try decode(Blueprint.self, text)
    }

    /// The blueprint a value holds when it has exactly the shape `Blueprint`'s `Codable` writes;
    /// nil for anything else.
    static func blueprint(from value: JSONValue) -> Blueprint? {
        guard case .object(let fields) = value,
            Set(fields.keys).isSubset(of: ["id", "title", "description", "minutes", "questions", "topics", "levels", "rubric", "focus", "path"]),
            case .string(let id)? = fields["id"], case .string(let title)? = fields["title"],
            case .some(let description) = optionalString(fields["description"]), case .int(let minutes)? = fields["minutes"],
            case .int(let questions)? = fields["questions"], let topics = fields["topics"].flatMap(weightTable(from:)),
            case .some(let rubric) = optionalString(fields["rubric"]), case .string(let focusName)? = fields["focus"],
            let focus = Blueprint.Focus(rawValue: focusName), case .string(let path)? = fields["path"]
        else { return nil }
        var levels: WeightTable?
        if let value = fields["levels"] {
            guard let table = weightTable(from: value) else { return nil }
            levels = table
        }
        return Blueprint(
            id: id, title: title, description: description, minutes: minutes, questions: questions, topics: topics, levels: levels,
            rubric: rubric, focus: focus, path: path)
    }

    private static func weightTable(from value: JSONValue) -> WeightTable? {
        guard case .object(let fields) = value, fields.count == 2, case .array(let items)? = fields["entries"],
            case .bool(let integral)? = fields["integral"]
        else { return nil }
        var entries: [WeightTable.Entry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            guard case .object(let fields) = item, Set(fields.keys).isSubset(of: ["id", "weight", "location"]),
                case .string(let id)? = fields["id"], let location = location(fields["location"])
            else { return nil }
            switch fields["weight"] {
            case .int(let weight)?: entries.append(WeightTable.Entry(id: id, weight: Double(weight), location: location))
            case .double(let weight)?: entries.append(WeightTable.Entry(id: id, weight: weight, location: location))
            default: return nil
            }
        }
        return WeightTable(entries: entries, integral: integral)
    }

    /// A source location snapshot.
    static func sourceLocation(_ text: String) throws -> SourceLocation {
        if let value = try? JSONParser.parse(text), case .some(let location?) = location(value) { return location }
        return try decode(SourceLocation.self, text)
    }

    /// `.some(nil)` for an absent field, the location for a `SourceLocation` object, nil for anything else.
    private static func location(_ value: JSONValue?) -> SourceLocation?? {
        guard let value else { return .some(nil) }
        guard case .object(let fields) = value, fields.count == 3, case .string(let path)? = fields["path"],
            case .int(let line)? = fields["line"], case .int(let column)? = fields["column"]
        else { return nil }
        return .some(SourceLocation(path: path, line: line, column: column))
    }

    /// `.some(nil)` for an absent field, the text for a string, nil for anything else.
    private static func optionalString(_ value: JSONValue?) -> String?? {
        switch value {
        case nil: return .some(nil)
        case .string(let text)?: return .some(text)
        default: return nil
        }
    }

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
