import Foundation

/// Writes a report to a file readable by its owner only (0600): reports are personal data.
public enum ReportFile {
    /// Creates or replaces the file at `path` with `text`, mode 0600.
    public static func write(_ text: String, to path: String) throws(ReportError) {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // An existing file keeps its mode on open: narrow it too.
        guard fchmod(descriptor, 0o600) == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
