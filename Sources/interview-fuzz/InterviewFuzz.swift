import ArgumentParser
import Foundation
import InterviewKit

/// Feeds random and mutated inputs to the parsers (``FuzzTarget/all``): none may crash or hang.
@main
struct InterviewFuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview-fuzz",
        abstract: "Fuzz the bank and blueprint loaders (and any parser listed in FuzzTarget.all).",
        discussion: """
            Case N of a target is reproducible from --seed and N (rerun it with --case N). Before each case its input \
            is saved to <work>/current.input, so a crash leaves it behind; a case over --time-limit is a hang: its \
            input is saved to the failures folder and the process exits 3.
            """
    )

    @Option(help: "Targets to run (default: all): \(FuzzTarget.all.map(\.name).joined(separator: ", ")).")
    var target: [String] = []

    @Option(help: "Cases per target.")
    var cases = 1000

    @Option(help: "The run's seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("case"), help: "Run only this case number.")
    var only: Int?

    @Option(help: "Seconds one case may take before it counts as a hang.")
    var timeLimit: Double = 10

    @Option(help: "A scratch folder (default: a new temporary folder).")
    var work: String?

    @Option(help: "Where hanging inputs are saved.")
    var failures = "fuzz-failures"

    func validate() throws {
        let known = Set(FuzzTarget.all.map(\.name))
        if let unknown = target.first(where: { !known.contains($0) }) {
            throw ValidationError("unknown target '\(unknown)' (known: \(FuzzTarget.all.map(\.name).joined(separator: ", ")))")
        }
        if cases < 1 { throw ValidationError("--cases must be at least 1") }
    }

    func run() throws {
        let targets = target.isEmpty ? FuzzTarget.all : FuzzTarget.all.filter { target.contains($0.name) }
        let workFolder = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "interview-fuzz-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let watchdog = Watchdog(limit: timeLimit, failures: URL(fileURLWithPath: failures))
        var total = 0
        let clock = Date()
        for target in targets {
            let seeds = FuzzSeeds.inputs(of: target)
            guard !seeds.isEmpty else { throw ValidationError("target \(target.name): no seed files under \(target.seeds)") }
            let scratch = workFolder.appendingPathComponent(target.name)
            var slowest = (case: 0, seconds: 0.0)
            let started = Date()
            let numbers = only.map { [$0] } ?? Array(0..<cases)
            for number in numbers {
                var mutator = Mutator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(number))
                let input = mutator.makeCase(from: seeds)
                let label = "\(target.name)-seed\(seed)-case\(number)"
                try? FileManager.default.removeItem(at: scratch)
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                try input.write(to: workFolder.appendingPathComponent("current.input"))
                try Data("\(label)\n".utf8).write(to: workFolder.appendingPathComponent("current.txt"))
                let caseStart = Date()
                watchdog.begin(label, input: input)
                target.run(input, scratch)
                watchdog.end()
                let seconds = Date().timeIntervalSince(caseStart)
                if seconds > slowest.seconds { slowest = (number, seconds) }
            }
            total += numbers.count
            let elapsed = Date().timeIntervalSince(started)
            print(
                "\(target.name): \(numbers.count) cases in \(String(format: "%.1f", elapsed)) s, no crash, no hang; "
                    + "slowest case \(slowest.case): \(String(format: "%.0f", slowest.seconds * 1000)) ms")
        }
        if work == nil { try? FileManager.default.removeItem(at: workFolder) }
        print("ok: \(total) cases in \(String(format: "%.1f", Date().timeIntervalSince(clock))) s, seed \(seed)")
    }
}
