import Foundation
import Testing

/// `interview bench generate`, as the benchmark script and the acceptance check call it.
@Suite("interview bench generate (the built executable)")
struct BenchCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-bench-" + UUID().uuidString)

    func generate(_ name: String, _ extra: [String] = []) throws -> (InterviewRunner.Result, String) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        return (try InterviewRunner().run(["bench", "generate", "--sessions", "60", "--seed", "3", "--db", path] + extra), path)
    }

    func listing(_ path: String) throws -> [[String: Any]] {
        let listing = try InterviewRunner().run(["sessions", "--format", "json", "--db", path])
        let object = try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any]
        return try #require(object?["sessions"] as? [[String: Any]])
    }

    func sessionsPerCandidate(_ path: String) throws -> [String: Int] {
        try listing(path).reduce(into: [:]) { counts, session in counts[session["candidate"] as? String ?? "", default: 0] += 1 }
    }

    @Test("by default each candidate has ten sessions; --candidates spreads them otherwise; the same seed gives the same data")
    func candidates() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (first, path) = try generate("a.sqlite")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.hasPrefix("generated 60 sessions for 6 candidates in "))
        let counts = try sessionsPerCandidate(path)
        #expect(counts.count == 6 && counts.values.allSatisfy { $0 == 10 }, "\(counts)")
        let (_, again) = try generate("b.sqlite")
        let name = try #require(counts.keys.sorted().first)
        let reports = try [path, again].map { try InterviewRunner().run(["report", "--candidate", name, "--format", "csv", "--db", $0]).stdout }
        #expect(!reports[0].isEmpty && reports[0] == reports[1])
        let (spread, other) = try generate("c.sqlite", ["--candidates", "20"])
        #expect(spread.status == 0)
        #expect(try sessionsPerCandidate(other).count == 20)
        let (refused, _) = try generate("d.sqlite", ["--candidates", "0"])
        #expect(refused.status != 0)
        #expect(refused.stderr.hasPrefix("Error: --sessions and --candidates must be positive"))
    }

    @Test("--panels and --questions shape the sessions (by default quality.md's: mostly one interviewer, 4-6 questions); bad shapes are refused in one line")
    func shape() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (standard, plain) = try generate("default.sqlite")
        #expect(standard.status == 0, "\(standard.stderr)")
        let all = try listing(plain)
        let panelSizes = all.compactMap { ($0["interviewers"] as? [String])?.count }
        #expect(Set(all.compactMap { $0["questions"] as? Int }).isSubset(of: [4, 5, 6]))
        #expect(Set(panelSizes).isSubset(of: [1, 2, 3]) && panelSizes.filter { $0 == 1 }.count * 2 > panelSizes.count, "\(panelSizes)")
        let (solo, path) = try generate("solo.sqlite", ["--panels", "1", "--questions", "2-3"])
        #expect(solo.status == 0, "\(solo.stderr)")
        let sessions = try listing(path)
        #expect(sessions.count == 60)
        #expect(sessions.allSatisfy { ($0["interviewers"] as? [String])?.count == 1 })
        let counts = Set(sessions.compactMap { $0["questions"] as? Int })
        #expect(counts == [2, 3], "\(counts)")
        let (panels, other) = try generate("panels.sqlite", ["--panels", "0,0,1", "--questions", "5-5"])
        #expect(panels.status == 0, "\(panels.stderr)")
        let three = try listing(other)
        #expect(three.allSatisfy { ($0["interviewers"] as? [String])?.count == 3 && $0["questions"] as? Int == 5 })
        for (option, value, message) in [
            ("--panels", "0,0", "Error: --panels takes non-negative whole weights"), ("--panels", "1,x", "Error: --panels takes"),
            ("--panels", "-1,2", "Error: --panels takes"), ("--questions", "6-4", "Error: --questions takes MIN-MAX"),
            ("--questions", "0-2", "Error: --questions takes"), ("--questions", "4", "Error: --questions takes"),
        ] {
            let (refused, _) = try generate("bad.sqlite", ["\(option)=\(value)"])
            #expect(refused.status != 0 && refused.stderr.hasPrefix(message), "\(option) \(value): \(refused.stderr)")
        }
        let (many, _) = try generate("many.sqlite", ["--interviewers", "3", "--panels", "1,1,1,1"])
        #expect(many.status != 0 && many.stderr.contains("up to --interviewers"), "\(many.stderr)")
    }
}
