import Testing
@testable import InterviewKit

@Suite("Item analysis for bank stats (scoring.md §6)")
struct ItemAnalysisTests {
    /// S1...S9 of the spec; `nil` is drawn but skipped.
    static let sessions: [[String: Double?]] = [
        ["as": 3.35, "ab": 2.6, "ma": 3.0, "ca": 2.35, "ex": 4.0, "hy": 1.0, "sa": 2.6],
        ["as": 2.1, "ma": 2.35, "mb": 1.75, "ca": 2.0, "da": 2.6, "ex": 3.65, "hy": 1.35, "sa": 2.85, "ya": 2.35],
        ["as": 3.65, "ab": 3.35, "mb": 3.0, "ca": 3.45, "da": 3.0, "ex": 4.0, "sa": 2.35],
        ["as": 2.6, "ab": 2.1, "ma": 2.6, "ca": 2.35, "ex": 3.65, "hy": 1.0, "ya": 2.6],
        ["as": nil, "ab": 2.85, "ma": 3.35, "mb": 2.6, "da": 3.35, "ex": 4.0, "sa": 3.0],
        ["as": 3.0, "ma": 2.75, "mb": 2.35, "ca": 2.6, "da": 2.0, "ex": 3.65, "hy": 1.35, "ya": 3.1],
        ["as": 1.75, "ab": 1.9, "mb": 1.5, "ca": 2.1, "da": 2.35, "ex": 4.0, "hy": 1.0, "sa": 2.6],
        ["as": 3.45, "ma": 3.65, "mb": 3.0, "da": 3.1, "sa": 3.25, "ya": 2.85],
        ["as": 2.85, "ma": nil],
    ]

    struct Expected: Sendable {
        let id: String
        let drawn: Int
        let scored: Int
        let p: Double
        let r: Double?
        let k: Int
        let flags: [ItemAnalysis.Flag]
    }

    static let expected: [Expected] = [
        .init(id: "as", drawn: 9, scored: 8, p: 0.614583, r: 0.865399, k: 7, flags: []),
        .init(id: "ab", drawn: 5, scored: 5, p: 0.52, r: 0.939694, k: 5, flags: []),
        .init(id: "ma", drawn: 7, scored: 6, p: 0.65, r: 0.960019, k: 6, flags: []),
        .init(id: "mb", drawn: 6, scored: 6, p: 0.455556, r: 0.944913, k: 6, flags: []),
        .init(id: "ca", drawn: 6, scored: 6, p: 0.491667, r: 0.910083, k: 6, flags: []),
        .init(id: "da", drawn: 6, scored: 6, p: 0.577778, r: 0.717409, k: 6, flags: []),
        .init(id: "ex", drawn: 7, scored: 7, p: 0.95, r: 0.417858, k: 7, flags: [.tooEasy]),
        .init(id: "hy", drawn: 5, scored: 5, p: 0.046667, r: -0.066182, k: 5,
              flags: [.tooHard, .negativeDiscrimination]),
        .init(id: "sa", drawn: 6, scored: 6, p: 0.591667, r: 0.148721, k: 6, flags: [.weakDiscrimination]),
        .init(id: "ya", drawn: 4, scored: 4, p: 0.575, r: nil, k: 4, flags: []),
    ]

    @Test("every question of the vector: drawn, scored, p, r over k sessions, flags", arguments: expected)
    func vector(_ e: Expected) throws {
        let analysis = ItemAnalysis(sessions: Self.sessions, scale: .standard)
        let item = try #require(analysis.item(e.id))
        #expect(item.drawn == e.drawn)
        #expect(item.scored == e.scored)
        #expect(scoringClose(item.difficulty, e.p))
        if let r = e.r {
            #expect(scoringClose(item.discrimination, r))
        } else {
            #expect(item.discrimination == nil)
        }
        #expect(item.discriminationSessions == e.k)
        #expect(item.flags == e.flags)
    }

    @Test("items come in code-point order of id")
    func order() {
        let analysis = ItemAnalysis(sessions: Self.sessions, scale: .standard)
        #expect(analysis.items.map(\.id) == ["ab", "as", "ca", "da", "ex", "hy", "ma", "mb", "sa", "ya"])
    }

    @Test("zero variance leaves r undefined; a never-scored question has no difficulty")
    func degenerate() throws {
        let flat: [[String: Double?]] = (0..<6).map { i in ["q": 3.0, "o": 2.0 + Double(i) / 10, "n": nil] }
        let analysis = ItemAnalysis(sessions: flat, scale: .standard)
        let q = try #require(analysis.item("q"))
        #expect(q.discriminationSessions == 6)
        #expect(q.discrimination == nil)
        let n = try #require(analysis.item("n"))
        #expect(n.drawn == 6)
        #expect(n.scored == 0)
        #expect(n.difficulty == nil)
        #expect(n.flags.isEmpty)
    }

    @Test("easy and hard flags need at least 5 scored sessions")
    func flagsNeedFive() throws {
        let four: [[String: Double?]] = (0..<4).map { _ in ["e": 4.0, "h": 1.0] }
        let analysis = ItemAnalysis(sessions: four, scale: .standard)
        #expect(try #require(analysis.item("e")).flags.isEmpty)
        #expect(try #require(analysis.item("h")).flags.isEmpty)
        #expect(try #require(analysis.item("e")).difficulty == 1)
    }
}
