import Foundation

/// Hides a candidate's name in free text written about them (notes, summaries, typed follow-ups,
/// skip reasons) for blind reports: the whole name and each word of it of three or more letters,
/// case-insensitively, become "[candidate]".
struct BlindRedactor: Sendable {
    static let replacement = "[candidate]"
    let needles: [String]

    init(name: String) {
        let words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter { $0.count >= 3 }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        // Longest first, so that the whole name goes before its parts.
        needles = Array(Set([trimmed] + words)).filter { !$0.isEmpty }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    func redact(_ text: String) -> String {
        needles.reduce(text) { result, needle in
            result.replacingOccurrences(of: needle, with: Self.replacement, options: [.caseInsensitive, .literal])
        }
    }
}
