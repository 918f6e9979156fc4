import Foundation

/// Runs the built `interview` executable the way a user or a script would.
struct InterviewRunner {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The repository root (the folder holding Package.swift).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The binary next to the test bundle (`.build/debug/interview`).
    static let binary: URL = {
        let beside = Bundle.main.bundleURL.appendingPathComponent("interview")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/interview")
    }()

    /// The bank cache of every process a test runs, apart from the user's own.
    static let cacheHome = NSTemporaryDirectory() + "interview-tests-cache-\(ProcessInfo.processInfo.processIdentifier)"

    var directory: URL = InterviewRunner.packageRoot
    var environment: [String: String] = [:]

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        try Self.run(executable: Self.binary.path, arguments, stdin: stdin, environment: environment, directory: directory)
    }
}
