import Dispatch
import Foundation
import InterviewKit

/// Runs a live session on standard input and output: prints the screen, reads a line, hands it
/// to the library, prints the result. End of input and Ctrl-C pause the session cleanly.
enum LiveLoop {
    /// What Ctrl-C needs to pause from another thread: every command is already committed, only
    /// the time on the current question is left to record.
    final class PauseState: @unchecked Sendable {
        private let lock = NSLock()
        private var session: LiveSession?

        func update(_ live: LiveSession) { lock.withLock { session = live } }

        func pause() -> String? {
            lock.withLock {
                guard var live = session else { return nil }
                return (try? live.pause())?.lines.joined(separator: "\n")
            }
        }
    }

    static func run(_ start: LiveSession) -> Int32 {
        var live = start
        let state = PauseState()
        state.update(live)
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler {
            Console.out("")
            if let message = state.pause() { Console.out(message) }
            exit(130)
        }
        interrupt.resume()
        Console.out(live.show().joined(separator: "\n"))
        while true {
            Console.prompt(live.prompt)
            guard let line = readLine(strippingNewline: true) else {
                Console.out("")
                do {
                    let outcome = try live.pause()
                    Console.out(outcome.lines.joined(separator: "\n"))
                    return 0
                } catch {
                    Console.err("Error: \(error)")
                    return 1
                }
            }
            let outcome = live.handle(line)
            state.update(live)
            if let error = outcome.error { Console.err("! " + error) }
            if !outcome.lines.isEmpty { Console.out(outcome.lines.joined(separator: "\n")) }
            if outcome.ended != nil { return 0 }
        }
    }
}
