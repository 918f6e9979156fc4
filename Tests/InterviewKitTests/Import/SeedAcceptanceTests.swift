import Foundation
import Testing
@testable import InterviewKit

/// The importer on the shared seed list against its hand labels, with the bank knowing only
/// its topics' keywords (no known questions): the figures of score_import.py.
@Suite("Seed list against the gold labels")
struct SeedAcceptanceTests {
    static func load() throws -> (Data, [ImportScore.GoldRow])? {
        guard let seed = ImportTestSupport.seedList, let gold = ImportTestSupport.goldFile else { return nil }
        return (try Data(contentsOf: seed), try ImportScore.readGold(gold))
    }

    @Test("without known questions: placeholders exact, pair precision >= 0.97, F1 >= 0.75, topics >= 0.80, suggestions recover >= 0.90")
    func seedTargets() throws {
        guard let (data, gold) = try Self.load() else {
            print("skipped: shared/seeds and shared/data/seed-gold.tsv not found beside the repository")
            return
        }
        let result = try BankImporter(lexicon: ImportTestSupport.lexicon()).run(data, path: "seed.txt")
        let score = ImportScore(result: result, gold: gold)
        print(String(format: "seed: placeholderP=%.4f R=%.4f pairP=%.4f pairR=%.4f pairF1=%.4f topicAccCluster=%.4f withSuggestions=%.4f (%d suggestions)",
                     score.placeholderPrecision, score.placeholderRecall, score.pairPrecision, score.pairRecall,
                     score.pairF1, score.topicAccuracyPerCluster, score.recallWithSuggestions, result.suggestions.count))
        #expect(result.entries.count == gold.count)
        #expect(score.placeholderPrecision == 1)
        #expect(score.placeholderRecall == 1)
        #expect(score.pairPrecision >= 0.97)
        #expect(score.pairF1 >= 0.75)
        #expect(score.topicAccuracyPerCluster >= 0.80)
        #expect(score.recallWithSuggestions >= 0.90)
        #expect(result.suggestions.count * 2 <= result.entries.count)
        #expect(zip(result.suggestions, result.suggestions.dropFirst()).allSatisfy { $0.similarity >= $1.similarity })
    }

    @Test("with the interim keywords written before the bank existed, topics still reach 0.80")
    func interimKeywords() throws {
        guard let (data, gold) = try Self.load() else { return }
        let lexicon = try ImportTestSupport.lexicon(topics: ImportFixtures.interimRustTopics)
        let score = ImportScore(result: try BankImporter(lexicon: lexicon).run(data, path: "seed.txt"), gold: gold)
        #expect(score.topicAccuracyPerCluster >= 0.80)
        #expect(score.pairPrecision >= 0.97)
    }

    @Test("a bank that already has every seed wording makes every entry known, with the bank's topic")
    func withKnownQuestions() throws {
        guard let (data, gold) = try Self.load() else { return }
        var byCluster: [String: ImportKnownQuestion] = [:]
        for row in gold where !row.placeholder {
            byCluster[row.cluster, default: ImportKnownQuestion(id: "\(row.topic)/\(row.cluster)", topic: row.topic, texts: [])]
                .texts.append(row.text)
        }
        let lexicon = try ImportTestSupport.lexicon(known: Array(byCluster.values).sorted { $0.id < $1.id })
        let result = try BankImporter(lexicon: lexicon).run(data, path: "seed.txt")
        let score = ImportScore(result: result, gold: gold)
        #expect(score.pairPrecision == 1)
        #expect(score.pairRecall == 1)
        #expect(score.topicAccuracyPerCluster == 1)
        #expect(result.clusters.allSatisfy { $0.known != nil })
        #expect(result.clusters.count == byCluster.count)
        #expect(result.yamlSkeleton().hasPrefix("# Nothing new"))
    }
}
