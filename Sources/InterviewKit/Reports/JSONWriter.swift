/// Writes a ``JSONValue`` tree as text, byte for byte what ``JSONText`` produces through
/// `JSONEncoder` (pretty-printed, sorted keys, slashes unescaped), without its cost: reports are
/// written on every command and the encoder's boxing was a third of `report --candidate`.
enum JSONWriter {
    static func write(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        write(value, indent: 0, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .null: literal("null", to: &output)
        case .bool(let flag): literal(flag ? "true" : "false", to: &output)
        case .int(let number): text(String(number), to: &output)
        case .uint(let number): text(String(number), to: &output)
        case .double(let number): text(format(number), to: &output)
        case .string(let text): writeString(text, into: &output)
        case .array(let values):
            literal("[\n", to: &output)
            for (index, element) in values.enumerated() {
                pad(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
                literal(index == values.count - 1 ? "\n" : ",\n", to: &output)
            }
            if values.isEmpty { output.append(UInt8(ascii: "\n")) }
            pad(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let fields):
            literal("{\n", to: &output)
            let sorted = fields.sorted { $0.key < $1.key }
            for (index, field) in sorted.enumerated() {
                pad(indent + 1, into: &output)
                writeString(field.key, into: &output)
                literal(" : ", to: &output)
                write(field.value, indent: indent + 1, into: &output)
                literal(index == sorted.count - 1 ? "\n" : ",\n", to: &output)
            }
            if sorted.isEmpty { output.append(UInt8(ascii: "\n")) }
            pad(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Shortest round-trip digits, integral values without a fraction, non-finite values as 0
    /// (JSON has no NaN or infinity).
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Appends a short literal byte by byte: cheaper for a few bytes than `append(contentsOf:)`,
    /// whose generic bookkeeping costs about a hundred instructions a call.
    private static func literal(_ literal: StaticString, to output: inout [UInt8]) {
        literal.withUTF8Buffer { bytes in
            for byte in bytes { output.append(byte) }
        }
    }

    /// Appends a short text (a number) byte by byte.
    private static func text(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 { output.append(byte) }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func pad(_ level: Int, into output: inout [UInt8]) {
        var left = 2 * level
        spaces.withUnsafeBufferPointer { spaces in
            while left > 0 {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: spaces.prefix(left)))
                left -= spaces.count
            }
        }
    }

    /// Escapes work on UTF-8 bytes: every byte that needs one is ASCII, and no byte of a
    /// multi-byte sequence is.
    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape at all: copied whole, straight from their storage.
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): literal(#"\""#, to: &output)
            case UInt8(ascii: "\\"): literal(#"\\"#, to: &output)
            case UInt8(ascii: "\n"): literal(#"\n"#, to: &output)
            case UInt8(ascii: "\r"): literal(#"\r"#, to: &output)
            case UInt8(ascii: "\t"): literal(#"\t"#, to: &output)
            case 0x08: literal(#"\b"#, to: &output)
            case 0x0C: literal(#"\f"#, to: &output)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                literal(#"\u00"#, to: &output)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
