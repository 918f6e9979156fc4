/// The common shape of every error the library throws: a typed value whose `description` is one
/// line a person can act on (the file and line, the id, the allowed range).
public protocol InterviewError: Error, CustomStringConvertible, Sendable {}

/// The library's version, shown by `interview --version`.
public enum InterviewKitVersion {
    public static let current = "0.1.0"
}
