import Foundation
import Testing

@testable import InterviewKit

@Suite("Bank linter")
struct BankLinterTests {
    let linter = BankLinter.standard()

    /// Loads the fixture after `change`, lints it with its blueprints, returns every message.
    func lint(_ change: (TemporaryFolder) -> Void = { _ in }) -> (messages: [String], folder: TemporaryFolder) {
        let folder = TemporaryFolder()
        BankFixture.write(to: folder)
        change(folder)
        let loaded = BankLoader().loadBank(at: folder.url("rubrics"))
        let blueprints = BankLoader().loadBlueprints(at: folder.url("sessions"))
        let all = loaded.diagnostics + blueprints.diagnostics + linter.lint(bank: loaded.bank, blueprints: blueprints.blueprints)
        return (all.map(\.description), folder)
    }

    @Test("the valid fixture lints clean")
    func clean() {
        #expect(lint().messages == [])
    }

    @Test("a question id used twice names both places")
    func duplicateID() {
        let (messages, folder) = lint { $0.write("rubrics/memory.yaml", BankFixture.memoryTopic.replacingOccurrences(of: "memory/drop", with: "async/pin")) }
        #expect(messages == ["\(folder.url("rubrics/memory.yaml")):21: questions[async/pin]: duplicate question id 'async/pin' (first at \(folder.url("rubrics/async.yaml")):21)"])
    }

    @Test("follow-up ids are unique within a question")
    func duplicateFollowUp() {
        let (messages, folder) = lint {
            $0.write("rubrics/memory.yaml", BankFixture.memoryTopic.replacingOccurrences(of: "id: two", with: "id: one"))
        }
        #expect(messages.count == 3)
        #expect(messages.first == "\(folder.url("rubrics/memory.yaml")):6: questions[memory/borrow].follow_ups: duplicate follow-up id 'one'")
    }

    @Test("a topic's rubric must exist")
    func unknownRubric() {
        let (messages, folder) = lint { $0.write("rubrics/memory.yaml", BankFixture.memoryTopic.replacingOccurrences(of: "rubric: default", with: "rubric: design")) }
        #expect(messages == ["\(folder.url("rubrics/memory.yaml")):1: rubric: unknown rubric 'design' (known: default)"])
    }

    @Test("a topic's area is another topic of the bank, one without an area of its own")
    func area() {
        func withArea(_ memory: String, _ async: String? = nil) -> (messages: [String], folder: TemporaryFolder) {
            lint { folder in
                folder.write("rubrics/memory.yaml", BankFixture.memoryTopic.replacingOccurrences(of: "rubric: default", with: "rubric: default\narea: \(memory)"))
                if let async {
                    folder.write("rubrics/async.yaml", BankFixture.asyncTopic.replacingOccurrences(of: "rubric: default", with: "rubric: default\narea: \(async)"))
                }
            }
        }
        #expect(withArea("async").messages == [])
        let unknown = withArea("storage")
        #expect(unknown.messages == ["\(unknown.folder.url("rubrics/memory.yaml")):1: area: unknown area 'storage' (topics without an area: async)"])
        let itself = withArea("memory")
        #expect(itself.messages == ["\(itself.folder.url("rubrics/memory.yaml")):1: area: area 'memory' is the topic itself; leave it out"])
        let chained = withArea("async", "memory")
        #expect(chained.messages.sorted() == [
            "\(chained.folder.url("rubrics/async.yaml")):1: area: area 'memory' is itself filed under 'async'; name a topic without an area",
            "\(chained.folder.url("rubrics/memory.yaml")):1: area: area 'async' is itself filed under 'memory'; name a topic without an area",
        ])
    }

    @Test("rubric weights must sum to 1")
    func weights() {
        let (messages, folder) = lint { $0.write("rubrics/_rubrics.yaml", BankFixture.rubrics.replacingOccurrences(of: "weight: 0.15", with: "weight: 0.2")) }
        #expect(messages == ["\(folder.url("rubrics/_rubrics.yaml")):2: rubrics[default].criteria: criterion weights sum to 1.05, must sum to 1"])
    }

    @Test("every level of the scale needs an anchor")
    func missingAnchor() {
        let (messages, folder) = lint { $0.write("rubrics/_rubrics.yaml", BankFixture.rubrics.replacingOccurrences(of: ", 3: compared", with: "")) }
        #expect(messages == ["\(folder.url("rubrics/_rubrics.yaml")):2: rubrics[default].criteria[tradeoffs].anchors: no anchor for level 3; every level 1-4 needs one"])
    }

    @Test("a scale with no anchors at all is reported, and anchors outside the scale too")
    func scaleWithoutAnchors() {
        let (messages, folder) = lint {
            $0.write("rubrics/_rubrics.yaml", BankFixture.rubrics.replacingOccurrences(of: "scale: [1, 4]", with: "scale: [0, 9]"))
        }
        let path = folder.url("rubrics/_rubrics.yaml")
        #expect(messages.contains("\(path):2: rubrics[default].criteria[correctness].anchors: no anchor for level 0, 5, 6, 7, 8, 9; every level 0-9 needs one"))
        // Four criteria, and each of the six questions' guides misses 0 and 5-9.
        #expect(messages.count == 4 + 6)
        #expect(messages.filter { $0.contains("needs a guide line for every score of rubric 'default' (0-9): missing 0, 5, 6, 7, 8, 9") }.count == 6)
    }

    @Test("a question needs four core points, a guide for every score, two follow-ups, and positive minutes")
    func thinQuestion() {
        let (messages, folder) = lint {
            let thin = BankFixture.asyncTopic
                .replacingOccurrences(of: "third point, fourth point", with: "third point")
                .replacingOccurrences(of: "4: Also the bonus point.", with: "5: Also the bonus point.")
                .replacingOccurrences(of: "      - id: two\n        text: Second follow-up?\n", with: "")
                .replacingOccurrences(of: "minutes: 5", with: "minutes: 0")
            $0.write("rubrics/async.yaml", thin)
        }
        let path = folder.url("rubrics/async.yaml")
        #expect(messages.contains("\(path):6: questions[async/waker].points: needs at least 4 core points (what a 3 needs), found 3"))
        #expect(messages.contains("\(path):6: questions[async/waker].guide: needs a guide line for every score of rubric 'default' (1-4): missing 4"))
        #expect(messages.contains("\(path):6: questions[async/waker].guide: score 5 is outside the scale of rubric 'default' (1-4)"))
        #expect(messages.contains("\(path):6: questions[async/waker].follow_ups: needs at least 2 follow-ups, found 1"))
        #expect(messages.contains("\(path):32: questions[async/cancel].minutes: minutes must be greater than 0, found 0"))
    }

    @Test("a blueprint's topic must exist")
    func blueprintUnknownTopic() {
        let (messages, folder) = lint { $0.write("sessions/small.yaml", BankFixture.blueprint.replacingOccurrences(of: "memory: 1", with: "networking: 1")) }
        #expect(messages == ["\(folder.url("sessions/small.yaml")):5: topics.networking: unknown topic 'networking' (known: async, memory)"])
    }

    @Test("counts and weights must be positive")
    func blueprintNegative() {
        let (messages, folder) = lint { $0.write("sessions/small.yaml", BankFixture.blueprint.replacingOccurrences(of: "memory: 1", with: "memory: -1")) }
        #expect(messages.contains("\(folder.url("sessions/small.yaml")):5: topics.memory: count or weight must be positive, found -1"))
    }

    @Test("a generic variant is a warning (the screen offers variants); seen_as may hold it; a wording is given once")
    func wordings() {
        let text = "text: When does Drop run for a value moved into a closure?"
        let generic = "How does Rust handle drop order?"
        func withWordings(_ lists: String) -> (TemporaryFolder) -> Void {
            { $0.write("rubrics/memory.yaml", BankFixture.memoryTopic.replacingOccurrences(of: text, with: text + "\n" + lists)) }
        }
        let (offered, folder) = lint(withWordings("    variants: [\"\(generic)\", When is a moved value dropped?]"))
        #expect(offered == [
            "\(folder.url("rubrics/memory.yaml")):21: warning: questions[memory/drop].variants[0]: generic prompt (how does Rust <verb> X) offered as a way to ask: make it concrete, or move it to seen_as"
        ])
        #expect(lint(withWordings("    variants: [When is a moved value dropped?]\n    seen_as: [\"\(generic)\"]")).messages == [])
        let (twice, other) = lint(withWordings("    variants: [When is a moved value dropped?]\n    seen_as: [When is a moved value dropped?]"))
        #expect(twice == ["\(other.url("rubrics/memory.yaml")):21: questions[memory/drop].seen_as: wording given twice: When is a moved value dropped?"])
    }

    @Test("a guide line may cite only the core points the question has")
    func guideCitesMissingPoint() {
        let (messages, folder) = lint {
            $0.write("rubrics/memory.yaml", BankFixture.memoryTopic.replacingOccurrences(of: "3: Core points 1-4., 4: Also the bonus point.}", with: "3: Core points 1-5., 4: Also point 4 and bonus points 1-2.}"))
        }
        #expect(messages.filter { !$0.contains("warning:") }.count == 3)
        #expect(messages.contains("\(folder.url("rubrics/memory.yaml")):6: questions[memory/borrow].guide.3: cites point 5, but the question has 4 core points"))
        #expect(GuideReferences.corePoints(in: "Points 1-4 and 6; also point 7 or 8, and a bonus point; 3 points; bonus points 1-2") == [1, 4, 6, 7, 8])
    }

    @Test("near-duplicate questions in the bank are reported")
    func nearDuplicate() {
        let (messages, folder) = lint {
            $0.write("rubrics/memory.yaml", BankFixture.memoryTopic.replacingOccurrences(
                of: "Which rule of the borrow checker does pushing to a Vec while holding a reference into it break?",
                with: "How does the Waker integrate with epoll in Rust?"))
        }
        #expect(messages.filter { !$0.contains("warning:") } == [
            "\(folder.url("rubrics/memory.yaml")):6: questions[memory/borrow]: asks the same as 'async/waker' (first at \(folder.url("rubrics/async.yaml")):6) (similarity 1.00): \"How does the Waker integrate with epoll in Rust?\" ~ \"How does the Waker integrate with epoll?\""
        ])
    }
}
