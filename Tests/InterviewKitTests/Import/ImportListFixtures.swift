/// Question lists written for the tests, with the clusters a person would give them.
enum ImportListFixtures {
    /// Go, plain numbered list, Markdown section headings, levels in brackets, 2 placeholders.
    static let goList = """
        # Top Go Interview Questions (2024)
        
        Updated weekly. 34 Go questions for backend engineers.
        
        ## Concurrency
        
        1. How does the Go scheduler multiplex goroutines onto OS threads? (Senior)
        2. How does Go's runtime schedule goroutines across OS threads? (Senior)
        3. What are channels in Go? (Junior)
        4. How do buffered and unbuffered channels differ? (Intermediate)
        5. What is the difference between buffered and unbuffered channels in Go? (Intermediate)
        6. How do you detect goroutine leaks in production? (Senior)
        7. How would you find goroutine leaks in a running service? (Senior)
        8. How do you prevent goroutine leaks? (Senior)
        9. How does context cancellation propagate through a call chain? (Senior)
        10. How does cancellation propagate via context.Context in Go? (Senior)
        11. How do you avoid data races in Go? (Intermediate)
        12. How do you prevent data races in Go programs? (Intermediate)
        13. How does the Go race detector work? (Senior)
        14. Mutex vs RWMutex in Go: when should you use which? (Intermediate)
        15. What is the difference between sync.Mutex and sync.RWMutex? (Intermediate)
        
        ## Memory
        
        16. How does Go's garbage collector work? (Senior)
        17. How does the Go garbage collector work under the hood? (Senior)
        18. What is escape analysis in Go? (Senior)
        19. How does Go decide whether a variable escapes to the heap? (Senior)
        20. How do you reduce GC pressure in a Go service? (Senior)
        21. What is sync.Pool and when should you use it? (Senior)
        22. Go Interview Question 12 (Premium)
        23. Go Interview Question 13 (Premium)
        
        ## Design and tooling
        
        24. How would you design a rate limiter in Go? (Senior)
        25. How would you design a rate limiter for an HTTP API in Go under heavy load? (Senior)
        26. How do interfaces work in Go? (Intermediate)
        27. How are Go interfaces implemented internally? (Intermediate)
        28. Why can an interface holding a nil pointer be non-nil? (Senior)
        29. How do you profile CPU usage in a Go service? (Senior)
        30. How do you profile CPU usage of a Go service in production? (Senior)
        31. How do you structure a large Go codebase into packages? (Intermediate)
        32. How does Go handle errors compared to exceptions in Java? (Intermediate)
        33. How do you wrap and inspect errors with errors.Is and errors.As? (Intermediate)
        
        Explore more Go interview questions
        """

    /// Entry number → cluster label; "-" for a placeholder.
    static let goGold: [Int: String] = [1: "sched", 2: "sched", 3: "channels", 4: "buffered", 5: "buffered", 6: "leak-detect", 7: "leak-detect", 8: "leak-prevent", 9: "ctx-cancel", 10: "ctx-cancel", 11: "races", 12: "races", 13: "race-detector", 14: "mutex-rw", 15: "mutex-rw", 16: "gc", 17: "gc", 18: "escape-what", 19: "escape-how", 20: "gc-pressure", 21: "pool", 22: "-", 23: "-", 24: "rate-limiter", 25: "rate-limiter", 26: "interfaces", 27: "interfaces", 28: "nil-interface", 29: "profile-cpu", 30: "profile-cpu", 31: "packages", 32: "errors-vs-exceptions", 33: "error-wrapping"]

    /// Distributed systems, one question per line, metadata lines between, FAQ at the end.
    static let distributedList = """
        Distributed Systems Interview Questions
        A curated set of questions asked at infrastructure companies.
        
        How does Raft elect a leader?
        Level: Senior
        Tags: consensus, raft
        
        How does leader election work in Raft?
        Level: Senior
        Tags: consensus
        
        What is the CAP theorem?
        Difficulty: Intermediate
        
        What is the difference between eventual consistency and strong consistency?
        Difficulty: Intermediate
        
        What is eventual consistency?
        Difficulty: Intermediate
        
        How do you handle network partitions in a replicated database?
        Level: Senior
        
        How would you design a distributed key-value store?
        Level: Senior
        
        How would you design a distributed key-value store at scale?
        Level: Senior
        
        How do you implement idempotent APIs?
        Level: Intermediate
        
        How do you make retries safe with idempotency keys?
        Level: Senior
        
        What is a vector clock?
        Level: Intermediate
        
        How do vector clocks detect concurrent updates?
        Level: Senior
        
        How does two-phase commit work?
        Level: Intermediate
        
        Why is two-phase commit considered blocking?
        Level: Senior
        
        How do you detect a failed node in a cluster?
        Level: Senior
        
        How do you implement failure detection in a large cluster?
        Level: Senior
        
        How does consistent hashing distribute keys across nodes?
        Level: Intermediate
        
        How does consistent hashing work?
        Level: Intermediate
        
        How do you prevent cascading failures between services?
        Level: Senior
        
        How do circuit breakers stop cascading failures in microservices?
        Level: Senior
        
        Distributed Systems Question 7
        Distributed Systems Question 8
        Distributed Systems Question 9
        
        FAQ
        How should I prepare for a distributed systems interview?
        Practice explaining trade-offs out loud.
        """

    static let distributedGold: [Int: String] = [1: "raft-election", 2: "raft-election", 3: "cap", 4: "eventual-vs-strong", 5: "eventual", 6: "partitions", 7: "kv-design", 8: "kv-design", 9: "idempotent-api", 10: "idempotency-retries", 11: "vector-clock-what", 12: "vector-clock-how", 13: "2pc", 14: "2pc-blocking", 15: "failure-detection", 16: "failure-detection", 17: "consistent-hashing", 18: "consistent-hashing", 19: "cascading", 20: "cascading-breaker", 21: "-", 22: "-", 23: "-"]
}
