import Foundation

/// A clock that tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var date: Date

    init(_ date: Date) {
        self.date = date
    }

    var now: @Sendable () -> Date { { [self] in lock.withLock { date } } }

    func advance(_ seconds: TimeInterval) {
        lock.withLock { date += seconds }
    }
}
