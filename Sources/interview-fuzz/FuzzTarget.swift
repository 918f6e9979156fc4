import Foundation
import InterviewKit

/// Something fed random and mutated input: seed files to mutate, and what to run on one input.
///
/// A target must never crash or hang, whatever the bytes; what it returns is ignored. To fuzz a
/// new parser, add one line to ``all``.
struct FuzzTarget: Sendable {
    var name: String
    /// Files or folders (relative to the package root) whose files are the inputs to mutate.
    var seeds: [String]
    /// Runs one input; `scratch` is an empty folder the target may write files into.
    var run: @Sendable (_ input: Data, _ scratch: URL) -> Void

    static let all: [FuzzTarget] = [.bankFolder, .blueprint, .importer]
}

extension FuzzTarget {
    /// `bank lint` on a folder holding the shipped `_rubrics.yaml` and one mutated topic file (or
    /// a mutated `_rubrics.yaml` beside a shipped topic).
    static let bankFolder = FuzzTarget(name: "bank", seeds: ["rubrics"]) { input, scratch in
        let folder = scratch.appendingPathComponent("rubrics")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let mutatesShared = input.first.map { $0 & 0x0F == 0 } ?? false
        let shipped = FuzzSeeds.packageRoot.appendingPathComponent("rubrics")
        if mutatesShared {
            try? input.write(to: folder.appendingPathComponent("_rubrics.yaml"))
            try? FileManager.default.copyItem(at: shipped.appendingPathComponent("safety.yaml"), to: folder.appendingPathComponent("safety.yaml"))
        } else {
            try? FileManager.default.copyItem(at: shipped.appendingPathComponent("_rubrics.yaml"), to: folder.appendingPathComponent("_rubrics.yaml"))
            try? input.write(to: folder.appendingPathComponent("fuzzed.yaml"))
        }
        let loaded = BankLoader().loadBank(at: folder.path)
        _ = BankLinter.standard().lint(bank: loaded.bank, blueprints: [])
        _ = loaded.diagnostics.map(\.description)
    }

    /// A mutated scraped list (the seed list and the shipped bank's texts) through `bank import`.
    static let importer = FuzzTarget(name: "import", seeds: ["../shared/seeds", "rubrics/async.yaml"]) { input, _ in
        _ = try? FuzzSeeds.importer.run(input, path: "fuzzed.txt")
    }

    /// A mutated blueprint read and linted against the shipped bank (a trial draw included).
    static let blueprint = FuzzTarget(name: "blueprint", seeds: ["sessions"]) { input, scratch in
        let file = scratch.appendingPathComponent("fuzzed.yaml")
        try? input.write(to: file)
        let (blueprint, diagnostics) = BankLoader().loadBlueprint(file: file.path)
        _ = diagnostics.map(\.description)
        if let blueprint { _ = BankLinter.standard().lint(blueprint: blueprint, bank: FuzzSeeds.shippedBank, similarity: FuzzSeeds.similarity) }
    }
}

/// The shipped files the targets start from.
enum FuzzSeeds {
    /// The package root: `INTERVIEW_ROOT`, else the current folder.
    static let packageRoot: URL = {
        let path = ProcessInfo.processInfo.environment["INTERVIEW_ROOT"] ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path)
    }()

    static let shippedBank: Bank = BankLoader().loadBank(at: packageRoot.appendingPathComponent("rubrics").path).bank

    static let similarity = shippedBank.similarity()

    static let importer = BankImporter(lexicon: ImportLexicon(bank: shippedBank))

    /// The contents of every file under the target's seed paths, in name order.
    static func inputs(of target: FuzzTarget) -> [Data] {
        target.seeds.flatMap { seed -> [Data] in
            let url = packageRoot.appendingPathComponent(seed)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
            guard isDirectory.boolValue else { return [try? Data(contentsOf: url)].compactMap { $0 } }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
            return names.compactMap { try? Data(contentsOf: url.appendingPathComponent($0)) }
        }
    }
}
