import Foundation
import Testing

/// `interview fit --ratings FILE.csv` (the built executable): scoring.md §9's vector through the
/// command line, a disconnected file, and each bad file refused in one line with nothing printed.
@Suite("fit on a ratings CSV (the built executable)")
struct FitCommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("interview-fit-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var runner: InterviewRunner {
        InterviewRunner(directory: folder, environment: ["INTERVIEW_DB": folder.appendingPathComponent("none.sqlite").path])
    }

    static let vectors = InterviewRunner.packageRoot.appendingPathComponent("Tests/InterviewKitTests/FairScores/FacetVectors")

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("§9's vector: c6 ranks above c1 though its raw mean is lower; the JSON has cli.md's fields")
    func specVector() throws {
        let result = try runner.run(["fit", "--ratings", Self.vectors.appendingPathComponent("spec9.csv").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["converged"] as? Bool == true)
        #expect((json["max_gradient"] as? Double ?? 1) < 1e-6)
        #expect(json["observations"] as? Int == 48)
        #expect(json["disconnected"] as? Int == 0)
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        #expect(candidates.compactMap { $0["id"] as? String } == ["c6", "c1", "c2", "c4", "c3", "c5"])
        let c1 = try #require(candidates.first { $0["id"] as? String == "c1" })
        for (key, value) in [("ability", 0.988696), ("se", 0.515854), ("fair", 3.000704), ("lower", 2.445162), ("upper", 3.486598),
                             ("infit", 0.590969), ("outfit", 0.590674)] {
            #expect(abs((c1[key] as? Double ?? .nan) - value) < 1e-5, "c1 \(key)")
        }
        #expect(c1["extreme"] as? Bool == false && c1["n"] as? Int == 8)
        let cal = try #require((json["interviewers"] as? [[String: Any]])?.first { $0["id"] as? String == "cal" })
        #expect(abs((cal["severity"] as? Double ?? .nan) - 0.548025) < 1e-5)
        let q1 = try #require((json["questions"] as? [[String: Any]])?.first { $0["id"] as? String == "q1" })
        #expect(abs((q1["difficulty"] as? Double ?? .nan) - 1.021467) < 1e-5)
        #expect((json["criteria"] as? [[String: Any]])?.count == 2)
        #expect((json["thresholds"] as? [Double])?.count == 3)

        for format in ["md", "csv"] {
            let other = try runner.run(["fit", "--ratings", Self.vectors.appendingPathComponent("spec9.csv").path, "--format", format])
            #expect(other.status == 0 && other.stderr.isEmpty)
            #expect(other.stdout.contains(format == "md" ? "| c6 | 3.03 [2.51, 3.48] |" : "candidate,c6,"))
        }
    }

    @Test("a file of two unlinked groups says so")
    func disconnected() throws {
        let path = Self.vectors.appendingPathComponent("disconnected.csv").path
        let json = try runner.run(["fit", "--ratings", path, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"disconnected\" : 2"))
        let md = try runner.run(["fit", "--ratings", path])
        #expect(md.stdout.contains("**Disconnected: 2 subsets**"))
    }

    @Test("bad files: one line on stderr, nothing on stdout, exit 1", arguments: [
        ("outside.csv", "candidate,question,interviewer,criterion,score\nc1,q1,ann,a,3\nc1,q2,ann,a,5\n", "outside.csv:3: column score: 5 is outside the scale 1-4"),
        ("unknown.csv", "candidate,question,interviewer,criterion,score,notes\nc1,q1,ann,a,3,x\n", "unknown.csv:1: unknown column notes"),
        ("duplicate.csv", "candidate,question,interviewer,criterion,score\nc1,q1,ann,a,3\nc2,q1,ann,a,2\nc1,q1,ann,a,4\n", "duplicate.csv:4: duplicate rating"),
        ("empty.csv", "", "empty.csv: no ratings"),
        ("one.csv", "candidate,question,interviewer,criterion,score\nc1,q1,ann,a,3\nc2,q1,ann,a,3\n", "every rating has the same score (3)"),
    ])
    func badFile(_ name: String, _ text: String, _ expected: String) throws {
        let path = try write(name, text)
        let result = try runner.run(["fit", "--ratings", path, "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test("a bad --scale or prior is refused before reading")
    func badOptions() throws {
        let path = Self.vectors.appendingPathComponent("spec9.csv").path
        let scale = try runner.run(["fit", "--ratings", path, "--scale", "4-1"])
        #expect(scale.status != 0 && scale.stdout.isEmpty && scale.stderr.contains("--scale"))
        let prior = try runner.run(["fit", "--ratings", path, "--sigma-severity", "0"])
        #expect(prior.status == 1 && prior.stdout.isEmpty && prior.stderr.contains("severity"))
        let missing = try runner.run(["fit", "--ratings", folder.appendingPathComponent("missing.csv").path])
        #expect(missing.status == 1 && missing.stderr.contains("cannot read the ratings file"))
    }
}
