import Foundation

/// Ends the process when one case runs longer than the limit: a hang is a failure, reported with
/// the case that caused it (saved to the failures folder).
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var running: (label: String, input: Data, started: Date)?
    private let limit: TimeInterval
    private let failures: URL

    init(limit: TimeInterval, failures: URL) {
        self.limit = limit
        self.failures = failures
        let thread = Thread { [weak self] in
            while let self {
                Thread.sleep(forTimeInterval: min(0.05, limit / 4))
                self.checkOnce()
            }
        }
        thread.start()
    }

    func begin(_ label: String, input: Data) {
        lock.withLock { running = (label, input, Date()) }
    }

    func end() {
        lock.withLock { running = nil }
    }

    private func checkOnce() {
        guard let (label, input, started) = lock.withLock({ running }), Date().timeIntervalSince(started) > limit else { return }
        try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
        let saved = failures.appendingPathComponent("hang-\(label).bin")
        try? input.write(to: saved)
        FileHandle.standardError.write(Data("hang: \(label) ran over \(limit) s; input saved to \(saved.path)\n".utf8))
        exit(3)
    }
}
