import Foundation

/// A simple, documented text similarity: the Jaccard overlap of two texts' content words
/// (lower-cased, letters and digits only, a short stop-word list removed, a plural `s` stripped).
/// Two texts are near-duplicates when the overlap is at least `threshold`.
public struct WordOverlap: Sendable {
    public var threshold: Double

    public init(threshold: Double = 0.8) {
        self.threshold = threshold
    }

    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "with", "by", "at", "from", "is", "are", "do",
        "does", "how", "what", "why", "when", "which", "you", "your", "would", "can", "it", "its", "rust", "rusts",
    ]

    static func words(_ text: String) -> Set<String> {
        let tokens = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return Set(tokens.filter { !stopWords.contains($0) }.map { $0.count > 3 && $0.hasSuffix("s") ? String($0.dropLast()) : $0 })
    }

    public func similarity(_ a: String, _ b: String) -> Double {
        let x = Self.words(a), y = Self.words(b)
        let union = x.union(y).count
        return union == 0 ? 1 : Double(x.intersection(y).count) / Double(union)
    }

    public func isNearDuplicate(_ a: String, _ b: String) -> Bool { similarity(a, b) >= threshold }
}
