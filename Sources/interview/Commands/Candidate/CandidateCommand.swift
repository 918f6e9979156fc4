import ArgumentParser

struct CandidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candidate",
        abstract: "Manage what is recorded about candidates.",
        subcommands: [CandidateForgetCommand.self]
    )
}
