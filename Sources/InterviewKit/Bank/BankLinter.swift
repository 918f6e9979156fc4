import Foundation

/// The rules a bank and its blueprints must keep, beyond what the schema checks while loading.
///
/// Every rule reports a ``BankDiagnostic`` that names the file, the line and the key path; the
/// linter never stops at the first problem.
public struct BankLinter: Sendable {
    /// Checks that a blueprint can be drawn from the bank; returns one message per shortfall.
    public var feasibility: @Sendable (Blueprint, Bank, QuestionSimilarity) -> [String]

    public init(feasibility: @escaping @Sendable (Blueprint, Bank, QuestionSimilarity) -> [String] = { _, _, _ in [] }) {
        self.feasibility = feasibility
    }

    public static let minimumPoints = 4
    public static let minimumFollowUps = 2
    public static let weightTolerance = 1e-9

    /// Every rule, near-duplicates included (`bank lint`).
    public func lint(bank: Bank, blueprints: [Blueprint]) -> [BankDiagnostic] {
        let similarity = bank.similarity()
        return structure(bank) + lintTrust(bank) + lintNearDuplicates(bank, similarity: similarity)
            + blueprints.flatMap { lint(blueprint: $0, bank: bank, similarity: similarity) } + lintBlueprintIDs(blueprints)
    }

    /// The rules without which the tool cannot work with the bank (ids, rubrics, questions'
    /// content); commands that draw check these, `bank lint` checks everything.
    public func structure(_ bank: Bank) -> [BankDiagnostic] {
        lintRubrics(bank) + lintTopics(bank)
    }

    // MARK: - Rubrics

    func lintRubrics(_ bank: Bank) -> [BankDiagnostic] {
        var problems: [BankDiagnostic] = []
        var seen: [String: SourceLocation?] = [:]
        for rubric in bank.rubrics {
            let path = rubric.location?.path ?? bank.path
            func fail(_ keyPath: String, _ message: String) {
                problems.append(BankDiagnostic(path: path, line: rubric.location?.line, keyPath: "rubrics[\(rubric.id)]" + keyPath, message: message))
            }
            if let first = seen[rubric.id] {
                fail("", "duplicate rubric id '\(rubric.id)'" + Self.firstAt(first))
            }
            seen[rubric.id] = rubric.location
            if rubric.criteria.isEmpty { fail(".criteria", "a rubric needs at least one criterion") }
            var criterionIDs: Set<String> = []
            for criterion in rubric.criteria {
                let keyPath = ".criteria[\(criterion.id)]"
                if !criterionIDs.insert(criterion.id).inserted { fail(keyPath, "duplicate criterion id '\(criterion.id)'") }
                if !(criterion.weight > 0) { fail(keyPath + ".weight", "weight must be positive, found \(criterion.weight)") }
                let missing = rubric.scale.filter { criterion.anchors[$0] == nil }
                if !missing.isEmpty {
                    let levels = missing.map(String.init).joined(separator: ", ")
                    fail(keyPath + ".anchors", "no anchor for level \(levels); every level \(rubric.scale.lowerBound)-\(rubric.scale.upperBound) needs one")
                }
                let outside = criterion.anchors.keys.filter { !rubric.scale.contains($0) }.sorted()
                if !outside.isEmpty {
                    let levels = outside.map(String.init).joined(separator: ", ")
                    fail(keyPath + ".anchors", "anchor for level \(levels) outside the scale \(rubric.scale.lowerBound)-\(rubric.scale.upperBound)")
                }
            }
            let total = rubric.criteria.reduce(0) { $0 + $1.weight }
            if !rubric.criteria.isEmpty, abs(total - 1) > Self.weightTolerance {
                fail(".criteria", "criterion weights sum to \(Self.format(total)), must sum to 1")
            }
        }
        if bank.rubrics.isEmpty, !bank.topics.isEmpty {
            problems.append(BankDiagnostic(path: bank.path, message: "no rubrics (expected _rubrics.yaml with a 'rubrics:' list)"))
        }
        return problems
    }

    // MARK: - Topics and questions

    func lintTopics(_ bank: Bank) -> [BankDiagnostic] {
        var problems: [BankDiagnostic] = []
        var firstQuestion: [String: SourceLocation?] = [:]
        let allIDs = Set(bank.questions.map(\.id))
        let rubricIDs = bank.rubrics.map(\.id)
        var topicFiles: [String: String] = [:]
        for topic in bank.topics {
            let path = topic.location?.path ?? bank.path
            if let other = topicFiles[topic.id] {
                problems.append(BankDiagnostic(path: path, line: topic.location?.line, keyPath: "topic", message: "topic '\(topic.id)' is also defined in \(other)"))
            }
            topicFiles[topic.id] = path
            if bank.rubric(topic.rubric) == nil {
                problems.append(BankDiagnostic(
                    path: path, line: topic.location?.line, keyPath: "rubric",
                    message: "unknown rubric '\(topic.rubric)' (known: \(rubricIDs.joined(separator: ", ")))"))
            }
            if let area = topic.area {
                let target = bank.topics.first { $0.id == area }
                let message: String? = if area == topic.id {
                    "area '\(area)' is the topic itself; leave it out"
                } else if let target, let further = target.area {
                    "area '\(area)' is itself filed under '\(further)'; name a topic without an area"
                } else if target == nil {
                    "unknown area '\(area)' (topics without an area: \(bank.topics.filter { $0.area == nil }.map(\.id).joined(separator: ", ")))"
                } else {
                    nil
                }
                if let message { problems.append(BankDiagnostic(path: path, line: topic.location?.line, keyPath: "area", message: message)) }
            }
            if topic.questions.isEmpty {
                problems.append(BankDiagnostic(path: path, line: topic.location?.line, keyPath: "questions", message: "a topic needs at least one question"))
            }
            for question in topic.questions {
                let location = question.location
                func fail(_ key: String, _ message: String) {
                    problems.append(BankDiagnostic(path: path, line: location?.line, keyPath: "questions[\(question.id)]" + key, message: message))
                }
                if let first = firstQuestion[question.id] {
                    fail("", "duplicate question id '\(question.id)'" + Self.firstAt(first))
                }
                firstQuestion[question.id] = location
                if question.minutes <= 0 { fail(".minutes", "minutes must be greater than 0, found \(question.minutes)") }
                if question.followUps.count < Self.minimumFollowUps {
                    fail(".follow_ups", "needs at least \(Self.minimumFollowUps) follow-ups, found \(question.followUps.count)")
                }
                var followUpIDs: Set<String> = []
                for followUp in question.followUps where !followUpIDs.insert(followUp.id).inserted {
                    fail(".follow_ups", "duplicate follow-up id '\(followUp.id)'")
                }
                for related in question.related where !allIDs.contains(related) && bank.unreadableTopics.isEmpty {
                    fail(".related", "unknown question id '\(related)'")
                }
                var wordings: Set<String> = [question.text]
                for (key, list) in [(".variants", question.variants), (".seen_as", question.seenAs)] {
                    for wording in list where !wordings.insert(wording).inserted { fail(key, "wording given twice: \(wording)") }
                }
            }
        }
        return problems
    }

    /// What makes a question trustworthy (formats.md, bank v2): enough core points, a guide line
    /// for every score, and warnings for generic prompts and missing bonus points or sources.
    /// `bank lint` refuses a bank that breaks them; a draw does not need them.
    func lintTrust(_ bank: Bank) -> [BankDiagnostic] {
        var problems: [BankDiagnostic] = []
        for topic in bank.topics {
            let path = topic.location?.path ?? bank.path
            for question in topic.questions {
                let location = question.location
                func fail(_ key: String, _ message: String) {
                    problems.append(BankDiagnostic(path: path, line: location?.line, keyPath: "questions[\(question.id)]" + key, message: message))
                }
                if question.points.count < Self.minimumPoints {
                    fail(".points", "needs at least \(Self.minimumPoints) core points (what a 3 needs), found \(question.points.count)")
                }
                if let scale = bank.rubric(topic.rubric)?.scale {
                    let missing = scale.filter { question.crib.guide[$0] == nil }
                    if !missing.isEmpty {
                        fail(".guide", "needs a guide line for every score of rubric '\(topic.rubric)' (\(scale.lowerBound)-\(scale.upperBound)): missing \(missing.map(String.init).joined(separator: ", "))")
                    }
                    for score in question.crib.guide.keys.sorted() where !scale.contains(score) {
                        fail(".guide", "score \(score) is outside the scale of rubric '\(topic.rubric)' (\(scale.lowerBound)-\(scale.upperBound))")
                    }
                }
                for (score, line) in question.crib.guide.sorted(by: { $0.key < $1.key }) {
                    if let missing = GuideReferences.corePoints(in: line).first(where: { !(1...max(question.points.count, 1)).contains($0) }) {
                        fail(".guide.\(score)", "cites point \(missing), but the question has \(question.points.count) core points")
                    }
                }
                func warn(_ key: String, _ message: String) {
                    problems.append(
                        BankDiagnostic(path: path, line: location?.line, keyPath: "questions[\(question.id)]" + key, message: message, severity: .warning))
                }
                if let generic = GenericPrompt.match(question.text) {
                    warn(".text", "generic prompt (\(generic.name), e.g. \"\(generic.example)\"): ask about a situation - code, numbers, a symptom")
                }
                // The live screen offers the variants as other ways to ask the question.
                for (index, variant) in question.variants.enumerated() {
                    if let generic = GenericPrompt.match(variant) {
                        warn(".variants[\(index)]", "generic prompt (\(generic.name)) offered as a way to ask: make it concrete, or move it to seen_as")
                    }
                }
                if question.crib.bonus.isEmpty { warn(".bonus", "no bonus points: say what lifts a 3 to a 4") }
                if question.crib.sources.isEmpty { warn(".sources", "no sources: say where a reviewer checks the claims") }
            }
        }
        return problems
    }

    /// Two different questions whose wordings ask the same thing (the tool's similarity, over
    /// an index of shared words, so large banks do not compare every pair).
    func lintNearDuplicates(_ bank: Bank, similarity: QuestionSimilarity) -> [BankDiagnostic] {
        let questions = bank.questions
        var texts: [String] = []
        var owner: [Int] = []
        for (index, question) in questions.enumerated() {
            // A prompt about a snippet ("what does this print, and why?") asks about its code,
            // which its wording does not show: only its other wordings are compared.
            for wording in question.crib.code.isEmpty ? question.wordings : question.variants + question.seenAs {
                texts.append(wording)
                owner.append(index)
            }
        }
        var reported: Set<[Int]> = []
        var problems: [BankDiagnostic] = []
        for pair in similarity.similarPairs(texts) {
            let (first, second) = (min(owner[pair.a], owner[pair.b]), max(owner[pair.a], owner[pair.b]))
            guard first != second, questions[first].id != questions[second].id, reported.insert([first, second]).inserted else { continue }
            let (earlier, later) = (questions[first], questions[second])
            let (earlierText, laterText) = owner[pair.a] == first ? (texts[pair.a], texts[pair.b]) : (texts[pair.b], texts[pair.a])
            problems.append(BankDiagnostic(
                path: later.location?.path ?? bank.path, line: later.location?.line, keyPath: "questions[\(later.id)]",
                message: "asks the same as '\(earlier.id)'" + Self.firstAt(earlier.location) + String(format: " (similarity %.2f)", pair.similarity)
                    + ": \"\(laterText)\" ~ \"\(earlierText)\""))
        }
        return problems.sorted { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }
    }

    // MARK: - Blueprints

    public func lint(blueprint: Blueprint, bank: Bank, similarity: QuestionSimilarity) -> [BankDiagnostic] {
        var problems: [BankDiagnostic] = []
        let path = blueprint.path
        func fail(_ keyPath: String?, _ line: Int?, _ message: String) {
            problems.append(BankDiagnostic(path: path, line: line ?? 1, keyPath: keyPath, message: message))
        }
        let fileName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if !path.isEmpty, blueprint.id != fileName, path.contains("/sessions/") || path.hasPrefix("sessions/") {
            fail("id", nil, "blueprint id '\(blueprint.id)' must match its file name '\(fileName).yaml'")
        }
        if blueprint.minutes <= 0 { fail("minutes", nil, "minutes must be greater than 0, found \(blueprint.minutes)") }
        if blueprint.questions <= 0 { fail("questions", nil, "questions must be greater than 0, found \(blueprint.questions)") }
        let topicIDs = bank.topics.map(\.id)
        if blueprint.topics.entries.isEmpty { fail("topics", nil, "at least one topic is needed") }
        for entry in blueprint.topics.entries where !bank.unreadableTopics.contains(entry.id) {
            if bank.topic(entry.id) == nil {
                fail("topics." + entry.id, entry.location?.line, "unknown topic '\(entry.id)' (known: \(topicIDs.joined(separator: ", ")))")
            }
            if !(entry.weight > 0) { fail("topics." + entry.id, entry.location?.line, "count or weight must be positive, found \(Self.format(entry.weight))") }
        }
        for entry in blueprint.levels?.entries ?? [] {
            if Level(rawValue: entry.id) == nil {
                fail("levels." + entry.id, entry.location?.line, "unknown level '\(entry.id)'; allowed: \(Level.allowedList)")
            }
            if !(entry.weight > 0) { fail("levels." + entry.id, entry.location?.line, "count or weight must be positive, found \(Self.format(entry.weight))") }
        }
        if let rubric = blueprint.rubric, bank.rubric(rubric) == nil {
            fail("rubric", nil, "unknown rubric '\(rubric)' (known: \(bank.rubrics.map(\.id).joined(separator: ", ")))")
        }
        for (key, table) in [("topics", blueprint.topics), ("levels", blueprint.levels)] {
            guard let table, table.integral, key == "levels" || blueprint.focus == .fixed else { continue }
            let total = Int(table.entries.reduce(0) { $0 + $1.weight })
            if total != blueprint.questions {
                problems.append(BankDiagnostic(
                    path: path, line: 1, keyPath: key,
                    message: "counts sum to \(total) but the blueprint asks for \(blueprint.questions) questions; they are taken as weights",
                    severity: .warning))
            }
        }
        if problems.isEmpty, bank.unreadableTopics.isEmpty {
            for message in feasibility(blueprint, bank, similarity) { fail(nil, nil, message) }
        }
        return problems
    }

    func lintBlueprintIDs(_ blueprints: [Blueprint]) -> [BankDiagnostic] {
        var seen: [String: String] = [:]
        var problems: [BankDiagnostic] = []
        for blueprint in blueprints {
            if let other = seen[blueprint.id] {
                problems.append(BankDiagnostic(path: blueprint.path, line: 1, keyPath: "id", message: "duplicate blueprint id '\(blueprint.id)' (also in \(other))"))
            }
            seen[blueprint.id] = blueprint.path
        }
        return problems
    }

    // MARK: - Formatting

    static func firstAt(_ location: SourceLocation??) -> String {
        guard let location = location ?? nil else { return "" }
        return " (first at \(location.path):\(location.line))"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.6g", value)
    }
}
