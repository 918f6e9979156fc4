import Foundation
import InterviewKit

/// Writes command output to standard output, or to a file created readable by its owner only.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Console.write(text, to: STDOUT_FILENO)
            return
        }
        try ReportFile.write(text, to: path)
        Console.err("wrote \(path)")
    }
}
