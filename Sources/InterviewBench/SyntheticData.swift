import Foundation
import InterviewKit

/// Realistic synthetic data for benchmarks, reproducible from a seed: candidates with an ability,
/// interviewers with their own leniency, panels of 1-3 (each size equally often unless
/// `panelWeights` says otherwise), 4-8 questions (or `questionsPerSession`) of 4 criteria each,
/// covered points, follow-ups and notes.
public struct SyntheticData: Sendable {
    public static let topics = [
        "architecture", "async", "compiler", "concurrency", "distributed", "memory", "observability", "performance", "reliability",
        "safety", "systems",
    ]

    public var sessions: Int
    public var candidates: Int
    public var interviewers: Int
    public var seed: UInt64
    public var start: Date
    /// Relative weights of panels of one, two, three... interviewers.
    public var panelWeights: [Int]
    /// How many questions a session asks, drawn evenly from this range.
    public var questionsPerSession: ClosedRange<Int>

    public init(
        sessions: Int, candidates: Int, interviewers: Int = 40, seed: UInt64, start: Date = Date(timeIntervalSince1970: 1_767_225_600),
        panelWeights: [Int] = [1, 1, 1], questionsPerSession: ClosedRange<Int> = 4...8
    ) {
        self.sessions = sessions
        self.candidates = max(1, candidates)
        self.interviewers = max(3, interviewers)
        self.seed = seed
        self.start = start
        let weights = panelWeights.prefix(self.interviewers).map { max(0, $0) }
        self.panelWeights = weights.reduce(0, +) > 0 ? Array(weights) : [1]
        self.questionsPerSession = max(1, questionsPerSession.lowerBound)...max(1, questionsPerSession.upperBound)
    }

    /// A panel size drawn by `panelWeights` (with the default weights, `1 + r % 3`).
    private func panelSize(_ random: inout SplitMix64) -> Int {
        var pick = Int(random.next() % UInt64(panelWeights.reduce(0, +)))
        for (index, weight) in panelWeights.enumerated() {
            if pick < weight { return index + 1 }
            pick -= weight
        }
        return panelWeights.count
    }

    /// The compact rubric of generated sessions (same criteria and weights as the shipped default).
    public static let rubric = Rubric(
        id: "default", scale: 1...4,
        criteria: [("correctness", 0.35), ("depth", 0.25), ("tradeoffs", 0.25), ("communication", 0.15)].map {
            Criterion(id: $0.0, weight: $0.1, anchors: [1: "weak", 2: "surface", 3: "solid", 4: "excellent"])
        })

    /// A bank of `count` distinct questions over the eleven topics, two levels.
    public static func questions(count: Int, seed: UInt64) -> [Question] {
        var random = SplitMix64(seed: seed)
        let subjects = ["wakers", "pinning", "arenas", "atomics", "channels", "lifetimes", "traits", "allocators", "tracing", "retries", "sockets", "caches"]
        let angles = ["internals", "trade-offs", "failure modes", "testing", "tuning", "design", "debugging", "limits"]
        return (0..<count).map { index in
            let topic = topics[index % topics.count]
            let subject = subjects[Int(random.next() % UInt64(subjects.count))]
            let angle = angles[Int(random.next() % UInt64(angles.count))]
            return Question(
                id: "\(topic)/q\(index)", topic: topic, level: index % 3 == 0 ? .intermediate : .senior, minutes: 5 + Int(random.next() % 5),
                text: "Question \(index): explain \(subject) \(angle) in \(topic) work, case \(index)?",
                points: (1...5).map { "point \($0) of question \(index)" }, redFlags: ["red flag of \(index)", "another red flag"],
                followUps: (1...3).map { FollowUp(id: "f\($0)", text: "Follow-up \($0) of \(index)?") })
        }
    }

    /// Sessions `range` of the data set, in time order. The same seed always gives the same data.
    public func batch(_ range: Range<Int>, bank: [Question]) -> [BulkSession] {
        range.map { index in session(index, bank: bank) }
    }

    func interviewerName(_ index: Int) -> String { "interviewer \(index)" }

    func leniency(_ interviewer: Int) -> Double {
        var random = SplitMix64(seed: seed ^ 0xA5A5 &+ UInt64(interviewer))
        return Double(Int(random.next() % 61) - 30) / 100
    }

    func ability(_ candidate: Int) -> Double {
        var random = SplitMix64(seed: seed ^ 0x5A5A &+ UInt64(candidate))
        return 1.6 + Double(random.next() % 200) / 100
    }

    func session(_ index: Int, bank: [Question]) -> BulkSession {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let candidate = index % candidates
        let started = start.addingTimeInterval(Double(index) * 600)
        let size = panelSize(&random)
        var panel: [Int] = []
        while panel.count < size {
            let pick = Int(random.next() % UInt64(interviewers))
            if !panel.contains(pick) { panel.append(pick) }
        }
        let count = questionsPerSession.lowerBound + Int(random.next() % UInt64(questionsPerSession.count))
        var picked: [Question] = []
        var used: Set<Int> = []
        while picked.count < count {
            let pick = Int(random.next() % UInt64(bank.count))
            if used.insert(pick).inserted || used.count >= bank.count { picked.append(bank[pick]) }
        }
        let asked = picked.enumerated().map { AskedQuestion(position: $0, question: $1, rubric: Self.rubric) }
        var ratings: [BulkSession.Rating] = []
        for question in asked {
            let difficulty = Double(random.next() % 100) / 100 - 0.5
            for member in panel {
                var scores: [String: Int] = [:]
                for criterion in Self.rubric.criteria {
                    let noise = Double(Int(random.next() % 101) - 50) / 60
                    scores[criterion.id] = min(4, max(1, Int((ability(candidate) + leniency(member) - difficulty + noise).rounded())))
                }
                let covered = (0..<question.points.count).filter { _ in random.next() % 2 == 0 }
                let followUps = question.followUps.filter { _ in random.next() % 3 == 0 }
                let note: String? = random.next() % 4 == 0 ? "Note on \(question.questionID) by \(interviewerName(member))" : nil
                ratings.append(
                    BulkSession.Rating(
                        position: question.position, interviewer: interviewerName(member), scores: scores, covered: covered, followUps: followUps,
                        note: note))
            }
        }
        let finished = random.next() % 20 != 0
        let recommendations: [(interviewer: String, value: Recommendation, summary: String)] =
            finished
            ? panel.map { member in
                let value = Recommendation.allCases[min(3, max(0, Int((ability(candidate) + leniency(member) - 1).rounded())))]
                return (interviewerName(member), value, "Summary by \(interviewerName(member))")
            } : []
        return BulkSession(
            session: NewSession(
                candidate: "candidate \(candidate)", interviewer: interviewerName(panel[0]), blueprintID: "senior-rust-60",
                blueprintTitle: "Senior Rust engineer, 60 minutes", minutes: 60, seed: UInt64(index), questions: asked, startedAt: started),
            panel: panel.map(interviewerName), ratings: ratings, recommendations: recommendations,
            finishedAt: finished ? started.addingTimeInterval(3600) : nil)
    }
}
