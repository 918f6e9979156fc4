/// Names the data of one database at one moment: a random token made when the database was
/// created and a counter that every change to scores, sessions and recommendations bumps.
public struct DataVersion: Sendable, Hashable {
    public var token: String
    public var version: Int64

    public init(token: String, version: Int64) {
        self.token = token
        self.version = version
    }
}
