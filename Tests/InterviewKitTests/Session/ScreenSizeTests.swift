import Foundation
import Testing

@testable import InterviewKit

/// The live screen of every shipped question fits a 40-row, 100-column terminal, with the
/// question itself on it; the guide and anchors are one key away.
@Suite("The live screen fits 40 rows x 100 columns")
struct ScreenSizeTests {
    static let bank: Bank? = try? ShippedBank.workspace().bank

    static func record(_ question: Question, rubric: Rubric) -> SessionRecord {
        SessionRecord(
            id: 1, candidate: "Ada", blueprintID: "b", blueprintTitle: "B", minutes: 60, seed: 1, status: .open, position: 0,
            startedAt: Date(timeIntervalSince1970: 0), finishedAt: nil, lastActivityAt: Date(timeIntervalSince1970: 0), interviewers: ["alice"],
            questions: [QuestionRecord(asked: AskedQuestion(position: 0, question: question, rubric: rubric))], notes: [], recommendations: [])
    }

    @Test("every question of the shipped bank: at most 40 rows, none over 100 columns, the question text on screen")
    func fits() throws {
        let bank = try #require(Self.bank)
        #expect(bank.questions.count >= 100)
        for question in bank.questions {
            let rubric = try #require(bank.rubric(for: question))
            let lines = SessionScreen().question(Self.record(question, rubric: rubric), position: 0, interviewer: "alice", questionSeconds: 0, sessionSeconds: 0)
            #expect(lines.count <= SessionScreen.rows, "\(question.id): \(lines.count) rows")
            for line in lines { #expect(line.count <= SessionScreen.width, "\(question.id): \(line.count) columns: \(line)") }
            let shown = lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(shown.contains(question.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")), "\(question.id)")
        }
    }

    @Test("? shows the question's own guide and every anchor; c shows its code")
    func guideAndCode() throws {
        let bank = try #require(Self.bank)
        let question = try #require(bank.questions.first { !$0.crib.code.isEmpty && !$0.crib.guide.isEmpty })
        let rubric = try #require(bank.rubric(for: question))
        let asked = AskedQuestion(position: 0, question: question, rubric: rubric)
        let guide = SessionScreen().guide(asked, marks: QuestionMarks()).joined(separator: "\n")
        let flat = guide.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for (_, line) in question.crib.guide { #expect(flat.contains(line.split(whereSeparator: \.isWhitespace).joined(separator: " "))) }
        for criterion in rubric.criteria { #expect(guide.contains(criterion.id)) }
        let code = SessionScreen().code(asked).joined(separator: "\n")
        #expect(code.contains(question.crib.code[0].source.trimmingCharacters(in: .newlines)))
    }
}
