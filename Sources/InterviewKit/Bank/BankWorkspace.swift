import Foundation

/// A validated bank and its blueprints: what the commands that draw or run interviews need.
public struct BankWorkspace: Sendable {
    public var bank: Bank
    public var blueprints: [Blueprint]
    private let lazySimilarity: LazySimilarity

    public init(bank: Bank, blueprints: [Blueprint]) {
        self.bank = bank
        self.blueprints = blueprints
        self.lazySimilarity = LazySimilarity(bank: bank)
    }

    /// The bank's text similarity, built on first use.
    public var similarity: QuestionSimilarity { lazySimilarity.value }

    /// Builds the similarity once, when first needed (it reads every wording of the bank).
    final class LazySimilarity: @unchecked Sendable {
        private let lock = NSLock()
        private let bank: Bank
        private var built: QuestionSimilarity?

        init(bank: Bank) {
            self.bank = bank
        }

        var value: QuestionSimilarity {
            lock.withLock {
                if let built { return built }
                let similarity = bank.similarity()
                built = similarity
                return similarity
            }
        }
    }

    /// Loads and lints both folders; throws the first error when anything is wrong.
    public static func load(bank bankFolder: String, sessions sessionsFolder: String, linter: BankLinter) throws(BankError) -> BankWorkspace {
        guard BankLoader.yamlFiles(in: bankFolder) != nil else { throw .missingFolder(path: bankFolder) }
        let loader = BankLoader()
        let loaded = loader.loadBank(at: bankFolder)
        if loaded.bank.topics.isEmpty, loaded.diagnostics.allSatisfy({ !$0.isError || $0.path == bankFolder }) {
            throw .emptyBank(path: bankFolder)
        }
        var diagnostics = loaded.diagnostics
        let blueprints: (blueprints: [Blueprint], diagnostics: [BankDiagnostic]) =
            BankLoader.yamlFiles(in: sessionsFolder) == nil ? ([], []) : loader.loadBlueprints(at: sessionsFolder)
        diagnostics += blueprints.diagnostics
        diagnostics += linter.structure(loaded.bank)
        if diagnostics.contains(where: \.isError) { throw .invalid(diagnostics) }
        return BankWorkspace(bank: loaded.bank, blueprints: blueprints.blueprints)
    }

    /// A blueprint by id, or by the path of a YAML file; linted against the bank.
    public func blueprint(_ reference: String, linter: BankLinter) throws(BankError) -> Blueprint {
        let blueprint: Blueprint
        if let known = blueprints.first(where: { $0.id == reference }) {
            blueprint = known
        } else if reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/") {
            let (loaded, diagnostics) = BankLoader().loadBlueprint(file: reference)
            guard let loaded, !diagnostics.contains(where: \.isError) else { throw .invalid(diagnostics) }
            blueprint = loaded
        } else {
            throw .unknownBlueprint(id: reference, known: blueprints.map(\.id).sorted())
        }
        let problems = linter.lint(blueprint: blueprint, bank: bank, similarity: similarity)
        if problems.contains(where: \.isError) { throw .invalid(problems) }
        return blueprint
    }
}
