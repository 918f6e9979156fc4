import Foundation

/// The core points a guide line cites by number ("Points 1-4 and 6", "also point 5"), so that lint
/// can refuse a guide that cites a point the question does not have (after an edit removed it, or a
/// typo): the interviewer scores by those numbers. Bonus points ("a bonus point", "bonus points
/// 1-2") are not core points and are not read.
public enum GuideReferences {
    private static let citation = try? NSRegularExpression(
        pattern: #"(?<!bonus )\bpoints?\s+(\d+(?:\s*[-–]\s*\d+)?(?:\s*(?:,|and|or|&)\s*\d+(?:\s*[-–]\s*\d+)?)*)"#,
        options: [.caseInsensitive])

    /// Every number cited, ranges by their two ends, in the order written.
    public static func corePoints(in line: String) -> [Int] {
        guard let citation else { return [] }
        let text = line as NSString
        var numbers: [Int] = []
        for match in citation.matches(in: line, range: NSRange(location: 0, length: text.length)) {
            let cited = text.substring(with: match.range(at: 1))
            numbers += cited.split { !$0.isNumber }.compactMap { Int($0) }
        }
        return numbers
    }
}
