import Foundation
import GRDB

/// A parsed, linted bank kept in a small SQLite file under the user's cache folder, so that
/// commands that draw (`plan`, `start`) do not parse every YAML file and rebuild the text
/// similarity while the bank is unchanged.
///
/// The cache is keyed by a ``BankFingerprint`` of the bank's and blueprints' files. It holds
/// the draw index (id, topic, level, minutes of every question), the `related` links, each
/// question's full text, the rubrics, the blueprints that passed lint, and for the near-duplicate
/// rule each wording's similarity profile with the rarity weights of its features. A draw reads
/// the index and the links, then only the rows of the questions it looks at. The cache is an
/// optimisation: when it is missing, stale or unreadable the bank is read from its files, and a
/// new cache is written beside the old.
public final class BankCache: DrawSource {
    /// Bumped whenever the tables or the stored wording profiles change; a cache of another
    /// format is ignored.
    static let format = "7"

    private let queue: DatabaseQueue
    public let drawQuestions: [DrawQuestion]
    public let relatedIDs: [String: [String]]
    public let defaultScale: ClosedRange<Int>
    private let rubrics: [String: Rubric]
    private let topicRubrics: [String: String]
    private let blueprints: [String: String]
    private let threshold: Double
    private let unseenWeight: Double
    private var questions: [String: Question] = [:]
    private var profiles: [String: [StoredProfile]] = [:]
    private var weights: [String: Double] = [:]
    private var nearDuplicates: [String: Bool] = [:]

    private init(
        queue: DatabaseQueue, drawQuestions: [DrawQuestion], relatedIDs: [String: [String]], defaultScale: ClosedRange<Int>,
        rubrics: [String: Rubric], topicRubrics: [String: String], blueprints: [String: String], threshold: Double, unseenWeight: Double
    ) {
        self.queue = queue
        self.drawQuestions = drawQuestions
        self.relatedIDs = relatedIDs
        self.defaultScale = defaultScale
        self.rubrics = rubrics
        self.topicRubrics = topicRubrics
        self.blueprints = blueprints
        self.threshold = threshold
        self.unseenWeight = unseenWeight
    }

    /// The cache file for a pair of folders: `$XDG_CACHE_HOME/interview/bank-HASH.sqlite`
    /// (default `~/.cache/interview/`), one per bank folder.
    public static func path(bank: String, sessions: String, environment: [String: String]) -> String {
        let key = BankFingerprint.absolute(bank) + "\u{0}" + BankFingerprint.absolute(sessions)
        return (CacheFolder.path(environment: environment) as NSString).appendingPathComponent("bank-\(BankFingerprint.hash(key)).sqlite")
    }

    /// The cache at `path` when it was written for exactly these files; nil when it is missing,
    /// stale, of another format or unreadable.
    public static func open(path: String, fingerprint: BankFingerprint) -> BankCache? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        return try? queue.read { db -> BankCache? in
            var meta: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row["key"]] = row["value"] }
            guard meta["format"] == format, meta["version"] == InterviewKitVersion.current, meta["fingerprint"] == fingerprint.digest,
                let index = meta["draw_index"], let related = meta["related"], let threshold = meta["threshold"].flatMap(Double.init),
                let unseen = meta["unseen_weight"].flatMap(Double.init), let low = meta["scale_low"].flatMap(Int.init),
                let high = meta["scale_high"].flatMap(Int.init), low <= high
            else { return nil }
            var rubrics: [String: Rubric] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, json FROM rubric") {
                rubrics[row["id"]] = try SnapshotJSON.decode(Rubric.self, row["json"])
            }
            var topicRubrics: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, rubric FROM topic") { topicRubrics[row["id"]] = row["rubric"] }
            var blueprints: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, json FROM blueprint") { blueprints[row["id"]] = row["json"] }
            guard let questions = decodeIndex(index) else { return nil }
            return BankCache(
                queue: queue, drawQuestions: questions, relatedIDs: try SnapshotJSON.decode([String: [String]].self, related),
                defaultScale: low...high, rubrics: rubrics, topicRubrics: topicRubrics, blueprints: blueprints, threshold: threshold,
                unseenWeight: unseen)
        }
    }

    /// A blueprint of the sessions folder that passed lint when the cache was written.
    public func blueprint(_ id: String) -> Blueprint? {
        blueprints[id].flatMap { try? SnapshotJSON.decode(Blueprint.self, $0) }
    }

    public func question(_ id: String) -> Question? {
        if let known = questions[id] { return known }
        guard let question = try? queue.read({ db in try Self.question(db, id: id) }) else { return nil }
        questions[id] = question
        return question
    }

    public func rubric(for question: Question, blueprint: Blueprint) -> Rubric? {
        if let id = blueprint.rubric { return rubrics[id] }
        return topicRubrics[question.topic].flatMap { rubrics[$0] }
    }

    public func isNearDuplicate(_ a: String, _ b: String) -> Bool {
        let key = a < b ? a + "\u{0}" + b : b + "\u{0}" + a
        if let known = nearDuplicates[key] { return known }
        let x = wordings(a), y = wordings(b)
        let model = SimilarityModel(weights: weights, unseenWeight: unseenWeight)
        let same = x.contains { p in y.contains { q in QuestionSimilarity.isSameQuestion(p, q, model: model, threshold: threshold) } }
        nearDuplicates[key] = same
        return same
    }

    /// A question's stored wordings, loading the weights of their features on first use.
    private func wordings(_ id: String) -> [StoredProfile] {
        if let known = profiles[id] { return known }
        let loaded: [StoredProfile] =
            (try? queue.read { db in
                let stored = try Row.fetchAll(
                    db.cachedStatement(sql: "SELECT key, intent, verb, head, tail FROM wording WHERE question_id = ? ORDER BY ord"), arguments: [id]
                ).compactMap { row in StoredProfile(key: row[0], intent: row[1], verb: row[2], head: row[3], tail: row[4]) }
                let missing = Set(stored.flatMap(\.profile.features)).filter { weights[$0] == nil }
                if !missing.isEmpty {
                    let rows = try Row.fetchAll(
                        db.cachedStatement(sql: "SELECT name, weight FROM feature WHERE name IN (SELECT value FROM json_each(?))"),
                        arguments: [try SnapshotJSON.encode(missing.sorted())])
                    for row in rows { weights[row[0]] = row[1] }
                }
                return stored
            }) ?? []
        profiles[id] = loaded
        return loaded
    }

    private static func question(_ db: Database, id: String) throws -> Question? {
        let sql = """
            SELECT id, topic, level, minutes, text, variants, points, red_flags, follow_ups, related, location, crib, seen_as FROM question
            WHERE id = ? ORDER BY ord LIMIT 1
            """
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id]), let level = Level(rawValue: row[2]) else { return nil }
        let location: String? = row[10]
        return Question(
            id: row[0], topic: row[1], level: level, minutes: row[3], text: row[4],
            variants: try SnapshotJSON.decode([String].self, row[5]), seenAs: try SnapshotJSON.decode([String].self, row[12]),
            points: try SnapshotJSON.decode([String].self, row[6]),
            redFlags: try SnapshotJSON.decode([String].self, row[7]), followUps: try SnapshotJSON.decode([FollowUp].self, row[8]),
            related: try SnapshotJSON.decode([String].self, row[9]), crib: try SnapshotJSON.decode(CribSheet.self, row[11]),
            location: try location.map { try SnapshotJSON.decode(SourceLocation.self, $0) })
    }

    /// One line per question: id, topic, level and minutes separated by tabs (none of them can
    /// hold a tab or a newline: ids, topics and levels are slugs).
    static func encodeIndex(_ questions: [Question]) -> String {
        questions.map { "\($0.id)\t\($0.topic)\t\($0.level.rawValue)\t\($0.minutes)" }.joined(separator: "\n")
    }

    /// Reads the index on UTF-8 bytes, line by line, without intermediate arrays. Questions come
    /// grouped by topic, so a topic or level equal to the previous line's shares its string.
    static func decodeIndex(_ text: String) -> [DrawQuestion]? {
        var text = text
        return text.withUTF8 { bytes -> [DrawQuestion]? in
            var questions: [DrawQuestion] = []
            questions.reserveCapacity(bytes.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) })
            func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            func same(_ a: Range<Int>, _ b: Range<Int>?) -> Bool {
                guard let b, a.count == b.count else { return false }
                return bytes[a].elementsEqual(bytes[b])
            }
            var previous: (topic: Range<Int>, level: Range<Int>)?
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart else { continue }
                // id, topic, level, minutes: three tabs, then digits.
                var tabs = (0, 0, 0)
                var count = 0
                for index in lineStart..<lineEnd where bytes[index] == UInt8(ascii: "\t") {
                    switch count {
                    case 0: tabs.0 = index
                    case 1: tabs.1 = index
                    case 2: tabs.2 = index
                    default: return nil
                    }
                    count += 1
                }
                guard count == 3, tabs.2 + 1 < lineEnd else { return nil }
                var minutes = 0
                for byte in bytes[(tabs.2 + 1)..<lineEnd] {
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), minutes < Int.max / 10 - 9 else { return nil }
                    minutes = minutes * 10 + Int(byte - UInt8(ascii: "0"))
                }
                let (id, topic, level) = (lineStart..<tabs.0, (tabs.0 + 1)..<tabs.1, (tabs.1 + 1)..<tabs.2)
                let last = questions.last
                questions.append(
                    DrawQuestion(
                        id: string(id), topic: same(topic, previous?.topic) ? last?.topic ?? string(topic) : string(topic),
                        level: same(level, previous?.level) ? last?.level ?? string(level) : string(level), minutes: minutes))
                previous = (topic, level)
            }
            return questions
        }
    }

    /// Writes a cache for a loaded workspace and the blueprints that passed lint. The file is
    /// written beside `path` and renamed into place, so a reader never sees half of it.
    public static func write(
        _ workspace: BankWorkspace, blueprints: [Blueprint], fingerprint: BankFingerprint, to path: String
    ) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".\(getpid()).tmp"
        try? FileManager.default.removeItem(atPath: temporary)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let bank = workspace.bank
        let similarity = workspace.similarity
        let queue = try DatabaseQueue(path: temporary)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE rubric (id TEXT PRIMARY KEY, json TEXT NOT NULL);
                    CREATE TABLE topic (id TEXT PRIMARY KEY, rubric TEXT NOT NULL);
                    CREATE TABLE blueprint (id TEXT PRIMARY KEY, json TEXT NOT NULL);
                    CREATE TABLE question (
                        ord INTEGER PRIMARY KEY, id TEXT NOT NULL, topic TEXT NOT NULL, level TEXT NOT NULL, minutes INTEGER NOT NULL,
                        text TEXT NOT NULL, variants TEXT NOT NULL, points TEXT NOT NULL, red_flags TEXT NOT NULL,
                        follow_ups TEXT NOT NULL, related TEXT NOT NULL, location TEXT, crib TEXT NOT NULL, seen_as TEXT NOT NULL);
                    CREATE INDEX question_by_id ON question(id);
                    CREATE TABLE wording (
                        question_id TEXT NOT NULL, ord INTEGER NOT NULL, key TEXT NOT NULL, intent TEXT NOT NULL, verb TEXT NOT NULL,
                        head TEXT NOT NULL, tail TEXT NOT NULL);
                    CREATE INDEX wording_by_question ON wording(question_id, ord);
                    CREATE TABLE feature (name TEXT PRIMARY KEY, weight REAL NOT NULL) WITHOUT ROWID;
                    """)
            let scale = bank.rubric("default")?.scale ?? 1...4
            let meta: [(String, String)] = [
                ("format", format), ("version", InterviewKitVersion.current), ("fingerprint", fingerprint.digest),
                ("draw_index", encodeIndex(bank.questions)), ("related", try SnapshotJSON.encode(BankDrawSource.relatedIDs(bank.questions))),
                ("threshold", String(similarity.threshold)),
                ("unseen_weight", String(similarity.unseenWeight)), ("scale_low", String(scale.lowerBound)),
                ("scale_high", String(scale.upperBound)),
            ]
            for (key, value) in meta { try db.execute(sql: "INSERT INTO meta VALUES (?, ?)", arguments: [key, value]) }
            for rubric in bank.rubrics {
                try db.execute(sql: "INSERT OR REPLACE INTO rubric VALUES (?, ?)", arguments: [rubric.id, try SnapshotJSON.encode(rubric)])
            }
            for topic in bank.topics { try db.execute(sql: "INSERT OR REPLACE INTO topic VALUES (?, ?)", arguments: [topic.id, topic.rubric]) }
            for blueprint in blueprints {
                try db.execute(sql: "INSERT OR REPLACE INTO blueprint VALUES (?, ?)", arguments: [blueprint.id, try SnapshotJSON.encode(blueprint)])
            }
            var features: Set<String> = []
            for (ord, question) in bank.questions.enumerated() {
                try db.execute(
                    sql: "INSERT INTO question VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        ord, question.id, question.topic, question.level.rawValue, question.minutes, question.text,
                        try SnapshotJSON.encode(question.variants), try SnapshotJSON.encode(question.points),
                        try SnapshotJSON.encode(question.redFlags), try SnapshotJSON.encode(question.followUps),
                        try SnapshotJSON.encode(question.related), try question.location.map { try SnapshotJSON.encode($0) },
                        try SnapshotJSON.encode(question.crib), try SnapshotJSON.encode(question.seenAs),
                    ])
                for (index, text) in question.wordings.enumerated() {
                    let stored = similarity.storedProfile(text)
                    features.formUnion(stored.profile.features)
                    try db.execute(
                        sql: "INSERT INTO wording VALUES (?, ?, ?, ?, ?, ?, ?)",
                        arguments: [
                            question.id, index, stored.key, stored.profile.intent.rawValue, stored.encodedVerb, stored.encodedHead,
                            stored.encodedTail,
                        ])
                }
            }
            for feature in features {
                try db.execute(sql: "INSERT INTO feature VALUES (?, ?)", arguments: [feature, similarity.weight(feature)])
            }
        }
        try queue.close()
        chmod(temporary, 0o600)
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}

extension BankCache {
    /// What a command that draws needs: the blueprint, linted against the bank, and the bank to
    /// draw from. From the cache when the files are unchanged; otherwise the folders are read and
    /// linted as ``BankWorkspace/load(bank:sessions:linter:)`` does, and the cache is rewritten
    /// (a cache that cannot be written is skipped: it only saves time).
    /// - Parameter reference: a blueprint id, or the path of a blueprint file (never cached).
    public static func drawSource(
        bank: String, sessions: String, blueprint reference: String, linter: BankLinter, environment: [String: String]
    ) throws(BankError) -> (source: any DrawSource, blueprint: Blueprint) {
        let fingerprint = BankFingerprint(bank: bank, sessions: sessions)
        let path = path(bank: bank, sessions: sessions, environment: environment)
        if let fingerprint, let cache = open(path: path, fingerprint: fingerprint), let blueprint = cache.blueprint(reference) {
            return (cache, blueprint)
        }
        let workspace = try BankWorkspace.load(bank: bank, sessions: sessions, linter: linter)
        let chosen = try workspace.blueprint(reference, linter: linter)
        if let fingerprint {
            let clean = workspace.blueprints.filter { blueprint in
                !linter.lint(blueprint: blueprint, bank: workspace.bank, similarity: workspace.similarity).contains(where: \.isError)
            }
            try? write(workspace, blueprints: clean, fingerprint: fingerprint, to: path)
        }
        return (BankDrawSource(bank: workspace.bank, isNearDuplicate: workspace.similarity.isSameQuestion), chosen)
    }
}
