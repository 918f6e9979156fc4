import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Generate realistic data for benchmarks (see scripts/bench).",
        subcommands: [BenchGenerateCommand.self, BenchBankCommand.self, BenchFitCommand.self, BenchAdaptiveCommand.self])
}
