import Foundation

/// The numbers a store gives the texts of one pass of `forEachScore` (question ids, criteria;
/// see ``ScoreRow``): 0, 1, 2… in order of first appearance, the same text the same number, and
/// one copy of each text shared by every row that carries it.
struct TextCodes {
    private(set) var texts: [String] = []
    private var numbers: [String: Int64] = [:]
    /// The UTF-8 bytes of the first texts, for `code(bytes:)`.
    private var leading: [[UInt8]] = []

    /// The number of `text`, and the shared copy of it.
    mutating func code(_ text: String) -> (number: Int64, text: String) {
        // A criterion column holds a few texts in turn: a look through them costs less than a hash.
        if let index = texts.prefix(8).firstIndex(of: text) { return (Int64(index), texts[index]) }
        if let known = numbers[text] { return (known, texts[Int(known)]) }
        let number = Int64(texts.count)
        texts.append(text)
        numbers[text] = number
        if leading.count < Self.leadingCount { leading.append(Array(text.utf8)) }
        return (number, text)
    }

    private static let leadingCount = 16

    /// The number and shared copy of the text whose UTF-8 bytes are `bytes`, decoding them only
    /// when they are not among the first texts met: for a column read as bytes, where most rows
    /// repeat one of a few texts (a rubric's criteria).
    mutating func code(bytes: UnsafeRawBufferPointer) -> (number: Int64, text: String) {
        for (index, known) in leading.enumerated() where known.count == bytes.count {
            let same = known.withUnsafeBytes { known in bytes.isEmpty || memcmp(known.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
            if same { return (Int64(index), texts[index]) }
        }
        return code(String(decoding: bytes, as: UTF8.self))
    }
}
