/// Why the database could not be opened, read or written.
public enum StoreError: InterviewError, Equatable {
    case notADatabase(path: String)
    case newerSchema(path: String)
    case missingDatabase(path: String)
    case cannotCreate(path: String, reason: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case busy(path: String)
    case unknownSession(String)
    case unknownCandidate(String)
    case unknownInterviewer(String)
    case unknownQuestion(session: Int64, question: String, known: [String])
    case unknownCriterion(String, allowed: [String])
    case scoreOutOfRange(criterion: String, value: Int, scale: ClosedRange<Int>)
    case sessionFinished(Int64)
    /// A point or red flag number (1-based) that the question does not have.
    case noSuchItem(kind: String, number: Int, count: Int)
    case invalidRecommendation(String)
    case database(path: String, message: String)
    /// `db backup` was given a file that exists, without `--force`.
    case backupExists(path: String)
    /// The backup copy could not be written (its folder is missing, the disk is full...).
    case backupFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not an interview database (the file is not SQLite)"
        case .newerSchema(let path):
            return "\(path): written by a newer version of interview; upgrade interview to open it (the file was not changed)"
        case .missingDatabase(let path):
            return "\(path): no database yet (run `interview start` or `interview demo` first, or pass --db)"
        case .cannotCreate(let path, let reason):
            return "\(path): cannot create the database: \(reason)"
        case .readOnly(let path):
            return "\(path): the database is read-only; nothing was recorded"
        case .diskFull(let path):
            return "\(path): the disk is full; nothing was recorded"
        case .busy(let path):
            return "\(path): the database stayed locked by another process; nothing was recorded, try again"
        case .unknownSession(let id):
            return "unknown session '\(id)' (see `interview sessions`)"
        case .unknownCandidate(let name):
            return "unknown candidate '\(name)'"
        case .unknownInterviewer(let name):
            return "unknown interviewer '\(name)'"
        case .unknownQuestion(let session, let question, let known):
            return "session \(session) has no question '\(question)' (it has: \(known.joined(separator: ", ")))"
        case .unknownCriterion(let criterion, let allowed):
            return "unknown criterion '\(criterion)' (allowed: \(allowed.joined(separator: ", ")))"
        case .scoreOutOfRange(let criterion, let value, let scale):
            return "score \(value) for \(criterion) is outside the scale \(scale.lowerBound)-\(scale.upperBound)"
        case .noSuchItem(let kind, let number, let count):
            return count == 0 ? "this question has no \(kind)s" : "no \(kind) \(number) (this question has \(kind)s 1-\(count))"
        case .sessionFinished(let id):
            return "session \(id) is finished; nothing was recorded"
        case .invalidRecommendation(let value):
            return "unknown recommendation '\(value)' (allowed: strong-no, no, yes, strong-yes)"
        case .database(let path, let message):
            return "\(path): \(message)"
        case .backupExists(let path):
            return "\(path): already exists; pass --force to replace it (nothing was written)"
        case .backupFailed(let path, let reason):
            return "\(path): cannot write the backup: \(reason)"
        }
    }
}
