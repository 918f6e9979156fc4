import Foundation
import ArgumentParser
import InterviewKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Run live technical interviews, score candidates and compare reports.",
        version: InterviewKitVersion.current,
        subcommands: [
            BankCommand.self, PlanCommand.self, StartCommand.self, ResumeCommand.self, ScoreCommand.self, FinishCommand.self,
            SessionsCommand.self, ReportCommand.self, CompareCommand.self, InterviewersCommand.self, CandidateCommand.self, DatabaseCommand.self,
            DemoCommand.self, BenchCommand.self,
        ]
    )

    /// `interview --version` answers before the argument parser is built: building it walks every
    /// command's properties by reflection, which costs more than the rest of the process start.
    static func main() {
        if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--version" {
            let line = Array((InterviewKitVersion.current + "\n").utf8)
            _ = line.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            return
        }
        if let command = QuickLaunch.command(Array(CommandLine.arguments.dropFirst())) {
            let left: Any
            do {
                left = try command()
            } catch {
                exit(withError: error)
            }
            // The process ends here with what the command left open still alive: the operating
            // system reclaims it at once, where closing and freeing it would cost a millisecond.
            withExtendedLifetime(left) { Foundation.exit(0) }
        }
        main(nil)
    }
}
