import Testing
@testable import InterviewKit

@Suite("Placeholder entries")
struct PlaceholderDetectorTests {
    let detector = PlaceholderDetector()

    @Test("generic numbered titles are placeholders, real questions never")
    func genericTitles() {
        let texts = [
            "Rust Interview Question 5 (Free)", "How does Rust handle backpressure?",
            "Go Interview Question 12 (Premium)", "What is a goroutine?",
            "System Design Question 4", "Explain the borrow checker",
            "Question #7", "Q12", "",
        ]
        #expect(detector.detect(texts) == [true, false, true, false, true, false, true, true, true])
    }

    @Test("the list's own subject word and level words leave nothing: placeholder")
    func subjectWordOnly() {
        var texts = ["How does Rust handle lifetimes in async code?", "How does Rust handle panics across FFI?",
                     "How does Rust handle memory fragmentation?", "How does Rust handle backpressure in practice?",
                     "How does Rust handle trait objects in practice?", "How does Rust handle cancellation?",
                     "How does Rust handle integer overflow?", "How does Rust handle stack overflow?",
                     "How does Rust handle thread-local storage?"]
        texts.append("Rust Advanced Interview Question 9")
        texts.append("Rust Senior Set 3")
        let flags = detector.detect(texts)
        #expect(flags.prefix(9).allSatisfy { !$0 })
        #expect(flags[9] && flags[10])
    }

    @Test("entries that differ only by a counter are filler even in question form; numbers that mean something are not")
    func countedFamilies() {
        let filler = (20...31).map { "Explain pattern #\($0) of the Go concurrency guide." }
            + (1...5).map { "How does Rust handle topic number \($0) in practice?" }
        let real = ["What does HTTP 404 mean?", "What does HTTP 500 mean?", "What does HTTP 503 mean?", "What does HTTP 429 mean?",
                    "Why is port 8080 common for proxies?", "Compare RAID 1 and RAID 5.", "What is a goroutine?",
                    "Explain the Go scheduler's work stealing."]
        let flags = detector.detect(filler + real)
        #expect(flags.prefix(filler.count).allSatisfy { $0 }, "\(flags)")
        #expect(flags.suffix(real.count).allSatisfy { !$0 }, "\(flags)")
    }

    @Test("a title template repeated with only a number changed is a placeholder")
    func repeatedTemplate() {
        let texts = ["Tokio Scheduler Puzzle 3", "Tokio Scheduler Puzzle 4", "Tokio Scheduler Puzzle 7",
                     "Tokio scheduler fairness and the LIFO slot", "What does HTTP 404 mean?", "What does HTTP 500 mean?",
                     "What does HTTP 503 mean?"]
        #expect(detector.detect(texts) == [true, true, true, false, false, false, false])
    }

    @Test("in a list of questions, a short entry that is not one is a section heading")
    func sectionHeadings() {
        let texts = ["Ownership and borrowing", "What are the ownership rules?", "What is a move?", "How does Drop work?", "What is Copy?",
                     "Lifetimes", "What does 'static mean?", "Why do lifetimes exist?", "How does elision work?", "Explain variance in Rust."]
        #expect(detector.detect(texts) == [true, false, false, false, false, true, false, false, false, false])
        // Where statements are common, a short one is not taken for a heading.
        let mixed = ["Ownership and borrowing", "Pin and Unpin", "Tokio scheduler fairness", "What is a move?", "What is Copy?",
                     "Cancellation safety in select", "Arc versus Rc", "How does Drop work?"]
        #expect(detector.detect(mixed) == Array(repeating: false, count: mixed.count))
    }

    @Test("a heading introduces a question: short tasks, prompts ending in a full stop, task commands and comparisons are entries")
    func tasksAreNotHeadings() {
        let texts = ["What is a clustered index?", "How does a secondary index lookup work?", "What is MVCC?",
                     "Why is OFFSET slow?", "What is a gap lock?", "How do you avoid deadlocks?", "What is the binlog?",
                     "Difference between commands and events.", "What is a saga?",
                     "Find the 2nd highest salary.", "Delete duplicate rows safely.", "Event-driven microservices patterns.",
                     "What is an outbox?", "Best practices for containerizing services.", "How do you roll back a migration?",
                     "Running total / window functions.", "Top N per group."]
        #expect(detector.detect(texts) == Array(repeating: false, count: texts.count))
    }

    @Test("a command sentence with a verb no list names ('Parse a CSV file using STL.') is a task, not a heading; a gerund heading is one")
    func taskSentences() {
        let texts = ["What is a smart pointer?", "What is RAII?", "How does move work?", "What is a data race?",
                     "Parse a CSV file using STL.", "What is std::atomic?", "Building a web server.", "How do you bind a socket?",
                     "What is epoll?", "Why use non-blocking I/O?"]
        #expect(detector.detect(texts) == [false, false, false, false, false, false, true, false, false, false])
    }

    @Test("filler that stands in for a question not written or not shown ('TBD', 'Coming soon', 'N/A', 'Sign in to view this question') is a placeholder; a question on a view is not")
    func fillerEntries() {
        let texts = ["What is a goroutine?", "Coming soon", "How does select work?", "TBD", "What is a buffered channel?",
                     "Unlock 50 more questions with Pro", "Why do channels block?", "Sign in to view this question",
                     "What is a materialized view?", "N/A", "How do you detect a race?", "Upgrade to see more"]
        #expect(detector.detect(texts) == [false, true, false, true, false, true, false, true, false, true, false, true])
    }

    @Test("headings that introduce questions count apart from the list: one heading to every three questions is still a list of questions")
    func denseHeadings() {
        let texts = ["🔹 Section 1: Concurrency", "What is the GIL?", "What is a thread pool?", "What is asyncio?",
                     "🔹 Section 2: Memory", "How does reference counting work?", "What is a weak reference?", "What are slots?",
                     "🔹 Section 3: Internals", "What happens on import?", "What is string interning?", "What is `__all__`?"]
        #expect(detector.detect(texts) == texts.map { $0.hasPrefix("🔹") })
    }

    @Test("a question about code the list does not show ('What is the output?') is a placeholder; one that names its code is not")
    func unseenCode() {
        let texts = ["What is the output?", "What does this code print?", "What will the following program return?",
                     "What is the output of `print(0.1 + 0.2)`?", "What is the output format of a JSON logger?", "How do you read a program's output?"]
        #expect(detector.detect(texts) == [true, true, true, false, false, false])
    }

    @Test("a note set off by a symbol between questions is a placeholder; a list whose every entry has one is not")
    func asides() {
        var texts = ["What is a clustered index?", "How does a secondary index lookup work?", "What is MVCC?",
                     "👉 Expect follow-ups on page size, B+ trees, and logs.", "Why is OFFSET slow?", "What is a gap lock?",
                     "Note: the answers are in part 2.", "How do you avoid deadlocks?", "What is the binlog?", "What is a redo log?"]
        #expect(detector.detect(texts) == [false, false, false, true, false, false, true, false, false, false])
        texts = ["👉 Clustered indexes", "👉 Secondary index lookups", "👉 MVCC and undo", "👉 Why OFFSET is slow"]
        #expect(detector.detect(texts) == Array(repeating: false, count: texts.count))
    }
}
