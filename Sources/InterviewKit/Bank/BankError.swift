/// Why a bank or blueprint could not be used.
public enum BankError: InterviewError, Equatable {
    /// The bank or blueprint has problems; the first is named, `bank lint` lists them all.
    case invalid([BankDiagnostic])
    case missingFolder(path: String)
    case emptyBank(path: String)
    case unknownBlueprint(id: String, known: [String])
    case unknownTopic(String, known: [String])
    case unknownLevel(String, known: [String])

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            let errors = diagnostics.filter(\.isError)
            guard let first = errors.first else { return "the bank has problems; run `interview bank lint`" }
            let more = errors.count > 1 ? " (and \(errors.count - 1) more; run `interview bank lint`)" : ""
            return first.description + more
        case .missingFolder(let path):
            return "\(path): no such folder"
        case .emptyBank(let path):
            return "\(path): no topic files (expected <topic>.yaml files and _rubrics.yaml)"
        case .unknownBlueprint(let id, let known):
            return "unknown blueprint '\(id)' (known: \(known.joined(separator: ", ")))"
        case .unknownTopic(let id, let known):
            return "unknown topic '\(id)' (known: \(known.joined(separator: ", ")))"
        case .unknownLevel(let id, let known):
            return "unknown level '\(id)' (known: \(known.joined(separator: ", ")))"
        }
    }
}
