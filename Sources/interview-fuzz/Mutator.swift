import Foundation
import InterviewKit

/// Turns a seed input into a new case, reproducibly from a generator: random bytes, bit flips,
/// cut and spliced ranges, YAML punctuation, deep nesting, huge numbers.
struct Mutator {
    static let tokens: [String] = [
        ":", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!binary ", "!!int ", "!!float ", "!<tag:x> ", "\t", "\0", "%YAML 1.1\n",
        "---\n", "...\n", "'", "\"", "? ", "|", ">-", "#", "\n", "\r\n", "  ", "<<: *a\n", "~", "null", "true", ".nan", "-.inf",
        "0x7FFFFFFFFFFFFFFF", "99999999999999999999999", "-1", "1e308", "\u{FEFF}", "é", "\u{202E}", "\u{FFFF}", "id: ", "level: staff",
        "minutes: ", "topics: ", "questions: ", "weight: ", "scale: [1, 4]", "anchors: ", "criteria: ",
    ]

    var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func below(_ bound: Int) -> Int {
        bound <= 1 ? 0 : Int(generator.next() % UInt64(bound))
    }

    mutating func randomBytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    }

    /// One case from `seeds`: a one-in-eight chance of pure random bytes, else one to eight
    /// mutations of a seed.
    mutating func makeCase(from seeds: [Data]) -> Data {
        if seeds.isEmpty || below(8) == 0 { return Data(randomBytes(below(4096))) }
        var bytes = [UInt8](seeds[below(seeds.count)])
        for _ in 0...below(8) { mutate(&bytes) }
        return Data(bytes)
    }

    mutating func mutate(_ bytes: inout [UInt8]) {
        let position = below(bytes.count + 1)
        switch below(10) {
        case 0:  // flip bits
            for _ in 0...below(16) where !bytes.isEmpty { bytes[below(bytes.count)] ^= UInt8(1 << below(8)) }
        case 1:  // delete a range
            let end = min(bytes.count, position + below(256))
            bytes.removeSubrange(position..<end)
        case 2:  // insert random bytes
            bytes.insert(contentsOf: randomBytes(below(64) + 1), at: position)
        case 3:  // insert a YAML token
            bytes.insert(contentsOf: Array(Self.tokens[below(Self.tokens.count)].utf8), at: position)
        case 4:  // duplicate a range somewhere else
            let end = min(bytes.count, position + below(512))
            let piece = Array(bytes[position..<end])
            bytes.insert(contentsOf: piece, at: below(bytes.count + 1))
        case 5:  // truncate
            bytes.removeSubrange(position..<bytes.count)
        case 6:  // deep nesting
            let depth = below(5000) + 1
            let open: UInt8 = below(2) == 0 ? UInt8(ascii: "[") : UInt8(ascii: "{")
            bytes.insert(contentsOf: [UInt8](repeating: open, count: depth), at: position)
        case 7:  // swap two lines
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            guard lines.count > 1 else { return }
            lines.swapAt(below(lines.count), below(lines.count))
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case 8:  // re-indent a line
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let index = below(lines.count)
            lines[index] = ArraySlice([UInt8](repeating: UInt8(ascii: " "), count: below(12)) + lines[index].drop { $0 == UInt8(ascii: " ") })
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        default:  // aliases: one anchor referenced many times
            let alias = "x: &a [1, 2, 3, 4, 5, 6, 7, 8]\ny: [" + Array(repeating: "*a", count: below(64) + 1).joined(separator: ", ") + "]\n"
            bytes.insert(contentsOf: Array(alias.utf8), at: position)
        }
    }
}
