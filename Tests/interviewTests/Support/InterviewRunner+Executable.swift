import Foundation

extension InterviewRunner {
    /// Runs another executable (a shell, script(1), interview-fuzz) the way `run` runs interview.
    static func run(
        executable: String, _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], directory: URL = packageRoot
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_CACHE_HOME"] = InterviewRunner.cacheHome
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
    }

    /// A built executable of this package beside `interview` (e.g. interview-fuzz).
    static func sibling(_ name: String) -> String {
        binary.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
