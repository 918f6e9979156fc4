import Foundation

/// What identifies the state of a bank's files without reading them: for every YAML file of the
/// bank and blueprint folders, its path, size, inode and modification and change times (to the
/// nanosecond), as make and git judge a file unchanged. Editing, replacing, adding or removing a
/// file changes it.
public struct BankFingerprint: Sendable, Hashable {
    /// The listing itself, compared exactly (no hash collisions to reason about).
    public let digest: String

    /// Nil when the bank folder is missing or a file cannot be examined.
    public init?(bank: String, sessions: String) {
        var lines = ["bank \(Self.absolute(bank))", "sessions \(Self.absolute(sessions))"]
        for folder in [bank, sessions] {
            guard let files = BankLoader.yamlFiles(in: folder) else {
                if folder == bank { return nil }
                continue
            }
            for file in files {
                var info = stat()
                guard stat(file, &info) == 0 else { return nil }
                #if canImport(Darwin)
                let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
                #else
                let (modified, changed) = (info.st_mtim, info.st_ctim)
                #endif
                lines.append(
                    "\(file)\t\(info.st_size)\t\(info.st_ino)\t\(modified.tv_sec).\(modified.tv_nsec)\t\(changed.tv_sec).\(changed.tv_nsec)")
            }
        }
        digest = lines.joined(separator: "\n")
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }

    /// FNV-1a, 64 bits, in hex: a short, stable name for a cache file.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
