import Foundation

/// A small, valid bank and blueprint folder that tests copy and then break one thing at a time.
enum BankFixture {
    static let rubrics = """
        rubrics:
          - id: default
            scale: [1, 4]
            criteria:
              - id: correctness
                weight: 0.35
                anchors: {1: wrong, 2: surface, 3: accurate, 4: precise}
              - id: depth
                weight: 0.25
                anchors: {1: none, 2: one level, 3: underneath, 4: first principles}
              - id: tradeoffs
                weight: 0.25
                anchors: {1: none, 2: named, 3: compared, 4: quantified}
              - id: communication
                weight: 0.15
                anchors: {1: unclear, 2: unstructured, 3: structured, 4: crisp}

        """

    static func question(_ id: String, level: String = "senior", minutes: Int = 8, text: String) -> String {
        """
          - id: \(id)
            level: \(level)
            minutes: \(minutes)
            text: \(text)
            points: [first point, second point, third point, fourth point]
            bonus: [a bonus point]
            guide: {1: Misses the first point., 2: The first point only., 3: Core points 1-4., 4: Also the bonus point.}
            red_flags: [a red flag]
            sources:
              - https://doc.rust-lang.org/reference/
            follow_ups:
              - id: one
                text: First follow-up?
              - id: two
                text: Second follow-up?

        """
    }

    static let asyncTopic = """
        topic: async
        title: Async Rust
        keywords: [future, waker]
        rubric: default
        questions:

        """
        + question("async/waker", text: "How does the Waker integrate with epoll?")
        + question("async/pin", text: "Why do self-referential futures need Pin?")
        + question("async/cancel", level: "intermediate", minutes: 5, text: "What happens to a future that is dropped before it completes?")

    static let memoryTopic = """
        topic: memory
        title: Memory
        keywords: [ownership, borrow]
        rubric: default
        questions:

        """
        + question("memory/borrow", text: "Which rule of the borrow checker does pushing to a Vec while holding a reference into it break?")
        + question("memory/drop", text: "When does Drop run for a value moved into a closure?")
        + question("memory/arena", level: "intermediate", minutes: 5, text: "When would you use an arena allocator instead of Box?")

    static let blueprint = """
        id: small
        title: Small
        minutes: 30
        questions: 3
        topics: {async: 2, memory: 1}

        """

    /// Writes the valid fixture into `folder` (`rubrics/`, `sessions/`).
    static func write(to folder: TemporaryFolder) {
        folder.write("rubrics/_rubrics.yaml", rubrics)
        folder.write("rubrics/async.yaml", asyncTopic)
        folder.write("rubrics/memory.yaml", memoryTopic)
        folder.write("sessions/small.yaml", blueprint)
    }
}
