import Foundation

/// A PostgreSQL database named by a `postgres://user@host:port/database?sslmode=MODE` address.
///
/// The password never comes from the address (it would show in `ps` and shell history): it comes
/// from `PGPASSWORD` or the password file, see ``PostgresPassword``.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS, with libpq's meaning of each mode.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        /// Never TLS.
        case disable
        /// TLS when the server offers it, without verifying its certificate (libpq's default).
        case prefer
        /// TLS or no connection, without verifying the certificate.
        case require
        /// TLS, with the certificate chain verified but not the host name.
        case verifyCA = "verify-ca"
        /// TLS, with the certificate chain and the host name verified.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode

    public init(user: String, host: String, port: Int = 5432, database: String, sslMode: SSLMode = .prefer) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
    }

    /// Whether `value` names a PostgreSQL database rather than a SQLite file.
    public static func isAddress(_ value: String) -> Bool {
        let lowered = value.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// `host:port`, as error messages name the server.
    public var server: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// The address as the user may see it: never a password (there is none).
    public var description: String {
        let query = sslMode == .prefer ? "" : "?sslmode=\(sslMode.rawValue)"
        return "postgres://\(user)@\(server)/\(database)\(query)"
    }

    /// The same server and database as another login role.
    public func withUser(_ user: String) -> PostgresAddress {
        var copy = self
        copy.user = user
        return copy
    }

    /// Parses an address; a missing user falls back to `PGUSER`, then `USER`, a missing database to
    /// the user's name, as libpq does.
    ///
    /// - Throws: ``StoreError/passwordInAddress(_:)`` when the address holds a password,
    ///   ``StoreError/invalidAddress(_:reason:)`` when it cannot be used.
    public static func parse(_ text: String, environment: [String: String] = [:]) throws(StoreError) -> PostgresAddress {
        guard isAddress(text) else { throw .invalidAddress(text, reason: "it must start with postgres:// or postgresql://") }
        guard let components = URLComponents(string: text) else { throw .invalidAddress(redacted(text), reason: "it is not a URL") }
        if components.password != nil { throw .passwordInAddress(redacted(text)) }
        guard let host = components.host, !host.isEmpty else {
            throw .invalidAddress(text, reason: "it names no host (postgres://user@host:5432/database)")
        }
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? ""
        guard !user.isEmpty else { throw .invalidAddress(text, reason: "it names no user (postgres://user@host:5432/database)") }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw .invalidAddress(text, reason: "port \(port) is outside 1-65535") }
        var path = components.path
        if path.hasPrefix("/") { path.removeFirst() }
        guard !path.contains("/") else { throw .invalidAddress(text, reason: "the database name '\(path)' contains '/'") }
        var sslMode = SSLMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let mode = SSLMode(rawValue: value) else {
                    let allowed = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .invalidAddress(text, reason: "sslmode '\(item.value ?? "")' is not one of \(allowed)")
                }
                sslMode = mode
            case "user", "password":
                throw item.name == "password"
                    ? .passwordInAddress(redacted(text)) : .invalidAddress(text, reason: "give the user before the host (postgres://user@host)")
            default:
                throw .invalidAddress(text, reason: "unknown parameter '\(item.name)' (known: sslmode)")
            }
        }
        let bareHost = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return PostgresAddress(user: user, host: bareHost, port: port, database: path.isEmpty ? user : path, sslMode: sslMode)
    }

    /// The address with any password (user:password@, or a password parameter) blanked out.
    static func redacted(_ text: String) -> String {
        var result = text
        if let scheme = result.range(of: "://"), let at = result.range(of: "@", range: scheme.upperBound..<result.endIndex),
            let colon = result.range(of: ":", range: scheme.upperBound..<at.lowerBound)
        {
            result.replaceSubrange(colon.upperBound..<at.lowerBound, with: "***")
        }
        if let query = result.range(of: "?") {
            let parameters = result[query.upperBound...].split(separator: "&", omittingEmptySubsequences: false).map { part in
                part.lowercased().hasPrefix("password=") ? "password=***" : String(part)
            }
            result = String(result[..<query.upperBound]) + parameters.joined(separator: "&")
        }
        return result
    }
}
