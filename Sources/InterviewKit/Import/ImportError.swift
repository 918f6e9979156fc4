/// Why a file could not be imported. Each case prints as one line naming the file.
public enum ImportError: InterviewError, Equatable {
    /// The file has no bytes (or only whitespace and a byte-order mark).
    case empty(path: String)
    /// The file is binary or not UTF-8; `offset` is the first offending byte.
    case notText(path: String, offset: Int)
    /// The file is larger than the importer accepts.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// No line of the file reads as a question.
    case noQuestions(path: String, lines: Int)
    /// Every entry is a placeholder: there is nothing to import.
    case onlyPlaceholders(path: String, placeholders: Int)

    public var description: String {
        switch self {
        case .empty(let path):
            return "\(path): the file is empty, nothing to import"
        case .notText(let path, let offset):
            return "\(path): not a UTF-8 text file (byte \(offset) is binary or invalid UTF-8)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): the file has \(bytes) bytes, more than the \(limit) bytes an import accepts"
        case .noQuestions(let path, let lines):
            return "\(path): no questions found in \(lines) line\(lines == 1 ? "" : "s"), nothing to import"
        case .onlyPlaceholders(let path, let placeholders):
            return "\(path): all \(placeholders) entries are placeholders without a question, nothing to import"
        }
    }
}
