import Foundation
import Yams

/// Reads `rubrics/` and `sessions/` into values, collecting every syntax and schema problem.
///
/// Loading never stops at the first problem: what can be read is returned together with the
/// diagnostics, so that `bank lint` lists them all. Use ``Bank/load(from:)`` when a valid bank is
/// required.
public struct BankLoader: Sendable {
    public static let topicFields = ["topic", "title", "description", "keywords", "rubric", "area", "questions"]
    public static let questionFields = [
        "id", "level", "minutes", "text", "variants", "seen_as", "points", "bonus", "guide", "code", "red_flags", "follow_ups", "related", "sources",
    ]
    public static let codeFields = ["lang", "edition", "source", "expect"]
    public static let followUpFields = ["id", "text"]
    public static let rubricFields = ["id", "title", "scale", "criteria"]
    public static let criterionFields = ["id", "title", "weight", "anchors"]
    public static let lexiconFields = ["concepts", "context"]
    public static let conceptFields = ["id", "terms"]
    public static let blueprintFields = ["id", "title", "description", "minutes", "questions", "topics", "levels", "rubric", "focus", "adaptive"]

    public init() {}

    /// The bank as far as it could be read, and every problem met on the way.
    public struct Loaded: Sendable {
        public var bank: Bank
        public var diagnostics: [BankDiagnostic]
    }

    public func loadBank(at folder: String) -> Loaded {
        var diagnostics: [BankDiagnostic] = []
        var topics: [Topic] = []
        var rubrics: [Rubric] = []
        var lexicon = BankLexicon()
        var unreadable: Set<String> = []
        guard let files = Self.yamlFiles(in: folder) else {
            diagnostics.append(BankDiagnostic(path: folder, message: "no such folder"))
            return Loaded(bank: Bank(topics: [], rubrics: [], path: folder), diagnostics: diagnostics)
        }
        let topicFiles = readTopics(files.filter { !($0 as NSString).lastPathComponent.hasPrefix("_") })
        for file in files {
            let name = (file as NSString).lastPathComponent
            if let read = topicFiles[file] {
                diagnostics += read.diagnostics
                if read.unreadable { unreadable.insert((name as NSString).deletingPathExtension) }
                if let topic = read.topic { topics.append(topic) }
                continue
            }
            let reader = SchemaReader(path: file)
            guard let root = Self.compose(file: file, into: &diagnostics) else { continue }
            readShared(root, reader: reader, rubrics: &rubrics, lexicon: &lexicon)
            diagnostics += reader.diagnostics
        }
        if topics.isEmpty && diagnostics.isEmpty {
            diagnostics.append(BankDiagnostic(path: folder, message: "no topic files (expected <topic>.yaml files and _rubrics.yaml)"))
        }
        var bank = Bank(topics: topics, rubrics: rubrics, lexicon: lexicon, path: folder)
        bank.unreadableTopics = unreadable
        return Loaded(bank: bank, diagnostics: diagnostics)
    }

    /// One topic file as read: the topic when it could be read, and every problem met.
    private struct TopicFile: Sendable {
        var topic: Topic?
        var diagnostics: [BankDiagnostic] = []
        var unreadable = false
    }

    /// The topic files, read side by side (each file on its own; a large bank is mostly parsing).
    private func readTopics(_ files: [String]) -> [String: TopicFile] {
        final class Results: @unchecked Sendable {  // written under `lock` only
            let lock = NSLock()
            var byFile: [String: TopicFile] = [:]
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            var read = TopicFile()
            if let root = Self.compose(file: file, into: &read.diagnostics) {
                let reader = SchemaReader(path: file)
                read.topic = readTopic(root, reader: reader)
                read.diagnostics += reader.diagnostics
            } else {
                read.unreadable = true
            }
            results.lock.withLock { results.byFile[file] = read }
        }
        return results.byFile
    }

    public func loadBlueprints(at folder: String) -> (blueprints: [Blueprint], diagnostics: [BankDiagnostic]) {
        guard let files = Self.yamlFiles(in: folder) else {
            return ([], [BankDiagnostic(path: folder, message: "no such folder")])
        }
        var blueprints: [Blueprint] = []
        var diagnostics: [BankDiagnostic] = []
        for file in files {
            let (blueprint, problems) = loadBlueprint(file: file)
            if let blueprint { blueprints.append(blueprint) }
            diagnostics += problems
        }
        return (blueprints, diagnostics)
    }

    public func loadBlueprint(file: String) -> (blueprint: Blueprint?, diagnostics: [BankDiagnostic]) {
        var diagnostics: [BankDiagnostic] = []
        guard let root = Self.compose(file: file, into: &diagnostics) else { return (nil, diagnostics) }
        let reader = SchemaReader(path: file)
        let blueprint = readBlueprint(root, reader: reader)
        return (blueprint, diagnostics + reader.diagnostics)
    }

    // MARK: - Files

    /// The `.yaml`/`.yml` files of a folder in name order, or nil when it is not a folder.
    static func yamlFiles(in folder: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return nil }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Reads a file as strict UTF-8 and composes its YAML, or records why it could not.
    static func compose(file: String, into diagnostics: inout [BankDiagnostic]) -> Node? {
        guard let data = FileManager.default.contents(atPath: file) else {
            diagnostics.append(BankDiagnostic(path: file, message: "cannot read the file"))
            return nil
        }
        guard var text = String(validatingUTF8Data: data) else {
            diagnostics.append(BankDiagnostic(path: file, message: "not UTF-8 text"))
            return nil
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                diagnostics.append(BankDiagnostic(path: file, message: "the file is empty"))
                return nil
            }
            return node
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: file))
            return nil
        } catch {
            diagnostics.append(BankDiagnostic(path: file, message: "cannot parse YAML"))
            return nil
        }
    }

    static func diagnostic(for error: YamlError, path: String) -> BankDiagnostic {
        func message(_ context: YamlError.Context?, _ problem: String) -> String {
            let prefix = context.map { $0.text + ": " } ?? ""
            return "YAML syntax: " + prefix + problem
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return BankDiagnostic(path: path, line: mark.line, column: mark.column, message: message(context, problem))
        case .reader(let problem, _, _, _):
            return BankDiagnostic(path: path, line: 1, column: 1, message: "YAML syntax: " + problem)
        default:
            return BankDiagnostic(path: path, line: 1, column: 1, message: "YAML syntax: cannot parse the file")
        }
    }

    // MARK: - Topics

    func readTopic(_ root: Node, reader: SchemaReader) -> Topic? {
        guard let object = reader.object(root, "") else { return nil }
        reader.checkKeys(object, allowed: Self.topicFields)
        let id = reader.string(object, "topic")
        let fileName = ((reader.path as NSString).lastPathComponent as NSString).deletingPathExtension
        if let id, id != fileName {
            reader.fail(reader.value(object, "topic"), "topic", "topic '\(id)' must match its file name '\(fileName).yaml'")
        }
        let topicID = id ?? fileName
        let questions = reader.sequence(object, "questions", required: true).compactMap { node, keyPath in
            readQuestion(node, keyPath: keyPath, topic: topicID, reader: reader)
        }
        return Topic(
            id: topicID,
            title: reader.string(object, "title") ?? topicID,
            description: reader.string(object, "description", required: false) ?? "",
            keywords: reader.stringList(object, "keywords"),
            rubric: reader.string(object, "rubric", required: false) ?? "default",
            area: reader.string(object, "area", required: false),
            questions: questions,
            location: reader.location(root)
        )
    }

    func readQuestion(_ node: Node, keyPath: String, topic: String, reader: SchemaReader) -> Question? {
        guard let object = reader.object(node, keyPath) else { return nil }
        reader.checkKeys(object, allowed: Self.questionFields)
        let id = reader.string(object, "id")
        let levelText = reader.string(object, "level")
        var level: Level?
        if let levelText {
            level = Level(rawValue: levelText)
            if level == nil {
                reader.fail(reader.value(object, "level"), keyPath + ".level", "unknown level '\(levelText)'; allowed: \(Level.allowedList)")
            }
        }
        let minutes = reader.int(object, "minutes")
        let text = reader.string(object, "text")
        let followUps = reader.sequence(object, "follow_ups").compactMap { node, path -> FollowUp? in
            guard let item = reader.object(node, path) else { return nil }
            reader.checkKeys(item, allowed: Self.followUpFields)
            guard let id = reader.string(item, "id"), let text = reader.string(item, "text") else { return nil }
            return FollowUp(id: id, text: text)
        }
        let crib = CribSheet(
            bonus: reader.stringList(object, "bonus"), guide: readGuide(object, keyPath: keyPath, reader: reader),
            code: readCode(object, keyPath: keyPath, reader: reader), sources: reader.stringList(object, "sources"))
        guard let id, let level, let minutes, let text else { return nil }
        return Question(
            id: id, topic: topic, level: level, minutes: minutes, text: text,
            variants: reader.stringList(object, "variants"),
            seenAs: reader.stringList(object, "seen_as"),
            points: reader.stringList(object, "points"),
            redFlags: reader.stringList(object, "red_flags"),
            followUps: followUps,
            related: reader.stringList(object, "related"),
            crib: crib,
            location: reader.location(node)
        )
    }

    /// `guide:` maps each score to what earns it: `3: Core points 1-4, and ...`.
    func readGuide(_ object: SchemaReader.Object, keyPath: String, reader: SchemaReader) -> [Int: String] {
        guard let node = reader.value(object, "guide") else { return [:] }
        let path = SchemaReader.join(keyPath, "guide")
        guard case .mapping(let mapping) = node else {
            reader.fail(node, path, "expected a mapping of score to what earns it (3: ...), found \(SchemaReader.kind(node))")
            return [:]
        }
        var guide: [Int: String] = [:]
        for (key, value) in mapping {
            guard let score = key.int, key.keyTagName == .int else {
                reader.fail(key, path, "guide keys are scores (whole numbers), found '\(key.string ?? "")'")
                continue
            }
            if let text = reader.scalarString(value, SchemaReader.join(path, String(score))) { guide[score] = text }
        }
        return guide
    }

    /// `code:` is one snippet (a mapping) or a list of them; each needs `source` and `expect`.
    func readCode(_ object: SchemaReader.Object, keyPath: String, reader: SchemaReader) -> [CodeSnippet] {
        guard let node = reader.value(object, "code") else { return [] }
        let path = SchemaReader.join(keyPath, "code")
        let items: [(Node, String)]
        if case .sequence(let sequence) = node {
            items = sequence.enumerated().map { ($1, path + "[\($0)]") }
        } else {
            items = [(node, path)]
        }
        return items.compactMap { item, itemPath -> CodeSnippet? in
            guard let snippet = reader.object(item, itemPath) else { return nil }
            reader.checkKeys(snippet, allowed: Self.codeFields)
            let source = reader.string(snippet, "source")
            guard let expectText = reader.string(snippet, "expect") else { return nil }
            guard let expect = CodeExpectation(text: expectText) else {
                reader.fail(reader.value(snippet, "expect"), SchemaReader.join(itemPath, "expect"), "expect must be one of: \(CodeExpectation.grammar); found '\(expectText)'")
                return nil
            }
            guard let source else { return nil }
            return CodeSnippet(
                lang: reader.string(snippet, "lang", required: false) ?? "rust", edition: reader.string(snippet, "edition", required: false) ?? "2024",
                source: source, expect: expect)
        }
    }

    // MARK: - Rubrics and lexicon

    /// A `_*.yaml` file holds `rubrics:` (a list), one rubric (`id`, `scale`, `criteria`), or the
    /// bank's lexicon (`concepts:`, `context:`).
    func readShared(_ root: Node, reader: SchemaReader, rubrics: inout [Rubric], lexicon: inout BankLexicon) {
        guard let object = reader.object(root, "") else { return }
        if reader.value(object, "rubrics") != nil {
            reader.checkKeys(object, allowed: ["rubrics"])
            for (node, keyPath) in reader.sequence(object, "rubrics") {
                if let rubric = readRubric(node, keyPath: keyPath, reader: reader) { rubrics.append(rubric) }
            }
        } else if reader.value(object, "criteria") != nil {
            if let rubric = readRubric(root, keyPath: "", reader: reader) { rubrics.append(rubric) }
        } else {
            reader.checkKeys(object, allowed: Self.lexiconFields)
            for (node, keyPath) in reader.sequence(object, "concepts") {
                if case .sequence = node {
                    let terms = (node.sequence ?? []).enumerated().compactMap { reader.scalarString($1, keyPath + "[\($0)]") }
                    lexicon.concepts.append(terms)
                } else if let item = reader.object(node, keyPath) {
                    reader.checkKeys(item, allowed: Self.conceptFields)
                    lexicon.concepts.append(reader.stringList(item, "terms", required: true))
                }
            }
            lexicon.context += reader.stringList(object, "context")
        }
    }

    func readRubric(_ node: Node, keyPath: String, reader: SchemaReader) -> Rubric? {
        guard let object = reader.object(node, keyPath) else { return nil }
        reader.checkKeys(object, allowed: Self.rubricFields)
        let id = reader.string(object, "id")
        var scale = 1...4
        if let scaleNode = reader.value(object, "scale") {
            let path = SchemaReader.join(keyPath, "scale")
            let bounds = (scaleNode.sequence ?? []).compactMap { $0.tagName == .int ? $0.int : nil }
            if bounds.count == 2, bounds[0] < bounds[1] {
                scale = bounds[0]...bounds[1]
            } else {
                reader.fail(scaleNode, path, "scale must be two whole numbers [low, high] with low < high")
            }
        }
        let criteria = reader.sequence(object, "criteria", required: true).compactMap { node, path -> Criterion? in
            guard let item = reader.object(node, path) else { return nil }
            reader.checkKeys(item, allowed: Self.criterionFields)
            let id = reader.string(item, "id")
            var weight: Double?
            if let weightNode = reader.value(item, "weight") {
                if weightNode.tagName == .int || weightNode.tagName == .float, let value = weightNode.float {
                    weight = value
                } else {
                    reader.fail(weightNode, path + ".weight", "expected a number, found \(SchemaReader.describe(weightNode))")
                }
            } else {
                reader.fail(node, path + ".weight", "missing required field 'weight'")
            }
            var anchors: [Int: String] = [:]
            if let anchorsNode = reader.value(item, "anchors"), let anchorObject = reader.object(anchorsNode, path + ".anchors") {
                for (key, value) in anchorObject.node {
                    guard key.keyTagName == .int, let level = key.int else {
                        reader.fail(key, path + ".anchors", "anchor level must be a whole number, found \(SchemaReader.describe(key))")
                        continue
                    }
                    if let text = reader.scalarString(value, path + ".anchors.\(level)") { anchors[level] = text }
                }
            } else if reader.value(item, "anchors") == nil {
                reader.fail(node, path + ".anchors", "missing required field 'anchors'")
            }
            guard let id, let weight else { return nil }
            return Criterion(id: id, title: reader.string(item, "title", required: false), weight: weight, anchors: anchors)
        }
        guard let id else { return nil }
        return Rubric(id: id, title: reader.string(object, "title", required: false), scale: scale, criteria: criteria, location: reader.location(node))
    }

    // MARK: - Blueprints

    func readBlueprint(_ root: Node, reader: SchemaReader) -> Blueprint? {
        guard let object = reader.object(root, "") else { return nil }
        reader.checkKeys(object, allowed: Self.blueprintFields)
        let id = reader.string(object, "id")
        let minutes = reader.int(object, "minutes")
        let count = reader.int(object, "questions")
        let topics = readWeights(object, "topics", required: true, reader: reader)
        let levels = readWeights(object, "levels", required: false, reader: reader)
        var focus = Blueprint.Focus.fixed
        if let text = reader.string(object, "focus", required: false) {
            if let value = Blueprint.Focus(rawValue: text) {
                focus = value
            } else {
                let allowed = Blueprint.Focus.allCases.map(\.rawValue).joined(separator: ", ")
                reader.fail(reader.value(object, "focus"), "focus", "unknown focus '\(text)'; allowed: \(allowed)")
            }
        }
        guard let id, let minutes, let count, let topics else { return nil }
        return Blueprint(
            id: id, title: reader.string(object, "title") ?? id,
            description: reader.string(object, "description", required: false),
            minutes: minutes, questions: count, topics: topics, levels: levels,
            rubric: reader.string(object, "rubric", required: false), focus: focus,
            adaptive: reader.bool(object, "adaptive", required: false) ?? false, path: reader.path
        )
    }

    func readWeights(_ object: SchemaReader.Object, _ key: String, required: Bool, reader: SchemaReader) -> WeightTable? {
        guard let node = reader.value(object, key), !SchemaReader.isNull(node) else {
            if required { reader.fail(.mapping(object.node), key, "missing required field '\(key)'") }
            return nil
        }
        guard let table = reader.object(node, key) else { return nil }
        var entries: [WeightTable.Entry] = []
        var integral = true
        for (name, value) in table.node {
            let id = name.string ?? ""
            guard value.tagName == .int || value.tagName == .float, let weight = value.float else {
                reader.fail(value, key + "." + id, "expected a count or weight, found \(SchemaReader.describe(value))")
                continue
            }
            if value.tagName != .int { integral = false }
            entries.append(WeightTable.Entry(id: id, weight: weight, location: reader.location(name)))
        }
        return WeightTable(entries: entries, integral: integral)
    }
}

extension String {
    /// Strict UTF-8 decoding: nil for any invalid byte sequence (never replacement characters).
    init?(validatingUTF8Data data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return nil }
        self = text
    }
}
