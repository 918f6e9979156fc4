import Foundation

/// The live interview as a state machine: a typed line goes in, it is committed to the store,
/// and the lines to show come out. It knows nothing of terminals; time comes from `now`.
public struct LiveSession {
    /// What one line produced.
    public struct Outcome: Sendable, Equatable {
        /// Lines to show on standard output.
        public var lines: [String]
        /// One line saying what was wrong, when the line was refused (nothing was recorded).
        public var error: String?
        /// Set when the session ended: paused or finished.
        public var ended: Ending?
    }

    public enum Ending: Sendable, Equatable {
        case paused
        case finished
    }

    public private(set) var record: SessionRecord
    public let interviewer: String
    let store: any SessionStore
    let now: @Sendable () -> Date
    var screen: SessionScreen
    /// When the current question was shown (time on it is added when leaving).
    var enteredAt: Date
    /// Chooses an adaptive session's next question; nil for a session drawn whole.
    let adaptive: AdaptiveInterview?

    public init(
        store: any SessionStore, session: Int64, interviewer: String, style: ScreenStyle = .plain, adaptive: AdaptiveInterview? = nil,
        now: @escaping @Sendable () -> Date
    ) throws(StoreError) {
        self.store = store
        self.interviewer = interviewer
        self.now = now
        self.adaptive = adaptive
        self.record = try store.session(session)
        self.screen = SessionScreen(style: style)
        self.enteredAt = now()
        if record.status == .finished { throw StoreError.sessionFinished(record.id) }
    }

    var position: Int { min(record.position, record.questions.count) }
    var atWrapUp: Bool { position >= record.questions.count }
    var current: QuestionRecord? { atWrapUp ? nil : record.questions[position] }

    /// Seconds on the current question, recorded plus since it was shown.
    var questionSeconds: Int {
        (current?.secondsSpent ?? 0) + Int(now().timeIntervalSince(enteredAt).rounded(.down))
    }

    var sessionSeconds: Int {
        record.questions.reduce(0) { $0 + $1.secondsSpent } + Int(now().timeIntervalSince(enteredAt).rounded(.down))
    }

    /// The current screen.
    public func show() -> [String] {
        guard !atWrapUp else { return screen.wrapUp(record, interviewer: interviewer) }
        return screen.question(
            record, position: position, interviewer: interviewer, questionSeconds: questionSeconds, sessionSeconds: sessionSeconds)
    }

    /// The prompt line, e.g. `[2/6] > `.
    public var prompt: String {
        atWrapUp ? "[wrap-up] > " : "[\(position + 1)/\(record.plannedCount)] > "
    }

    /// Handles one typed line: parse, commit, refresh.
    public mutating func handle(_ line: String) -> Outcome {
        let command: PromptCommand?
        do {
            command = try PromptCommand.parse(line)
        } catch {
            return Outcome(lines: [], error: error.description)
        }
        guard let command else { return Outcome(lines: [], error: nil) }
        do {
            return try perform(command)
        } catch let error as StoreError {
            return Outcome(lines: [], error: error.description)
        } catch let error as PromptCommand.ParseError {
            return Outcome(lines: [], error: error.description)
        } catch {
            return Outcome(lines: [], error: "\(error)")
        }
    }

    /// Pauses cleanly (end of input, Ctrl-C): records the time on the current question.
    public mutating func pause() throws(StoreError) -> Outcome {
        try move(to: position)
        return Outcome(lines: ["Paused. Continue with: interview resume \(record.id)"], error: nil, ended: .paused)
    }

    mutating func perform(_ command: PromptCommand) throws -> Outcome {
        switch command {
        case .help:
            return Outcome(lines: PromptCommand.helpLines, error: nil)
        case .show:
            return Outcome(lines: show(), error: nil)
        case .guide:
            guard let current else { throw refusal("this is the wrap-up: b goes back to the last question") }
            return Outcome(lines: screen.guide(current.asked, marks: current.marks(of: interviewer)), error: nil)
        case .code:
            guard let current else { throw refusal("this is the wrap-up: b goes back to the last question") }
            return Outcome(lines: screen.code(current.asked), error: nil)
        case .pause:
            return try pause()
        case .next:
            guard let current else { throw refusal("this is the wrap-up: give a recommendation, then finish") }
            if let reason = RecordingRules.unfinishedReason(current.marks(of: interviewer), rubric: current.asked.rubric) {
                throw refusal(reason)
            }
            let ended = try chooseNext()
            try move(to: position + 1)
            return Outcome(lines: (ended.map { [screen.style.warning($0)] } ?? []) + show(), error: nil)
        case .estimate:
            guard let adaptive else { throw refusal("e shows an adaptive session's running estimate; this session was drawn whole") }
            let estimate = try adaptive.estimate(record)
            return Outcome(lines: [Self.estimateLine(estimate)], error: nil)
        case .back:
            guard position > 0 else { throw refusal("already at the first question") }
            try move(to: position - 1)
            return Outcome(lines: show(), error: nil)
        case .go(let number):
            guard (1...record.questions.count + 1).contains(number) else {
                throw refusal("no question \(number) (this session has 1-\(record.questions.count); \(record.questions.count + 1) is the wrap-up)")
            }
            try move(to: number - 1)
            return Outcome(lines: show(), error: nil)
        case .recommend(let value):
            guard atWrapUp else { throw refusal("recommendations come at the end; n moves on, g \(record.questions.count + 1) jumps there") }
            try store.recommend(session: record.id, interviewer: interviewer, recommendation: value, summary: nil, finish: false, at: now())
            try reload()
            return Outcome(lines: ["Recommendation: \(value.rawValue)"], error: nil)
        case .summary(let text):
            guard let mine = record.recommendations.first(where: { $0.interviewer == interviewer }) else {
                throw refusal("give your recommendation first: rec strong-no | no | yes | strong-yes")
            }
            try store.recommend(session: record.id, interviewer: interviewer, recommendation: mine.recommendation, summary: text, finish: false, at: now())
            try reload()
            return Outcome(lines: ["Summary recorded."], error: nil)
        case .finish:
            guard atWrapUp else { throw refusal("finish comes after the last question") }
            guard let mine = record.recommendations.first(where: { $0.interviewer == interviewer }) else {
                throw refusal("give your recommendation first: rec strong-no | no | yes | strong-yes")
            }
            try store.recommend(session: record.id, interviewer: interviewer, recommendation: mine.recommendation, summary: nil, finish: true, at: now())
            try reload()
            return Outcome(lines: ["Session \(record.id) finished. Report: interview report \(record.id)"], error: nil, ended: .finished)
        case .note(let text) where atWrapUp:
            try store.record(.note(text), session: record.id, question: nil, interviewer: interviewer, at: now())
            try reload()
            return Outcome(lines: ["Note recorded."], error: nil)
        default:
            guard let current else { throw refusal("this is the wrap-up: b goes back to the last question") }
            let event = try event(for: command, question: current.asked)
            try store.record(event, session: record.id, question: current.asked.questionID, interviewer: interviewer, at: now())
            try reload()
            return Outcome(lines: [screen.style.dim(confirmation(for: command))] + screen.status(record.questions[position].marks(of: interviewer), rubric: current.asked.rubric), error: nil)
        }
    }

    /// The store event for a recording command, checked against the question first.
    func event(for command: PromptCommand, question: AskedQuestion) throws -> SessionEvent {
        switch command {
        case .tick(let numbers): return .cover(try RecordingRules.indexes(numbers, count: question.tickable.count, kind: "point"), covered: true)
        case .untick(let numbers): return .cover(try RecordingRules.indexes(numbers, count: question.tickable.count, kind: "point"), covered: false)
        case .redFlag(let numbers): return .redFlag(try RecordingRules.indexes(numbers, count: question.redFlags.count, kind: "red flag"), on: true)
        case .clearRedFlag(let numbers): return .redFlag(try RecordingRules.indexes(numbers, count: question.redFlags.count, kind: "red flag"), on: false)
        case .followUpNumber(let number):
            let index = try RecordingRules.indexes([number], count: question.followUps.count, kind: "follow-up")[0]
            return .followUp(id: question.followUps[index].id, text: question.followUps[index].text)
        case .followUpText(let text): return .followUp(id: nil, text: text)
        case .note(let text): return .note(text)
        case .skip(let reason): return .skip(reason: reason)
        case .scoreInOrder(let values):
            let criteria = question.rubric.criteria
            guard values.count <= criteria.count else {
                throw refusal("\(values.count) scores for \(criteria.count) criteria (\(criteria.map(\.id).joined(separator: " ")))")
            }
            return .score(try checked(Dictionary(uniqueKeysWithValues: zip(criteria.map(\.id), values)), rubric: question.rubric))
        case .scoreNamed(let scores):
            return .score(try checked(scores, rubric: question.rubric))
        default:
            throw refusal("not available here")
        }
    }

    func checked(_ scores: [String: Int], rubric: Rubric) throws -> [String: Int] {
        try RecordingRules.checkScores(scores, rubric: rubric)
        return scores
    }

    func confirmation(for command: PromptCommand) -> String {
        switch command {
        case .tick(let n): return "ticked \(n.map(String.init).joined(separator: ", "))"
        case .untick(let n): return "unticked \(n.map(String.init).joined(separator: ", "))"
        case .redFlag(let n): return "red flag \(n.map(String.init).joined(separator: ", "))"
        case .clearRedFlag(let n): return "cleared red flag \(n.map(String.init).joined(separator: ", "))"
        case .followUpNumber(let n): return "follow-up \(n) asked"
        case .followUpText: return "follow-up recorded"
        case .note: return "note recorded"
        case .skip: return "skipped; n moves on"
        default: return "recorded"
        }
    }

    func refusal(_ message: String) -> PromptCommand.ParseError { PromptCommand.ParseError(message: message) }

    /// Before leaving an adaptive session's last question so far: chooses and records the next
    /// one. Returns a line to show when no remaining question fits the blueprint: the session then
    /// goes to its wrap-up with the questions it has, and `finish` closes it.
    mutating func chooseNext() throws -> String? {
        guard let planned = record.adaptiveCount else { return nil }
        // Another panel member's screen may have chosen it already.
        try reload()
        guard position + 1 == record.questions.count, record.questions.count < planned else { return nil }
        guard let adaptive else {
            throw refusal("this adaptive session needs the bank to choose its next question: resume it where rubrics/ and sessions/ are (or give --bank)")
        }
        do {
            let next = try adaptive.next(after: record)
            try store.appendQuestion(next, session: record.id, at: now())
            try reload()
            return nil
        } catch let error as AdaptiveError {
            return "No next question fits the blueprint: \(error). The interview can end here with \(record.questions.count) of \(planned) questions: give a recommendation and finish (b goes back)."
        } catch let error as DrawError {
            return "No next question: \(error). Give a recommendation and finish (b goes back)."
        }
    }

    /// "Running estimate: θ = +0.42 ± 1.20 logits (95%) after 12 criterion scores; 0 is an average question, …".
    static func estimateLine(_ estimate: AbilityEstimate) -> String {
        guard estimate.observations > 0 else { return "Running estimate: none yet (no scores); questions start at average difficulty" }
        return "Running estimate: θ = \(NumberText.fixed(estimate.ability, places: 2, plus: true)) ± \(NumberText.fixed(1.96 * estimate.standardError, places: 2)) logits (95%) "
            + "after \(estimate.observations) criterion scores; 0 is an average question, and it is hidden unless you ask so as not to anchor your scoring"
    }

    /// Commits a move (with the time spent on the question left) and shows the new position.
    mutating func move(to target: Int) throws(StoreError) {
        let date = now()
        let seconds = Int(date.timeIntervalSince(enteredAt).rounded(.down))
        try store.move(session: record.id, to: target, leaving: current?.asked.questionID, seconds: seconds, at: date)
        enteredAt = date
        try reload()
    }

    mutating func reload() throws(StoreError) {
        record = try store.session(record.id)
    }
}
