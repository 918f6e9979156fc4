import Foundation

/// Files holding candidate data: created 0600, never readable by others.
public enum PrivateFile {
    public struct WriteError: InterviewError {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        let written = data.withUnsafeBytes { buffer in Foundation.write(descriptor, buffer.baseAddress, buffer.count) }
        guard written == data.count else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    }
}
