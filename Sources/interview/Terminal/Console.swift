import Foundation
import InterviewKit

/// Writes to standard output and standard error; data goes to stdout, everything else to stderr.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Text without a newline, for the live prompt.
    static func prompt(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The live screen's style: ANSI emphasis on a terminal, plain text otherwise.
    static var screenStyle: ScreenStyle { useColour() ? .ansi : .plain }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    static func useColour(for fd: Int32 = STDOUT_FILENO) -> Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(fd) == 1
    }
}
