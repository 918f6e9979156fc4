/// One problem found in a bank or blueprint file.
///
/// Printed as `path:line:column: message` for YAML syntax, `path:line: key.path: message` for a
/// schema or content problem, and `path: message` for a problem of the whole file.
public struct BankDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var path: String
    public var line: Int?
    public var column: Int?
    public var keyPath: String?
    public var message: String
    public var severity: Severity

    public init(
        path: String, line: Int? = nil, column: Int? = nil, keyPath: String? = nil,
        message: String, severity: Severity = .error
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
        self.severity = severity
    }

    /// A schema problem at a YAML node.
    init(at location: SourceLocation?, path: String, keyPath: String, message: String, severity: Severity = .error) {
        self.init(path: path, line: location?.line, keyPath: keyPath.isEmpty ? nil : keyPath, message: message, severity: severity)
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        var text = place + ": "
        if severity == .warning { text += "warning: " }
        if let keyPath { text += keyPath + ": " }
        return text + message
    }
}
