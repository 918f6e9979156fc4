/// Writes JSON byte for byte as ``JSONText/encode(_:)`` does (Foundation's `JSONEncoder`, pretty
/// printed: two spaces a level, `" : "` after keys, keys sorted by their UTF-8 bytes, slashes
/// unescaped, a Double as its shortest description without a trailing `.0`), straight into bytes,
/// with no `Encodable` in between. The caller writes each object's keys in that sorted order.
///
/// For outputs too large for the encoder: `compare --all` on 10,000 candidates writes 40 MB of
/// JSON, which `JSONEncoder` took 1.6 s and over 100 MB to encode (the command's budget is 1 s
/// and 256 MB); tests pin every shape written this way to `JSONText.encode`'s output.
struct PrettyJSONWriter {
    /// A NaN or an infinity, which `JSONEncoder` refuses too.
    struct NonFiniteNumber: Error {}

    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the innermost open object or array has no member yet.
    private var empty = true

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A line break after the document.
    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    // MARK: - Containers

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `name` of the open object (a key that needs no escape, of the shape the
    /// caller writes): its value is written next.
    mutating func key(_ name: StaticString) {
        member()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append("\" : ")
    }

    /// The member `name` with a number value.
    mutating func member(_ name: StaticString, _ value: Double) throws(NonFiniteNumber) {
        key(name)
        try double(value)
    }

    /// The member `name` with a number value, or null.
    mutating func member(_ name: StaticString, _ value: Double?) throws(NonFiniteNumber) {
        key(name)
        try double(value)
    }

    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// The member `name` with a list of strings.
    mutating func member(_ name: StaticString, strings: [String]) {
        key(name)
        openArray()
        for value in strings {
            element()
            string(value)
        }
        closeArray()
    }

    /// The member `name` with a list of values that write themselves.
    mutating func member(_ name: StaticString, _ values: [some PrettyJSONWritable]) throws(NonFiniteNumber) {
        key(name)
        openArray()
        for value in values {
            element()
            try value.write(to: &self)
        }
        closeArray()
    }

    /// The member `name` with a value that writes itself, or null.
    mutating func member(_ name: StaticString, _ value: (some PrettyJSONWritable)?) throws(NonFiniteNumber) {
        key(name)
        if let value { try value.write(to: &self) } else { null() }
    }

    /// The member `name` with a string value (null for nil).
    mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// The member `name` with a whole-number value.
    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    /// Starts the member named by the value `name` (escaped as every string is).
    mutating func key(string name: String) {
        member()
        string(name)
        append(" : ")
    }

    /// Starts the next element of the open array: its value is written next.
    mutating func element() { member() }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(UInt8(ascii: "\n"))
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        indent()
        bytes.append(bracket)
        empty = false
    }

    private mutating func member() {
        if !empty { append(",\n") }
        empty = false
        indent()
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    // MARK: - Values

    mutating func null() { append("null") }

    mutating func bool(_ value: Bool) { value ? append("true") : append("false") }

    mutating func int(_ value: Int) { bytes.append(contentsOf: value.description.utf8) }

    mutating func uint(_ value: UInt64) { bytes.append(contentsOf: value.description.utf8) }

    mutating func double(_ value: Double) throws(NonFiniteNumber) {
        guard value.isFinite else { throw NonFiniteNumber() }
        let text = value.description
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    mutating func double(_ value: Double?) throws(NonFiniteNumber) {
        if let value { try double(value) } else { null() }
    }

    /// Quoted, with `"`, `\` and control characters escaped as `JSONEncoder` escapes them.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x00..<0x20:
                let hex: StaticString = "0123456789abcdef"
                append("\\u00")
                bytes.append(hex.utf8Start[Int(byte / 16)])
                bytes.append(hex.utf8Start[Int(byte % 16)])
            default: bytes.append(byte)
            }
        }
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }
}

/// A value that writes itself with a ``PrettyJSONWriter`` (as `JSONEncoder` would encode it).
protocol PrettyJSONWritable {
    func write(to writer: inout PrettyJSONWriter) throws(PrettyJSONWriter.NonFiniteNumber)
}
