import Foundation

/// Where the database lives: `--db PATH`, else `INTERVIEW_DB`, else
/// `$XDG_DATA_HOME/interview/interview.sqlite` (default `~/.local/share/interview/interview.sqlite`).
public struct DatabaseLocation: Sendable, Hashable {
    public var path: String
    /// The default location: its folders are created (0700) when missing.
    public var isDefault: Bool

    public init(path: String, isDefault: Bool = false) {
        self.path = path
        self.isDefault = isDefault
    }

    public static func resolve(option: String?, environment: [String: String]) -> DatabaseLocation {
        if let option, !option.isEmpty { return DatabaseLocation(path: option) }
        if let path = environment["INTERVIEW_DB"], !path.isEmpty { return DatabaseLocation(path: path) }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return DatabaseLocation(path: (dataHome as NSString).appendingPathComponent("interview/interview.sqlite"), isDefault: true)
    }

    /// Makes sure the file exists and is readable by its owner only (0600), creating the default
    /// location's folders (0700). An explicit path's folder must already exist.
    func prepareForWriting() throws(StoreError) {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDefault else { throw .cannotCreate(path: path, reason: "the folder \(folder) does not exist") }
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreate(path: path, reason: "cannot create the folder \(folder)")
            }
        } else if !folder.isEmpty, !isDirectory.boolValue {
            throw .cannotCreate(path: path, reason: "\(folder) is not a folder")
        }
        if !manager.fileExists(atPath: path) {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { return }
                let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
                throw .cannotCreate(path: path, reason: reason)
            }
            close(descriptor)
        }
    }
}
