/// What `db migrate` copied, per table: rows added, and rows the server already had.
public struct DatabaseMigration: Sendable, Hashable {
    public struct Table: Sendable, Hashable {
        public var name: String
        public var added: Int
        public var present: Int
    }

    public var tables: [Table]

    public var added: Int { tables.reduce(0) { $0 + $1.added } }
}
