import Foundation
import Testing

import InterviewBench
@testable import InterviewKit

/// The whole database's fit started while the caller makes its own statistics
/// (``DatabaseFit/start(_:priors:cache:visiting:)``), and the pipe that hands the caller its
/// scores on another thread (``BatchPipe``).
@Suite("The database's fit, started beside the caller's own work")
struct DatabaseFitTests {
    @Test("the pipe hands every element over once, in order, whatever the batch; finish waits and may be called again",
          arguments: [(1, 1), (7, 2), (4096, 4)])
    func pipe(batch: Int, depth: Int) {
        for count in [0, 1, 6, 7, 8, 10_001] {
            var received: [Int] = []
            let pipe = BatchPipe<Int>(batch: batch, depth: depth) { received.append($0) }
            for value in 0..<count { pipe.send(value) }
            pipe.finish()
            #expect(received == Array(0..<count), "batch \(batch), \(count) elements")
            pipe.finish()
            #expect(received.count == count)
        }
    }

    /// 300 generated sessions (panels of 1-3, some unfinished) in a SQLite file.
    func generated(_ folder: TemporaryFolder) throws -> SQLiteStore {
        let store = try SQLiteStore.open(DatabaseLocation(path: folder.url("fit.sqlite")))
        let data = SyntheticData(sessions: 300, candidates: 30, interviewers: 6, seed: 5)
        try store.bulkRecord(data.batch(0..<300, bank: SyntheticData.questions(count: 120, seed: 5)))
        return store
    }

    @Test("started with a visit, the fit is the one made without, and the caller sees every score in the store's order, fitted or kept")
    func startedEqualsLoaded() throws {
        let folder = TemporaryFolder()
        let store = try generated(folder)
        var expected: [ScoreRow] = []
        try store.forEachScore { expected.append($0) }
        let plain = try DatabaseFit.load(store, cache: nil)
        let cache = ResultCache(environment: ["XDG_CACHE_HOME": folder.url("cache")])
        for round in ["fitted", "kept"] {
            var visited: [String] = []
            let pending = try DatabaseFit.start(store, cache: cache, visiting: { visited.append("\($0.questionRow) \($0.interviewer) \($0.criterion) \($0.value)") })
            // The pass is over when `start` returns: the caller's state is its own again.
            #expect(visited == expected.map { "\($0.questionRow) \($0.interviewer) \($0.criterion) \($0.value)" }, "\(round)")
            let fit = try pending.value()
            #expect(try pending.value().candidates == fit.candidates)
            #expect(fit.candidates == plain.candidates, "\(round)")
            #expect(fit.questions == plain.questions && fit.interviewers == plain.interviewers && fit.thresholds == plain.thresholds, "\(round)")
            #expect(fit.candidates.contains { $0.id.hasPrefix("candidate ") }, "candidates are named, \(round)")
        }
    }

    @Test("a kept fit that does not decode (damaged) is made again and kept anew")
    func damagedKept() throws {
        let folder = TemporaryFolder()
        let store = try generated(folder)
        let cache = ResultCache(environment: ["XDG_CACHE_HOME": folder.url("cache")])
        let fitted = try DatabaseFit.load(store, cache: cache)
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.folder).filter { $0.contains("fair-fit-") }
        #expect(files.count == 1)
        let file = (cache.folder as NSString).appendingPathComponent(try #require(files.first))
        try Data("{\"candidates\": [".utf8).write(to: URL(fileURLWithPath: file))
        var visits = 0
        let again = try DatabaseFit.start(store, cache: cache, visiting: { _ in visits += 1 }).value()
        #expect(visits > 0)
        #expect(again.candidates == fitted.candidates && again.questions == fitted.questions)
        let kept = try JSONDecoder().decode(FacetFit.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(kept.renamingCandidates([:]).candidates.map(\.measure) == fitted.candidates.map(\.measure))
    }

    @Test("a fit that cannot be made says so from value(), after the caller's pass")
    func noRatings() throws {
        let folder = TemporaryFolder()
        let store = try SQLiteStore.open(DatabaseLocation(path: folder.url("empty.sqlite")))
        var visits = 0
        let pending = try DatabaseFit.start(store, cache: nil, visiting: { _ in visits += 1 })
        #expect(visits == 0)
        #expect(throws: FacetFitError.self) { try pending.value() }
        #expect(throws: FacetFitError.self) { try pending.value() }
    }
}
