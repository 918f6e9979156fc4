import ArgumentParser
import Foundation
import InterviewKit

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Record scores and marks for one question without the live screen (a panel member, a script).",
        discussion: "Everything given is recorded in one transaction, or nothing is.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The session id.")
    var session: Int64

    @Option(help: "The question id, as drawn into the session.")
    var question: String

    @Option(help: "Your name.")
    var interviewer: String

    @Option(name: .customLong("score"), help: ArgumentHelp("A criterion score, e.g. depth=3 (repeat for each).", valueName: "criterion=value"))
    var scores: [String] = []

    @Option(help: ArgumentHelp("Covered points by number, e.g. 1,3.", valueName: "numbers"))
    var covered: String?

    @Option(name: .customLong("follow-up"), help: ArgumentHelp("A follow-up asked: a listed id, or the text asked.", valueName: "id-or-text"))
    var followUps: [String] = []

    @Option(name: .customLong("red-flag"), help: ArgumentHelp("A red flag heard, by number.", valueName: "n"))
    var redFlags: [Int] = []

    @Option(help: "A note.")
    var note: String?

    @Option(help: "Skip the question with this reason.")
    var skip: String?

    func parsedScores() throws -> [String: Int] {
        var result: [String: Int] = [:]
        for item in scores {
            guard let entry = ScoreEntry(item) else { throw ValidationError("--score takes criterion=value, e.g. depth=3 (got '\(item)')") }
            result[entry.criterion] = entry.value
        }
        return result
    }

    func parsedCovered() throws -> [Int] {
        guard let covered else { return [] }
        return try covered.split(whereSeparator: { $0 == "," || $0 == " " }).map { part in
            guard let number = Int(part), number >= 1 else { throw ValidationError("--covered takes point numbers, e.g. 1,3 (got '\(part)')") }
            return number - 1
        }
    }

    func validate() throws {
        _ = try parsedScores()
        _ = try parsedCovered()
        if let bad = redFlags.first(where: { $0 < 1 }) { throw ValidationError("--red-flag takes numbers from 1 (got \(bad))") }
        if scores.isEmpty && covered == nil && followUps.isEmpty && redFlags.isEmpty && note == nil && skip == nil {
            throw ValidationError("nothing to record: give --score, --covered, --follow-up, --red-flag, --note or --skip")
        }
    }

    func run() throws {
        let store = try database.open()
        let record = try store.session(session)
        guard let asked = record.question(question)?.asked else {
            throw StoreError.unknownQuestion(session: session, question: question, known: record.questions.map(\.asked.questionID))
        }
        var events: [SessionEvent] = []
        let scores = try parsedScores()
        if !scores.isEmpty { events.append(.score(scores)) }
        let covered = try parsedCovered()
        if !covered.isEmpty { events.append(.cover(covered, covered: true)) }
        events += followUps.map { SessionEvent.followUp($0, of: asked) }
        if !redFlags.isEmpty { events.append(.redFlag(redFlags.map { $0 - 1 }, on: true)) }
        if let note { events.append(.note(note)) }
        if let skip { events.append(.skip(reason: skip)) }
        try store.record(events, session: session, question: question, interviewer: interviewer, at: Date())
        Console.err("recorded \(events.count) item\(events.count == 1 ? "" : "s") for \(question) by \(interviewer)")
    }
}
