import Foundation

/// Finds the password for a ``PostgresAddress`` as libpq does: `PGPASSWORD`, else the password
/// file (`PGPASSFILE`, default `~/.pgpass`) whose lines read `host:port:database:user:password`,
/// `*` matching anything and `\:` / `\\` escaping. A file readable by group or others is ignored.
public enum PostgresPassword {
    /// A password file as read from disk: its text and permission bits.
    public struct File: Sendable, Equatable {
        public var contents: String
        public var permissions: Int

        public init(contents: String, permissions: Int) {
            self.contents = contents
            self.permissions = permissions
        }
    }

    /// The password for `address`, or nil when there is none (the server may not need one).
    ///
    /// - Parameter readFile: Reads a file; injected so that the lookup is a pure function in tests.
    public static func lookup(
        for address: PostgresAddress, environment: [String: String], readFile: (String) -> File? = readFile
    ) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        guard let path = passwordFilePath(environment: environment), let file = readFile(path) else { return nil }
        guard file.permissions & 0o077 == 0 else { return nil }
        return match(address, in: file.contents)
    }

    /// `PGPASSFILE`, else `~/.pgpass`.
    static func passwordFilePath(environment: [String: String]) -> String? {
        if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".pgpass")
    }

    /// The password of the first line that matches the address.
    static func match(_ address: PostgresAddress, in contents: String) -> String? {
        let wanted = [address.host, String(address.port), address.database, address.user]
        for line in contents.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            let fields = split(line)
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in field == "*" || field == value }
            if matches { return fields[4] }
        }
        return nil
    }

    /// Splits a line on unescaped colons, undoing `\:` and `\\`; the password keeps any further colons.
    static func split(_ line: Substring) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }

    /// Reads a file and its permission bits from disk.
    public static func readFile(_ path: String) -> File? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        return File(contents: String(decoding: data, as: UTF8.self), permissions: permissions)
    }
}
