import Foundation
import Testing

@testable import InterviewKit

@Suite("Session planner on the shipped bank")
struct SessionPlannerTests {
    func plan(_ workspace: BankWorkspace, _ blueprint: String, seed: UInt64, exposure: [String: Int] = [:], history: [String: Int] = [:]) throws -> SessionPlan {
        try SessionPlanner.plan(
            bank: workspace.bank, blueprint: try workspace.blueprint(blueprint, linter: .standard()), seed: seed, exposure: exposure,
            history: history, isNearDuplicate: workspace.similarity.isSameQuestion)
    }

    @Test("1,000 recorded draws use every question of a cell evenly (max - min <= 1 after each draw)")
    func evenExposure() throws {
        let workspace = try ShippedBank.workspace()
        for blueprint in ["senior-rust-60", "general-45"] {
            var exposure: [String: Int] = [:]
            var worst = 0
            for seed in UInt64(1)...1000 {
                let drawn = try plan(workspace, blueprint, seed: seed, exposure: exposure)
                for question in drawn.questions { exposure[question.questionID, default: 0] += 1 }
                var cells: [String: [Int]] = [:]
                for question in workspace.bank.questions {
                    cells["\(question.topic)/\(question.level.rawValue)", default: []].append(exposure[question.id] ?? 0)
                }
                for (cell, counts) in cells where drawn.questions.contains(where: { "\($0.topic)/\($0.level)" == cell }) {
                    worst = max(worst, (counts.max() ?? 0) - (counts.min() ?? 0))
                }
            }
            #expect(worst <= 1, "\(blueprint): a cell's exposures differ by \(worst)")
        }
    }

    @Test("a candidate who did the senior blueprint twice is asked nothing again on the third draw")
    func noRepeats() throws {
        let workspace = try ShippedBank.workspace()
        var history: [String: Int] = [:]
        var asked: Set<String> = []
        for seed in UInt64(1)...2 {
            for question in try plan(workspace, "senior-rust-60", seed: seed, history: history).questions {
                asked.insert(question.questionID)
                history[question.questionID] = history.count + 1
            }
        }
        let third = try plan(workspace, "senior-rust-60", seed: 3, history: history)
        let size = try #require(workspace.blueprints.first { $0.id == "senior-rust-60" }).questions
        #expect(asked.count == 2 * size)
        #expect(Set(third.questions.map(\.questionID)).isDisjoint(with: asked))
        #expect(third.reused.isEmpty)
    }

    @Test("when a cell runs out, the least recently asked questions come back and are named")
    func reuse() throws {
        let workspace = try ShippedBank.workspace()
        let distributed = workspace.bank.questions.filter { $0.topic == "distributed" && $0.level == .senior }.map(\.id).sorted()
        var history: [String: Int] = [:]
        for (rank, id) in distributed.enumerated() { history[id] = rank + 1 }
        let drawn = try plan(workspace, "senior-rust-60", seed: 1, history: history)
        #expect(drawn.reused == [distributed[0]])
        #expect(drawn.questions.first { $0.topic == "distributed" }?.reused == true)
    }

    @Test("the same bank, blueprint, history and seed give the same questions; every blueprint fits its budget")
    func reproducible() throws {
        let workspace = try ShippedBank.workspace()
        for blueprint in workspace.blueprints {
            for seed in UInt64(0)..<20 {
                let a = try plan(workspace, blueprint.id, seed: seed)
                let b = try plan(workspace, blueprint.id, seed: seed)
                #expect(a.questions == b.questions)
                #expect(a.questions.count == blueprint.questions)
                #expect(a.questions.reduce(0) { $0 + $1.minutes } <= blueprint.minutes)
                #expect(Set(a.questions.map(\.questionID)).count == blueprint.questions)
            }
        }
    }

    @Test("practice favours topics never asked and topics scored low")
    func practiceWeights() {
        let weights = PracticeFocus.weights(
            [("async", 1), ("memory", 1), ("safety", 1)],
            performance: ["async": TopicPerformance(meanScore: 4, asked: 3), "memory": TopicPerformance(meanScore: 1.5, asked: 3)],
            scale: 1...4)
        #expect(weights.map(\.id) == ["async", "memory", "safety"])
        #expect(abs(weights[0].weight - 1.25) < 1e-9)
        #expect(abs(weights[1].weight - (1 + 2.5 / 3 + 0.25)) < 1e-9)
        #expect(abs(weights[2].weight - 2) < 1e-9)
    }
}
