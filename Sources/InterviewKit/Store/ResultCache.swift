import Foundation

/// Whole-database results kept between runs (quality.md: "a result cached since the last score
/// may serve"), as files in the cache folder named by the database's ``DataVersion``: a change to
/// the data changes the version, so a stale result is never served. Only results that hold no
/// candidate's text are cached (candidates are numbered by database id where a result needs
/// them, and named when it is read), so that `candidate forget` leaves nothing of them behind.
public struct ResultCache: Sendable {
    public let folder: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        folder = (CacheFolder.path(environment: environment) as NSString).appendingPathComponent("results")
    }

    /// The cached text named `name` for this version of the data, or `compute`'s, which is then
    /// kept in place of the results of older versions. Without a version, always `compute`'s.
    public func text<Failure: Error>(
        _ name: String, version: DataVersion?, compute: () throws(Failure) -> String
    ) throws(Failure) -> String {
        guard let version else { return try compute() }
        if let text = kept(name, version: version) { return text }
        let text = try compute()
        keep(text, as: name, version: version)
        return text
    }

    /// The text named `name` kept for this version of the data; nil when there is none.
    public func kept(_ name: String, version: DataVersion) -> String? {
        guard let data = FileManager.default.contents(atPath: location(name, version: version).file) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Keeps `text` as `name` for this version of the data, in place of the results of older versions.
    public func keep(_ text: String, as name: String, version: DataVersion) {
        let (file, prefix) = location(name, version: version)
        store(Data(text.utf8), at: file, replacing: prefix)
    }

    /// The cached value named `name` for this version of the data, as `decode` reads its kept
    /// bytes, or `compute`'s, kept as `encode` writes it in place of the results of older
    /// versions. A kept file that `decode` refuses (another build's format, a damaged file) is
    /// computed again and replaced. Without a version, always `compute`'s.
    public func value<Value, Failure: Error>(
        _ name: String, version: DataVersion?, decode: (Data) -> Value?, encode: (Value) -> Data, compute: () throws(Failure) -> Value
    ) throws(Failure) -> Value {
        guard let version else { return try compute() }
        let (file, prefix) = location(name, version: version)
        if let data = FileManager.default.contents(atPath: file), let value = decode(data) { return value }
        let value = try compute()
        store(encode(value), at: file, replacing: prefix)
        return value
    }

    /// The kept text named `name` for whatever version of this database's data it was computed
    /// from (one is kept at a time), for a result that may serve after later changes; nil when none.
    public func latestText(_ name: String, of version: DataVersion) -> String? {
        let prefix = "\(version.token)-\(name)-\(InterviewKitVersion.current)-"
        guard let file = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).first(where: { $0.hasPrefix(prefix) }),
            let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(file))
        else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// The file of `name` for `version`, and the prefix that all versions of it share.
    private func location(_ name: String, version: DataVersion) -> (file: String, prefix: String) {
        let prefix = "\(version.token)-\(name)-"
        return ((folder as NSString).appendingPathComponent(prefix + "\(InterviewKitVersion.current)-\(version.version)"), prefix)
    }

    /// Best effort: a cache that cannot be written only costs the next run the computation.
    private func store(_ data: Data, at file: String, replacing prefix: String) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        for old in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where old.hasPrefix(prefix) {
            try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(old))
        }
        let temporary = file + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard manager.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, file) != 0 { try? manager.removeItem(atPath: temporary) }
    }
}
