/// Which database `--db` (or `INTERVIEW_DB`) names: a SQLite file by its path, or a PostgreSQL
/// database by a `postgres://` or `postgresql://` address.
public enum DatabaseAddress: Sendable, Hashable, CustomStringConvertible {
    case sqlite(DatabaseLocation)
    case postgres(PostgresAddress)

    /// `--db`, else `INTERVIEW_DB`, else the default SQLite file.
    ///
    /// - Throws: ``StoreError/passwordInAddress(_:)`` or ``StoreError/invalidAddress(_:reason:)``
    ///   for a PostgreSQL address that cannot be used.
    public static func resolve(option: String?, environment: [String: String]) throws(StoreError) -> DatabaseAddress {
        let location = DatabaseLocation.resolve(option: option, environment: environment)
        guard !location.isDefault, PostgresAddress.isAddress(location.path) else { return .sqlite(location) }
        return .postgres(try PostgresAddress.parse(location.path, environment: environment))
    }

    /// The path or the address (never with a password), as messages name the database.
    public var description: String {
        switch self {
        case .sqlite(let location): return location.path
        case .postgres(let address): return address.description
        }
    }
}
