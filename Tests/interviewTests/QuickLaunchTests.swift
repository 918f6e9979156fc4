import ArgumentParser
import InterviewKit
import Testing

@testable import interview

/// The fast path of `report` and `plan` must read exactly what ArgumentParser reads, or step aside:
/// for every argument list, `QuickLaunch`'s request is nil or equal to the parsed command's.
@Suite("QuickLaunch reads report and plan arguments as ArgumentParser does")
struct QuickLaunchTests {
    /// Values for options and positionals, good and bad.
    static let values = [
        "Ada", "Ada Lovelace", "", "-x", "--", "x.sqlite", "postgres://a@h/d", "12", "+7", "007", "-1", "18446744073709551616", "md",
        "json", "csv", "table", "pdf", "help", "--help", "a=b", "screen-30",
    ]

    /// Argument lists strung together from pieces: an option and a value (`--name v` or
    /// `--name=v`), a flag, a positional value, or a stray token; `lead`
    /// (a required option) comes first in three lists of four.
    static func lists(options: [String], flags: [String], lead: [String] = [], count: Int, seed: UInt64) -> [[String]] {
        var random = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let strays = ["--help", "-h", "--", "--unknown", "-", "--blind=true", "help"]
        return (0..<count).map { _ in
            (random.next() % 4 == 0 ? [] : lead)
                + (0..<(1 + Int(random.next() % 5))).flatMap { _ -> [String] in
                switch random.next() % 10 {
                case 0..<5: return [pick(options), pick(values)]
                case 5, 6: return ["\(pick(options))=\(pick(values))"]
                case 7: return flags.isEmpty ? [pick(values)] : [pick(flags)]
                case 8: return [pick(values)]
                default: return [pick(strays)]
                }
            }
        }
    }

    /// How many of `lists` took the fast path; each that did must equal what ArgumentParser parsed.
    static func fastAgreeing<Request: Equatable>(
        _ lists: [[String]], quick: ([String]) -> Request?, parsed: ([String]) -> Request?
    ) -> Int {
        var fast = 0
        for arguments in lists {
            guard let request = quick(arguments) else { continue }
            fast += 1
            #expect(request == parsed(arguments), "\(arguments)")
        }
        return fast
    }

    @Test("report: 1,500 random argument lists agree, and the plain ones take the fast path")
    func reportAgrees() throws {
        let lists = Self.lists(options: ["--candidate", "--db", "--format", "--output", "--seed", "--as"], flags: ["--blind"], count: 1_500, seed: 1)
        let fast = Self.fastAgreeing(lists, quick: { ReportRequest(quick: $0) }, parsed: { try? ReportCommand.parse($0).request })
        #expect(fast > 50)
    }

    @Test("plan: 1,500 random argument lists agree, and the plain ones take the fast path")
    func planAgrees() throws {
        let lists = Self.lists(
            options: ["--blueprint", "--bank", "--sessions", "--db", "--candidate", "--seed", "--format"], flags: [],
            lead: ["--blueprint", "screen-30"], count: 1_500, seed: 2)
        let fast = Self.fastAgreeing(lists, quick: { PlanRequest(quick: $0) }, parsed: { try? PlanCommand.parse($0).request })
        #expect(fast > 50)
    }

    @Test("the usual command lines take the fast path with the values given")
    func usualLines() throws {
        #expect(QuickLaunch.command(["report", "--candidate", "Ada"]) != nil)
        #expect(QuickLaunch.command(["plan", "--blueprint", "screen-30"]) != nil)
        let report = try #require(ReportRequest(quick: ["--candidate", "Ada", "--db", "x.sqlite", "--format", "json"]))
        #expect(report.candidate == "Ada" && report.database.db == "x.sqlite" && report.format == .json && report.session == nil)
        let session = try #require(ReportRequest(quick: ["12", "--blind", "--seed=4"]))
        #expect(session.session == 12 && session.blind && session.seed == 4 && session.format == .md)
        let plan = try #require(PlanRequest(quick: ["--blueprint", "screen-30", "--seed", "3", "--bank", "b"]))
        #expect(plan == PlanRequest(bank: BankFolders(bank: "b", sessions: "sessions"), blueprint: "screen-30", seed: 3))
    }

    @Test("help, errors and other commands are left to ArgumentParser")
    func leftToParser() {
        for arguments in [
            ["report", "--help"], ["report"], ["report", "3", "--candidate", "Ada"], ["report", "--candidate", "Ada", "--seed", "1"],
            ["report", "--candidate", "Ada", "--format", "pdf"], ["report", "--candidate", "-x"], ["report", "--candidate"],
            ["report", "--candidate", "A", "--candidate", "B"], ["plan"], ["plan", "--blueprint"], ["plan", "--blueprint", "b", "x"],
            ["start", "--blueprint", "b"], ["sessions"], [], ["--help"],
        ] {
            #expect(QuickLaunch.command(arguments) == nil, "\(arguments)")
        }
    }
}
