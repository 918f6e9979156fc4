import Foundation
import Yams

/// Reads a composed YAML node tree field by field, recording every schema problem with the
/// file, the line of the node and its key path, instead of stopping at the first.
final class SchemaReader {
    let path: String
    private(set) var diagnostics: [BankDiagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// A mapping node and where it sits.
    struct Object {
        let node: Node.Mapping
        let keyPath: String
        var location: SourceLocation? { node.mark.map { SourceLocation(path: "", line: $0.line, column: $0.column) } }
    }

    func fail(_ node: Node?, _ keyPath: String, _ message: String, severity: BankDiagnostic.Severity = .error) {
        diagnostics.append(
            BankDiagnostic(path: path, line: node?.mark?.line, keyPath: keyPath.isEmpty ? nil : keyPath, message: message, severity: severity)
        )
    }

    func location(_ node: Node?) -> SourceLocation? {
        node?.mark.map { SourceLocation(path: path, line: $0.line, column: $0.column) }
    }

    static func join(_ base: String, _ key: String) -> String { base.isEmpty ? key : base + "." + key }

    func object(_ node: Node?, _ keyPath: String) -> Object? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            fail(node, keyPath, "expected a mapping of fields, found \(Self.kind(node))")
            return nil
        }
        return Object(node: mapping, keyPath: keyPath)
    }

    /// Records every key not in `allowed` (a misspelt field must not silently lose data) and every
    /// key given twice.
    func checkKeys(_ object: Object, allowed: [String]) {
        var seen: Set<String> = []
        for (key, _) in object.node {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let hint = Self.closest(name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                fail(key, Self.join(object.keyPath, name), "unknown field '\(name)'\(hint); allowed: \(allowed.joined(separator: ", "))")
            } else if !seen.insert(name).inserted {
                fail(key, Self.join(object.keyPath, name), "field '\(name)' given twice")
            }
        }
    }

    func value(_ object: Object, _ key: String) -> Node? {
        for (k, v) in object.node where k.string == key { return v }
        return nil
    }

    func keyNode(_ object: Object, _ key: String) -> Node? {
        for (k, _) in object.node where k.string == key { return k }
        return nil
    }

    /// The value of a field that is present and not null; records a missing required field.
    func field(_ object: Object, _ key: String, required: Bool) -> Node? {
        guard let node = value(object, key), !Self.isNull(node) else {
            if required { fail(.mapping(object.node), Self.join(object.keyPath, key), "missing required field '\(key)'") }
            return nil
        }
        return node
    }

    func string(_ object: Object, _ key: String, required: Bool = true) -> String? {
        field(object, key, required: required).flatMap { scalarString($0, Self.join(object.keyPath, key)) }
    }

    func scalarString(_ node: Node, _ keyPath: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, keyPath, "expected text, found \(Self.kind(node))")
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            fail(node, keyPath, "must not be empty")
            return nil
        }
        return text
    }

    func int(_ object: Object, _ key: String, required: Bool = true) -> Int? {
        let keyPath = Self.join(object.keyPath, key)
        guard let node = field(object, key, required: required) else { return nil }
        guard case .scalar = node, node.tagName == .int, let number = node.int else {
            fail(node, keyPath, "expected a whole number, found \(Self.describe(node))")
            return nil
        }
        return number
    }

    /// A `true` or `false` (YAML 1.2's core spellings, any case).
    func bool(_ object: Object, _ key: String, required: Bool = true) -> Bool? {
        let keyPath = Self.join(object.keyPath, key)
        guard let node = field(object, key, required: required) else { return nil }
        guard case .scalar(let scalar) = node, node.tagName == .bool else {
            fail(node, keyPath, "expected true or false, found \(Self.describe(node))")
            return nil
        }
        return scalar.string.lowercased() == "true"
    }

    func stringList(_ object: Object, _ key: String, required: Bool = false) -> [String] {
        sequence(object, key, required: required).compactMap { item, keyPath in scalarString(item, keyPath) }
    }

    func sequence(_ object: Object, _ key: String, required: Bool = false) -> [(node: Node, keyPath: String)] {
        let keyPath = Self.join(object.keyPath, key)
        guard let node = field(object, key, required: required) else { return [] }
        guard case .sequence(let sequence) = node else {
            fail(node, keyPath, "expected a list, found \(Self.kind(node))")
            return []
        }
        return sequence.enumerated().map { ($1, keyPath + "[\($0)]") }
    }

    static func isNull(_ node: Node) -> Bool { node.tagName == .null }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func describe(_ node: Node) -> String {
        if case .scalar(let scalar) = node { return "'\(scalar.string)'" }
        return kind(node)
    }

    /// The allowed name a misspelling most likely meant (edit distance at most 2).
    static func closest(_ name: String, in allowed: [String]) -> String? {
        let scored = allowed.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Node {
    /// The resolved tag (`int`, `float`, `str`, `null`, …) of a value.
    ///
    /// Files are composed with Yams's basic resolver, which types every untagged scalar as text:
    /// the default one tries a regular expression per YAML type on every scalar and mapping key,
    /// which made a 10,000-question bank take seconds to read. An untagged plain scalar is typed
    /// here instead, by the default rules, and only when it could be anything but text.
    var tagName: Tag.Name {
        // A value's tag is resolved only when asked for: until then it is empty unless written.
        guard case .scalar(let scalar) = self, scalar.style == .plain, scalar.tag.rawValue.isEmpty else { return Tag.Name(rawValue: tag.rawValue) }
        return Self.implicitTag(scalar.string)
    }

    /// The resolved tag of a mapping key. Keys were resolved (as text) when the parser checked
    /// them for duplicates, so a plain key is typed by the default rules here.
    var keyTagName: Tag.Name {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return Tag.Name(rawValue: tag.rawValue) }
        return Self.implicitTag(scalar.string)
    }

    private static func implicitTag(_ text: String) -> Tag.Name {
        if let first = text.utf8.first, !numberStarts.contains(first), text.utf8.count > 5 { return .str }
        return Tag.Name(rawValue: Node(text, Tag(.implicit), .plain).tag.rawValue)
    }

    /// The first bytes of numbers and timestamps; every other implicit YAML 1.1 type but text
    /// (bool, null, merge, value in Yams's `Resolver.default`) is at most five characters long.
    private static let numberStarts = Set("0123456789+-.".utf8)
}
