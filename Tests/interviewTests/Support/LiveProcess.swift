import Foundation

/// A running `interview` process fed one line at a time, whose prompts are counted as they
/// appear: a command whose next prompt came back has been committed.
final class LiveProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var text = ""

    init(_ arguments: [String], environment: [String: String]) throws {
        process.executableURL = InterviewRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = InterviewRunner.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_CACHE_HOME"] = InterviewRunner.cacheHome
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.text += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var prompts: Int { lock.withLock { text.components(separatedBy: "] > ").count - 1 } }

    var stdout: String { lock.withLock { text } }

    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Waits until `count` prompts have appeared (or the timeout passes).
    @discardableResult
    func waitForPrompts(_ count: Int, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date() + timeout
        while prompts < count && Date() < deadline && process.isRunning { usleep(2_000) }
        return prompts >= count
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }
}
