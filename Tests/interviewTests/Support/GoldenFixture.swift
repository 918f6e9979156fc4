import Foundation

/// The fixed data behind the golden files: a small bank of its own (never the shipped `rubrics/`,
/// whose content others rewrite) and a SQLite database recorded through the built executable the way
/// a panel would record it: `start`, `score` per panel member and question, `finish`. Names, panels,
/// scores and seeds are fixed, so every output computed from it is too; only the times at which rows
/// were recorded are the clock's, and none of the outputs pinned from this database shows them.
///
/// Built once per test process (into a temporary folder removed at exit) and shared by every golden test.
struct GoldenFixture: Sendable {
    /// Holds `rubrics/`, `sessions/` and the database; the commands run here.
    let folder: URL
    /// The SQLite file.
    let database: String

    /// The built executable, run in `folder` (so `rubrics` and `sessions` are the fixture's) on the fixture database.
    var runner: InterviewRunner { InterviewRunner(directory: folder, environment: ["INTERVIEW_DB": database, "COLUMNS": "80"]) }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Every fixture of this process lives under here; removed when the process exits.
    static let root: URL = {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("interview-goldens-\(ProcessInfo.processInfo.processIdentifier)")
        atexit { try? FileManager.default.removeItem(at: GoldenFixture.root) }
        return url
    }()

    /// The panel fixture: 5 candidates, 3 sessions each, 4 interviewers in overlapping panels of 1-3.
    static let panel = Result { try buildPanel() }

    /// A larger synthetic database (`bench generate`: 40 sessions, 6 interviewers, panels of 1-3
    /// evenly and 4-8 questions, seed 7; fixed dates), for `interviewers` over several hundred
    /// units and a candidate's sessions over time.
    static let synthetic = Result { try buildSynthetic() }

    // MARK: - The bank

    static let rubrics = """
        rubrics:
          - id: default
            scale: [1, 4]
            criteria:
              - id: correctness
                weight: 0.35
                anchors: {1: wrong, 2: surface, 3: accurate, 4: precise}
              - id: depth
                weight: 0.25
                anchors: {1: none, 2: one level, 3: underneath, 4: first principles}
              - id: tradeoffs
                weight: 0.25
                anchors: {1: none, 2: named, 3: compared, 4: quantified}
              - id: communication
                weight: 0.15
                anchors: {1: unclear, 2: unstructured, 3: structured, 4: crisp}
          - id: design
            scale: [1, 4]
            criteria:
              - id: requirements
                weight: 0.2
                anchors: {1: none asked, 2: some, 3: the driving ones, 4: the hidden one}
              - id: design
                weight: 0.4
                anchors: {1: incoherent, 2: gaps, 3: clear, 4: simple and sound}
              - id: tradeoffs
                weight: 0.25
                anchors: {1: none, 2: named, 3: compared, 4: quantified}
              - id: operability
                weight: 0.15
                anchors: {1: ignored, 2: logs, 3: metrics and alerts, 4: runbooks and limits}

        """

    static func question(_ id: String, level: String, minutes: Int, text: String) -> String {
        """
          - id: \(id)
            level: \(level)
            minutes: \(minutes)
            text: \(text)
            points:
              - first point of \(id)
              - second point of \(id)
              - third point of \(id)
              - fourth point of \(id)
            bonus:
              - a bonus point of \(id)
            guide:
              1: Misses the first point of \(id).
              2: The first point of \(id) only.
              3: Core points 1-4 of \(id).
              4: Also the bonus point of \(id).
            red_flags:
              - a red flag of \(id)
            follow_ups:
              - id: one
                text: First follow-up of \(id)?
              - id: two
                text: Second follow-up of \(id)?
            sources:
              - https://doc.rust-lang.org/reference/

        """
    }

    static func topic(_ id: String, title: String, rubric: String, keywords: String, questions: [(String, String, Int, String)]) -> String {
        "topic: \(id)\ntitle: \(title)\nkeywords: [\(keywords)]\nrubric: \(rubric)\nquestions:\n\n"
            + questions.map { question("\(id)/\($0.0)", level: $0.1, minutes: $0.2, text: $0.3) }.joined()
    }

    static let files: [(path: String, text: String)] = [
        ("rubrics/_rubrics.yaml", rubrics),
        (
            "rubrics/async.yaml",
            topic(
                "async", title: "Async Rust", rubric: "default", keywords: "future, waker",
                questions: [
                    ("waker", "senior", 8, "How does the Waker integrate with epoll?"),
                    ("pin", "senior", 8, "Why do self-referential futures need Pin?"),
                    ("cancel", "intermediate", 5, "What happens to a future that is dropped before it completes?"),
                    ("select", "intermediate", 6, "How does select! decide which branch runs first?"),
                    ("blocking", "senior", 7, "Which calls block an executor thread, and how do you move them off it?"),
                ])
        ),
        (
            "rubrics/memory.yaml",
            topic(
                "memory", title: "Memory", rubric: "default", keywords: "ownership, borrow",
                questions: [
                    ("borrow", "senior", 8, "Explain the rules the borrow checker enforces."),
                    ("drop", "senior", 7, "When does Drop run for a value moved into a closure?"),
                    ("arena", "intermediate", 5, "When would you use an arena allocator instead of Box?"),
                    ("cycle", "intermediate", 6, "How can reference counting leak memory, and how does Weak help?"),
                ])
        ),
        (
            "rubrics/architecture.yaml",
            topic(
                "architecture", title: "Architecture", rubric: "design", keywords: "design, system design",
                questions: [
                    ("limiter", "senior", 10, "Design a distributed rate limiter for a public HTTP API."),
                    ("queue", "senior", 10, "Design a durable job queue with retries and dead letters."),
                    ("cache", "intermediate", 8, "Where would you put a cache in a read-heavy catalogue service?"),
                ])
        ),
        ("sessions/golden-40.yaml", "id: golden-40\ntitle: Golden fixture, 40 minutes\nminutes: 40\nquestions: 4\ntopics: {async: 2, memory: 1, architecture: 1}\n"),
    ]

    static let criteria = [
        "default": ["correctness", "depth", "tradeoffs", "communication"],
        "design": ["requirements", "design", "tradeoffs", "operability"],
    ]

    // MARK: - The panel database

    /// Candidates with the level their answers sit at.
    static let candidates: [(name: String, level: Int)] = [
        ("Ada Lovelace", 3), ("Bo Chen", 3), ("Cy Young", 2), ("Dee O'Brien", 2), ("Eve Martín", 1),
    ]

    /// Interviewers with their leniency (added to every score): bob is lenient, dan severe.
    static let interviewers: [(name: String, bias: Int)] = [("ann", 0), ("bob", 1), ("cal", 0), ("dan", -1)]

    /// The panel of session n (1-based) is `panels[(n - 1) % 6]`; the first member starts it.
    static let panels = [["ann", "bob"], ["bob", "cal"], ["ann", "cal", "dan"], ["cal", "dan"], ["ann", "bob", "dan"], ["bob"]]

    /// The score of one criterion: the candidate's level, the interviewer's leniency and a fixed wobble of -1, 0 or +1.
    static func score(level: Int, bias: Int, session: Int, position: Int, criterion: Int, member: Int) -> Int {
        let wobble = [0, 1, 0, -1, 0, 0, 1][(session * 3 + position * 2 + criterion + member * 5) % 7]
        return min(4, max(1, level + bias + wobble))
    }

    static func recommendation(level: Int, bias: Int) -> String {
        switch level + bias {
        case ...1: "strong-no"
        case 2: "no"
        case 3: "yes"
        default: "strong-yes"
        }
    }

    /// Session 8's last question is skipped by its whole panel; session 15 is left open (not finished).
    static let skipped = (session: 8, position: 3)
    static let openSession = 15

    static func buildPanel() throws -> GoldenFixture {
        let folder = root.appendingPathComponent("panel")
        try? FileManager.default.removeItem(at: folder)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
        let fixture = GoldenFixture(folder: folder, database: folder.appendingPathComponent("golden.sqlite").path)
        let runner = fixture.runner
        try check(try runner.run(["bank", "lint"]), "bank lint of the fixture bank")
        let bias = Dictionary(uniqueKeysWithValues: interviewers.map { ($0.name, $0.bias) })
        var session = 0
        for round in 0..<3 {
            for candidate in candidates {
                session += 1
                let panel = panels[(session - 1) % panels.count]
                try check(
                    try runner.run(
                        ["start", "--blueprint", "golden-40", "--candidate", candidate.name, "--interviewer", panel[0], "--seed", String(100 + session)],
                        stdin: ""), "start of session \(session)")
                let report = try runner.run(["report", String(session), "--format", "json"])
                try check(report, "report of session \(session)")
                let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
                let questions = (json?["questions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                guard questions.count == 4 else { throw Failure(description: "session \(session) drew \(questions) (round \(round))") }
                for (position, question) in questions.enumerated() {
                    for (member, interviewer) in panel.enumerated() {
                        var arguments = ["score", String(session), "--question", question, "--interviewer", interviewer]
                        if session == skipped.session && position == skipped.position {
                            arguments += ["--skip", "ran out of time"]
                        } else {
                            let names = criteria[question.hasPrefix("architecture/") ? "design" : "default"] ?? []
                            for (index, name) in names.enumerated() {
                                let value = score(
                                    level: candidate.level, bias: bias[interviewer] ?? 0, session: session, position: position, criterion: index,
                                    member: member)
                                arguments += ["--score", "\(name)=\(value)"]
                            }
                            if member == 0 { arguments += ["--covered", position % 2 == 0 ? "1,3" : "2", "--follow-up", "one"] }
                        }
                        try check(try runner.run(arguments), "score of session \(session), \(question), \(interviewer)")
                    }
                }
                guard session != openSession else { continue }
                for interviewer in panel {
                    try check(
                        try runner.run(
                            ["finish", String(session), "--interviewer", interviewer, "--recommendation",
                                recommendation(level: candidate.level, bias: bias[interviewer] ?? 0), "--summary", "Summary by \(interviewer)"]),
                        "finish of session \(session) by \(interviewer)")
                }
            }
        }
        return fixture
    }

    static func buildSynthetic() throws -> GoldenFixture {
        let folder = root.appendingPathComponent("synthetic")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fixture = GoldenFixture(folder: folder, database: folder.appendingPathComponent("synthetic.sqlite").path)
        try check(
            try fixture.runner.run(["bench", "generate", "--sessions", "40", "--interviewers", "6", "--panels", "1,1,1", "--questions", "4-8", "--seed", "7", "--db", fixture.database]),
            "bench generate")
        return fixture
    }

    static func check(_ result: InterviewRunner.Result, _ what: String) throws {
        guard result.status == 0 else {
            throw Failure(description: "building the golden fixture: \(what) exited \(result.status): \(result.stderr)")
        }
    }
}
