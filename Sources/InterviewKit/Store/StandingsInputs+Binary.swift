import Foundation

/// The kept form of ``StandingsInputs`` in the ``ResultCache``: little-endian numbers, each score's
/// exact bits. Measured on 100,000 sessions (570,000 question scores), `JSONDecoder` took 0.9 s
/// to read the same inputs back, most of `compare --all`'s 1 s budget; this form takes a few ms.
extension StandingsInputs {
    private static let magic: [UInt8] = Array("standings-1\n".utf8)

    /// The inputs as bytes, read back by ``init(encoded:)``.
    public func encoded() -> Data {
        var writer = Writer()
        writer.bytes.append(contentsOf: Self.magic)
        for list in [topics, interviewers] {
            writer.count(list.count)
            for text in list {
                writer.count(text.utf8.count)
                writer.bytes.append(contentsOf: text.utf8)
            }
        }
        writer.count(candidates.count)
        for candidate in candidates {
            writer.integer(UInt64(bitPattern: candidate.id))
            writer.count(candidate.sessions)
            writer.count(candidate.interviewers.count)
            for interviewer in candidate.interviewers { writer.count(interviewer) }
            writer.count(candidate.recommendations.count)
            for recommendation in candidate.recommendations {
                writer.bytes.append(UInt8(Recommendation.allCases.firstIndex(of: recommendation) ?? 0))
            }
            writer.count(candidate.scores.count)
            for topic in candidate.topics { writer.count(topic) }
            for score in candidate.scores { writer.integer(score.bitPattern) }
        }
        return Data(writer.bytes)
    }

    /// The inputs ``encoded()`` wrote, or nil for bytes it did not write (another format, a
    /// truncated or damaged file): never an index out of its list (``isConsistent``).
    public init?(encoded data: Data) {
        var reader = Reader(bytes: [UInt8](data))
        guard reader.take(Self.magic.count) == Self.magic[...] else { return nil }
        var lists: [[String]] = []
        for _ in 0..<2 {
            guard let count = reader.count() else { return nil }
            var list: [String] = []
            for _ in 0..<count {
                guard let length = reader.count(), let bytes = reader.take(length) else { return nil }
                list.append(String(decoding: bytes, as: UTF8.self))
            }
            lists.append(list)
        }
        self.init(topics: lists[0], interviewers: lists[1])
        guard let count = reader.count() else { return nil }
        for _ in 0..<count {
            guard let id = reader.integer(), let sessions = reader.count(), let interviewerCount = reader.count() else { return nil }
            var candidate = Candidate(id: Int64(bitPattern: id), sessions: sessions)
            for _ in 0..<interviewerCount {
                guard let interviewer = reader.count() else { return nil }
                candidate.interviewers.append(interviewer)
            }
            guard let recommendationCount = reader.count(), let codes = reader.take(recommendationCount) else { return nil }
            for code in codes {
                guard Int(code) < Recommendation.allCases.count else { return nil }
                candidate.recommendations.append(Recommendation.allCases[Int(code)])
            }
            guard let scoreCount = reader.count(), scoreCount <= reader.remaining / 12 else { return nil }
            candidate.topics.reserveCapacity(scoreCount)
            candidate.scores.reserveCapacity(scoreCount)
            for _ in 0..<scoreCount {
                guard let topic = reader.count() else { return nil }
                candidate.topics.append(topic)
            }
            for _ in 0..<scoreCount {
                guard let bits = reader.integer() else { return nil }
                candidate.scores.append(Double(bitPattern: bits))
            }
            candidates.append(candidate)
        }
        guard reader.isAtEnd, isConsistent else { return nil }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func count(_ value: Int) {
            withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func integer(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var isAtEnd: Bool { position == bytes.count }
        var remaining: Int { bytes.count - position }

        mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, bytes.count - position >= count else { return nil }
            defer { position += count }
            return bytes[position..<position + count]
        }

        mutating func count() -> Int? {
            guard let slice = take(4) else { return nil }
            return Int(slice.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }

        mutating func integer() -> UInt64? {
            guard let slice = take(8) else { return nil }
            return slice.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    }
}
