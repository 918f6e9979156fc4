import Foundation
import Testing

@testable import InterviewKit

@Suite("ResultCache: a whole-database result serves until the data changes")
struct ResultCacheTests {
    static func withCache(_ body: (ResultCache) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "interview-result-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(ResultCache(environment: ["XDG_CACHE_HOME": folder]))
    }

    @Test("the same version serves the kept text; a new version computes again and replaces it")
    func versions() throws {
        try Self.withCache { cache in
            var computed = 0
            func text(_ version: Int64) -> String {
                cache.text("interviewers.json", version: DataVersion(token: "abc", version: version)) {
                    computed += 1
                    return "result \(computed)"
                }
            }
            #expect(text(1) == "result 1")
            #expect(text(1) == "result 1")
            #expect(computed == 1)
            #expect(text(2) == "result 2")
            #expect(computed == 2)
            let files = try FileManager.default.contentsOfDirectory(atPath: cache.folder)
            #expect(files.count == 1, "\(files)")
            let mode = try FileManager.default.attributesOfItem(atPath: cache.folder + "/" + files[0])[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test("another database (token) or another name never shares a result; no version never caches")
    func keys() throws {
        try Self.withCache { cache in
            #expect(cache.text("a", version: DataVersion(token: "one", version: 1)) { "one" } == "one")
            #expect(cache.text("a", version: DataVersion(token: "two", version: 1)) { "two" } == "two")
            #expect(cache.text("b", version: DataVersion(token: "one", version: 1)) { "b" } == "b")
            #expect(cache.text("a", version: nil) { "fresh" } == "fresh")
            #expect(cache.text("a", version: nil) { "fresher" } == "fresher")
        }
    }

    @Test("a SQLite database bumps its version on every score, session and recommendation change, and cascades")
    func sqliteVersion() throws {
        let folder = NSTemporaryDirectory() + "interview-data-version-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try SQLiteStore.open(DatabaseLocation(path: folder + "/db.sqlite"))
        let first = try #require(try store.dataVersion())
        let session = try store.createSession(SessionFixture.newSession())
        let started = try #require(try store.dataVersion())
        #expect(started.token == first.token && started.version > first.version)
        try store.record(.score(["correctness": 3]), session: session, question: "async/a", interviewer: "alice", at: SessionFixture.start)
        let scored = try #require(try store.dataVersion())
        #expect(scored.version > started.version)
        #expect(try store.dataVersion() == scored)
        _ = try store.forget(candidate: "Ada")
        let forgotten = try #require(try store.dataVersion())
        #expect(forgotten.version > scored.version)
    }
}
