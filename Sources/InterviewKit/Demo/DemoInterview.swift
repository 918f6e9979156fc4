import Foundation

/// The scripted session behind `interview demo`: a fixed seed, a clock that moves only when the
/// script says so, and typed lines fed to the same ``LiveSession`` that `start` runs, with a
/// second interviewer scoring part of it as a panel member would (the `score` command's path).
public enum DemoInterview {
    public static let seed: UInt64 = 2024
    /// 2026-01-05 10:00 UTC.
    public static let startDate = Date(timeIntervalSince1970: 1_767_607_200)
    public static let candidate = "Ada Lovelace (demo)"
    public static let interviewer = "alice"
    public static let panelMember = "bob"

    /// What the demo recorded.
    public struct Outcome: Sendable {
        public var session: Int64
        public var blueprint: Blueprint
        /// When the script ended: the demo report's `generatedAt`.
        public var endedAt: Date
    }

    /// Criterion scores the script gives, question by question (cycled over the rubric's criteria).
    static let patterns: [[Int]] = [[3, 3, 4, 3], [4, 3, 3, 3], [2, 2, 3, 2], [3, 2, 2, 3], [4, 4, 3, 4], [3, 3, 3, 2]]

    /// Draws and records a session for `blueprint`, then runs the script through ``LiveSession``.
    /// - Throws: ``DrawError`` when the blueprint cannot be drawn, ``StoreError``, or
    ///   ``ReportError/demoFailed(step:message:)`` when a scripted line is refused.
    public static func run(
        store: any SessionStore, bank: Bank, blueprint: Blueprint, isNearDuplicate: @escaping (String, String) -> Bool
    ) throws -> Outcome {
        let clock = ScriptClock(startDate)
        let started = try SessionStart.start(
            store: store, source: BankDrawSource(bank: bank, isNearDuplicate: isNearDuplicate), blueprint: blueprint, candidate: candidate,
            interviewer: interviewer, seed: seed, at: clock.now())
        let (id, plan) = (started.id, started.plan)
        var live = try LiveSession(store: store, session: id, interviewer: interviewer, now: clock.now)
        func type(_ line: String, after seconds: TimeInterval = 15) throws {
            clock.advance(seconds)
            let outcome = live.handle(line)
            if let error = outcome.error { throw ReportError.demoFailed(step: line, message: error) }
        }
        let questions = plan.questions
        let skipped = questions.count >= 3 ? questions.count - 2 : nil
        for (index, question) in questions.enumerated() {
            if index == skipped {
                try type("note Candidate asked to move on; we were short of time.")
                try type("skip ran out of time", after: 40)
                try type("n", after: 5)
                continue
            }
            try type(question.points.count >= 2 ? "t 1 2" : "t 1", after: 60)
            if !question.followUps.isEmpty { try type("f 1", after: 90) }
            if index == 1 { try type("f How would this change under heavy contention?", after: 60) }
            if index == 2, !question.redFlags.isEmpty { try type("r 1", after: 30) }
            if index == 0 { try type("note Clear on the basics; drew the <state machine> & named its trade-offs.", after: 20) }
            let pattern = patterns[index % patterns.count]
            let values = question.rubric.criteria.indices.map { pattern[$0 % pattern.count] }
            try type("s " + values.map(String.init).joined(separator: " "), after: 30)
            // The budget, give or take: the third question runs over.
            let rest = Double(question.minutes * 60) - 225 + (index == 2 ? 150 : -30)
            try type("n", after: max(rest, 5))
            if index < 3 { try panelScores(store: store, session: id, question: question, index: index, at: clock.now()) }
        }
        try type("rec yes", after: 20)
        try type("summary Solid async fundamentals and clear explanations; revisit memory ordering under contention.")
        try store.recommend(
            session: id, interviewer: panelMember, recommendation: .yes, summary: "Good depth; the skipped question is worth a follow-up.",
            finish: false, at: clock.now())
        try type("finish", after: 10)
        return Outcome(session: id, blueprint: blueprint, endedAt: clock.now())
    }

    /// The second interviewer's independent scores for one question, recorded in one transaction.
    static func panelScores(store: any SessionStore, session: Int64, question: AskedQuestion, index: Int, at date: Date) throws {
        let pattern = patterns[(index + 1) % patterns.count]
        let scores = Dictionary(uniqueKeysWithValues: question.rubric.criteria.enumerated().map { ($1.id, pattern[$0 % pattern.count]) })
        var events: [SessionEvent] = [.score(scores), .cover([0], covered: true)]
        if index == 0 { events.append(.note("Agree on the basics; would probe cancellation next time.")) }
        try store.record(events, session: session, question: question.questionID, interviewer: panelMember, at: date)
    }

    /// A clock the script moves by hand.
    final class ScriptClock: @unchecked Sendable {
        private let lock = NSLock()
        private var date: Date

        init(_ date: Date) { self.date = date }

        var now: @Sendable () -> Date { { [self] in lock.withLock { date } } }

        func advance(_ seconds: TimeInterval) { lock.withLock { date += seconds } }
    }
}
