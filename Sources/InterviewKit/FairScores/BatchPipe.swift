import Foundation

/// Hands elements made on one thread to `consume` on another, in batches and in order, so that
/// making them (a store's pass over the scores) and the work done on each (a caller's own
/// statistics) overlap on two cores. ``finish()`` hands over the last batch and waits until every
/// element is consumed: until then, whatever `consume` touches belongs to the other thread.
final class BatchPipe<Element>: @unchecked Sendable {
    private let consume: (Element) -> Void
    private let capacity: Int
    private var batch: [Element] = []
    // Batches handed over and not yet consumed, at most `depth` of them (`room`).
    private var queue: [[Element]] = []
    private var closed = false
    private let condition = NSCondition()
    private let room: DispatchSemaphore
    private let done = DispatchSemaphore(value: 0)
    private var finished = false

    init(batch capacity: Int = 4096, depth: Int = 4, consume: @escaping (Element) -> Void) {
        self.consume = consume
        self.capacity = max(1, capacity)
        room = DispatchSemaphore(value: max(1, depth))
        batch.reserveCapacity(self.capacity)
        Thread { [self] in run() }.start()
    }

    func send(_ element: Element) {
        batch.append(element)
        if batch.count == capacity { handOver() }
    }

    /// Every element sent is consumed when this returns; later calls do nothing.
    func finish() {
        guard !finished else { return }
        finished = true
        if !batch.isEmpty { handOver() }
        condition.lock()
        closed = true
        condition.signal()
        condition.unlock()
        done.wait()
    }

    private func handOver() {
        room.wait()
        condition.lock()
        queue.append(batch)
        condition.signal()
        condition.unlock()
        batch = []
        batch.reserveCapacity(capacity)
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            guard !queue.isEmpty else {
                condition.unlock()
                break
            }
            let next = queue.removeFirst()
            condition.unlock()
            room.signal()
            for element in next { consume(element) }
        }
        done.signal()
    }
}
