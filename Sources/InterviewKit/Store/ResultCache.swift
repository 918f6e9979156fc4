import Foundation

/// Whole-database results kept between runs (quality.md: "a result cached since the last score
/// may serve"), as files in the cache folder named by the database's ``DataVersion``: a change to
/// the data changes the version, so a stale result is never served. Only results that hold no
/// candidate's text are cached, so that `candidate forget` leaves nothing of them behind.
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
        let prefix = "\(version.token)-\(name)-"
        let file = (folder as NSString).appendingPathComponent(prefix + "\(InterviewKitVersion.current)-\(version.version)")
        if let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) { return text }
        let text = try compute()
        store(text, at: file, replacing: prefix)
        return text
    }

    /// Best effort: a cache that cannot be written only costs the next run the computation.
    private func store(_ text: String, at file: String, replacing prefix: String) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        for old in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where old.hasPrefix(prefix) {
            try? manager.removeItem(atPath: (folder as NSString).appendingPathComponent(old))
        }
        let temporary = file + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard manager.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, file) != 0 { try? manager.removeItem(atPath: temporary) }
    }
}
