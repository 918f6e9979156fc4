import Foundation

/// The columns of a Markdown table, named by its header row (`| # | Question | Difficulty | Level |
/// Category |`), and its rows read by them.
///
/// A table whose header names a question column gives one entry per row: that column's text, the
/// number column's number, the level column's level (else the difficulty column's) and the
/// category column as the row's section. A table whose header names no question column and whose
/// cells ask nothing ("| Category | Count |") is no list of questions: its rows are skipped.
struct MarkdownTable: Sendable {
    var question: Int?
    var number: Int?
    var level: Int?
    var difficulty: Int?
    var category: Int?

    /// Columns named by a header row; nil when no cell names a column this reader knows.
    init?(header: [String]) {
        for (i, cell) in header.enumerated() {
            let name = cell.lowercased().trimmingCharacters(in: .whitespaces)
            let words = Set(name.split(whereSeparator: { !$0.isLetter && $0 != "#" }).map(String.init))
            if question == nil, !words.isDisjoint(with: ["question", "questions", "prompt"]) {
                question = i
            } else if number == nil, Self.numberNames.contains(name) {
                number = i
            } else if level == nil, !words.isDisjoint(with: ["level", "seniority"]) {
                level = i
            } else if difficulty == nil, words.contains("difficulty") {
                difficulty = i
            } else if category == nil, !words.isDisjoint(with: ["category", "topic", "section", "area", "subject", "type", "tag", "tags"]) {
                category = i
            }
        }
        if question == nil, number == nil, level == nil, difficulty == nil, category == nil { return nil }
    }

    static let numberNames: Set<String> = ["#", "no", "no.", "nr", "num", "number", "n", "sr", "sr.", "s.no", "s.no.", "s. no.",
                                           "sl", "sl.", "id", "q#", "q.no", "q.no.", "#."]

    /// A data row read by the header's columns: its number, question, level and category;
    /// `.skipped` for a row of a table that holds no questions, or one with an empty question
    /// cell; `.heuristic` when the header names no question column but the row asks something,
    /// for the caller's row-by-row reading.
    enum Row: Equatable {
        case entry(number: Int?, text: String, level: String?, category: String?)
        case skipped
        case heuristic
    }

    func read(_ cells: [String]) -> Row {
        func cell(_ i: Int?) -> String? {
            guard let i, i < cells.count, !cells[i].isEmpty else { return nil }
            return cells[i]
        }
        guard let questionAt = question else {
            return cells.contains { $0.hasSuffix("?") } ? .heuristic : .skipped
        }
        guard let text = cell(questionAt) else { return .skipped }
        let number = cell(number).flatMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ".#qQ "))) }
        return .entry(number: number, text: text, level: cell(level) ?? cell(difficulty), category: cell(category))
    }

    /// The cells of a table line, without the outer pipes.
    static func cells(_ line: String) -> [String] {
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { TextNormalizer.trim($0) }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        return cells
    }

    /// A header's separator row: `|---|:---:|`.
    static func isSeparator(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in cell.contains("-") && cell.allSatisfy { "-: ".contains($0) } }
    }
}
