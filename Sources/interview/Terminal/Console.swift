import Foundation
import InterviewKit

/// Writes to standard output and standard error; data goes to stdout, everything else to stderr.
enum Console {
    static func out(_ text: String) {
        write(text + "\n", to: STDOUT_FILENO)
    }

    /// Text without a newline, for the live prompt.
    static func prompt(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    static func err(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    /// Writes all of `text` at once, unbuffered, so that stdout and stderr keep their order. A
    /// closed reader ends the writing (SIGPIPE ends the process first unless it is ignored).
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(fd, start + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// The live screen's style: ANSI emphasis on a terminal, plain text otherwise.
    static var screenStyle: ScreenStyle { useColour() ? .ansi : .plain }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    static func useColour(for fd: Int32 = STDOUT_FILENO) -> Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(fd) == 1
    }
}
