import Foundation
import InterviewKit

/// Writes command output to standard output, or to a file created readable by its owner only.
enum OutputFile {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            Console.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            return
        }
        try PrivateFile.write(Data(text.utf8), to: path)
        Console.err("wrote \(path)")
    }
}
