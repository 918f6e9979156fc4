import Foundation

/// A fresh folder under the system temporary directory, removed when the value is released.
final class TemporaryFolder: @unchecked Sendable {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "interview-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func url(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let file = url(name)
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }

    func write(_ name: String, bytes: [UInt8]) {
        FileManager.default.createFile(atPath: url(name), contents: Data(bytes))
    }
}
