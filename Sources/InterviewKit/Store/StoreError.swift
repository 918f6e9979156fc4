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
    /// A `postgres://` address that cannot be used as written.
    case invalidAddress(String, reason: String)
    /// A `postgres://` address with a password in it: passwords come from PGPASSWORD or ~/.pgpass.
    case passwordInAddress(String)
    /// The PostgreSQL server could not be reached (`server` is host:port).
    case serverUnreachable(server: String, reason: String)
    /// The PostgreSQL server refused the login.
    case authenticationFailed(server: String, user: String, reason: String)
    /// The TLS connection the address asks for could not be made.
    case tlsFailed(server: String, reason: String)
    /// An operation that only the SQLite backend offers.
    case unsupported(address: String, operation: String, instead: String)
    /// An operation that only the PostgreSQL backend offers.
    case postgresOnly(address: String, operation: String, instead: String)
    /// The connection was lost while the server committed: the change may or may not have been kept.
    case commitUnconfirmed(server: String)
    /// A login role the PostgreSQL server does not have.
    case unknownRole(String)
    /// `db migrate` found a row the server holds differently under the same id or name.
    case migrationConflict(table: String, detail: String)
    /// A `postgres://` address given to a build without the PostgreSQL backend.
    case postgresNotBuilt(address: String)

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
        case .migrationConflict(let table, let detail):
            return "cannot migrate: the server's \(table) table already holds \(detail); db migrate keeps ids, so it moves a database into an empty server or one it was migrated into before (nothing was changed)"
        case .invalidRecommendation(let value):
            return "unknown recommendation '\(value)' (allowed: strong-no, no, yes, strong-yes)"
        case .database(let path, let message):
            return "\(path): \(message)"
        case .backupExists(let path):
            return "\(path): already exists; pass --force to replace it (nothing was written)"
        case .backupFailed(let path, let reason):
            return "\(path): cannot write the backup: \(reason)"
        case .invalidAddress(let address, let reason):
            return "\(address): not a usable PostgreSQL address: \(reason)"
        case .passwordInAddress(let address):
            return "\(address): a password in the address is refused; set PGPASSWORD or put it in ~/.pgpass (PGPASSFILE)"
        case .serverUnreachable(let server, let reason):
            return "cannot reach the PostgreSQL server at \(server): \(reason); nothing was recorded, try again when it is back"
        case .authenticationFailed(let server, let user, let reason):
            return "the PostgreSQL server at \(server) refused the login of '\(user)': \(reason) (password from PGPASSWORD or ~/.pgpass)"
        case .tlsFailed(let server, let reason):
            return "no TLS connection to the PostgreSQL server at \(server): \(reason)"
        case .unsupported(let address, let operation, let instead):
            return "\(address): \(operation) works on SQLite files only; \(instead)"
        case .postgresOnly(let address, let operation, let instead):
            return "\(address): \(operation) works on a PostgreSQL database only; \(instead)"
        case .commitUnconfirmed(let server):
            return "the connection to the PostgreSQL server at \(server) was lost while it committed, so this may or may not have been recorded; check (e.g. `interview report`) before entering it again"
        case .postgresNotBuilt(let address):
            return "\(address): this interview was built without the PostgreSQL backend; build it with `swift build --traits PostgreSQL` (README, team mode), or pass --db with a file path"
        case .unknownRole(let role):
            return "the PostgreSQL server has no login role '\(role)' (create it first: CREATE ROLE \(role) LOGIN IN ROLE interview_panel)"
        }
    }
}
