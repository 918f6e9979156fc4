import InterviewKit

/// Runs the commands that must start fast (`report`, `plan`) without building ArgumentParser's
/// command tree, which walks every command's properties by reflection and costs 7-11 ms: more than
/// the rest of a report. Only plain, valid arguments take this path (see `QuickArguments`);
/// anything else, help and errors included, goes through ArgumentParser as before.
enum QuickLaunch {
    /// The command to run for `arguments` (without the program name), or nil for ArgumentParser.
    /// The command returns what it leaves open, for the caller to keep until the process exits.
    static func command(_ arguments: [String]) -> (() throws -> Any)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch name {
        case "report": return ReportRequest(quick: rest).map { request in { try request.run() } }
        case "plan": return PlanRequest(quick: rest).map { request in { try request.run() } }
        default: return nil
        }
    }
}

extension ReportRequest {
    /// The request read from plain arguments, or nil when ArgumentParser must read them.
    init?(quick arguments: some Sequence<String>) {
        guard
            let quick = QuickArguments(
                arguments, options: ["db", "candidate", "format", "output", "seed", "as"], flags: ["blind"], positionals: 1),
            let format = quick.value("format", ReportFormat.init(rawValue:)), let seed = quick.value("seed", { UInt64($0) })
        else { return nil }
        var session: Int64?
        if let text = quick.positionals.first {
            guard let id = Int64(text) else { return nil }
            session = id
        }
        self.init(
            database: DatabaseChoice(db: quick.values["db"]), session: session, candidate: quick.values["candidate"],
            format: format ?? .md, output: quick.values["output"], blind: quick.flags.contains("blind"), seed: seed,
            viewer: quick.values["as"])
        guard invalidReason == nil else { return nil }
    }
}

extension PlanRequest {
    /// The request read from plain arguments, or nil when ArgumentParser must read them.
    init?(quick arguments: some Sequence<String>) {
        guard
            let quick = QuickArguments(
                arguments, options: ["bank", "sessions", "db", "blueprint", "candidate", "seed", "format"], flags: []),
            let blueprint = quick.values["blueprint"], let format = quick.value("format", ListFormat.init(rawValue:)),
            let seed = quick.value("seed", { UInt64($0) })
        else { return nil }
        self.init(
            bank: BankFolders(bank: quick.values["bank"] ?? "rubrics", sessions: quick.values["sessions"] ?? "sessions"),
            database: DatabaseChoice(db: quick.values["db"]), blueprint: blueprint, candidate: quick.values["candidate"], seed: seed,
            format: format ?? .table)
    }
}
