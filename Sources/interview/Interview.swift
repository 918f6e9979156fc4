import ArgumentParser
import InterviewKit

@main
struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Run live technical interviews, score candidates and compare reports.",
        version: InterviewKitVersion.current,
        subcommands: [
            BankCommand.self, PlanCommand.self, KitCommand.self, StartCommand.self, ResumeCommand.self, ScoreCommand.self, FinishCommand.self,
            SessionsCommand.self, PendingCommand.self, ReportCommand.self, PacketCommand.self, CompareCommand.self, InterviewersCommand.self, FitCommand.self, CandidateCommand.self, DatabaseCommand.self,
            DemoCommand.self, BenchCommand.self,
        ]
    )
}
