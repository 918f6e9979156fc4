import Foundation
import Testing
@testable import InterviewKit

/// Vectors pinned from the project's own oracle, scripts/mfrm_reference.py (scipy L-BFGS-B on F
/// with the analytic gradient, polished by Newton steps to a gradient below 1e-10), written by
/// scripts/mfrm_vectors.py into FacetVectors/: each case a ratings CSV and the oracle's JSON.
@Suite struct FacetReferenceVectorTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FacetVectors")

    struct Reference: Decodable {
        struct Element: Decodable {
            let measure: Double
            let se: Double
            let infit: Double
            let outfit: Double
            let count: Int
            let fair: Double?
            let lower: Double?
            let upper: Double?
            let extreme: Bool?
        }
        let candidates: [String: Element]
        let questions: [String: Element]
        let interviewers: [String: Element]
        let criteria: [String: Double]
        let thresholds: [Double]
        let reliability: Double
        let subsets: Int
        let scale: [Int]
    }

    /// The fixture CSVs hold plain fields (no quotes), so a split is enough here.
    static func load(_ name: String) throws -> (FacetRatings, Reference) {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".csv"), encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").map(String.init) }
        let header = lines.removeFirst()
        let column = { (name: String) in header.firstIndex(of: name) ?? 0 }
        var ratings = FacetRatings()
        var weights: [String: Double] = [:]
        for fields in lines {
            try ratings.append(candidate: fields[column("candidate")], question: fields[column("question")], interviewer: fields[column("interviewer")],
                               criterion: fields[column("criterion")], score: Int(fields[column("score")]) ?? -1)
            weights[fields[column("criterion")]] = Double(fields[column("weight")])
        }
        for (criterion, weight) in weights { try ratings.setWeight(weight, for: criterion) }
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: folder.appendingPathComponent(name + ".json")))
        return (ratings, reference)
    }

    static func check(_ got: [FacetMeasure], _ want: [String: Reference.Element], _ label: String) {
        #expect(got.count == want.count, "\(label): \(got.count) elements, the reference has \(want.count)")
        for element in got {
            guard let reference = want[element.id] else {
                Issue.record("\(label) \(element.id) is not in the reference")
                continue
            }
            var pairs = [("measure", element.measure, reference.measure), ("se", element.standardError, reference.se),
                         ("infit", element.infit, reference.infit), ("outfit", element.outfit, reference.outfit)]
            if let fair = element.fair, let value = reference.fair, let lower = reference.lower, let upper = reference.upper {
                pairs += [("fair", fair.value, value), ("lower", fair.lower, lower), ("upper", fair.upper, upper)]
            }
            for (name, a, b) in pairs {
                #expect(abs(a - b) < 1e-5, "\(label) \(element.id) \(name): \(a) vs the reference's \(b)")
            }
            #expect(element.count == reference.count, "\(label) \(element.id) count")
            if let extreme = reference.extreme {
                #expect(element.extreme == extreme, "\(label) \(element.id) extreme")
            }
        }
    }

    @Test(arguments: ["spec9", "many200", "extreme", "disconnected", "narrow"])
    func matchesTheOracle(_ name: String) throws {
        let (ratings, reference) = try Self.load(name)
        let fit = try FacetFitter().fit(ratings)
        #expect(fit.largestGradient < 1e-6)
        Self.check(fit.candidates, reference.candidates, "\(name) candidate")
        Self.check(fit.questions, reference.questions, "\(name) question")
        Self.check(fit.interviewers, reference.interviewers, "\(name) interviewer")
        for criterion in fit.criteria {
            #expect(abs(criterion.difficulty - (reference.criteria[criterion.id] ?? .nan)) < 1e-5, "\(name) criterion \(criterion.id)")
        }
        #expect(fit.thresholds.count == reference.thresholds.count)
        for (a, b) in zip(fit.thresholds, reference.thresholds) {
            #expect(abs(a - b) < 1e-5, "\(name) threshold \(a) vs \(b)")
        }
        #expect(abs((fit.reliability ?? .nan) - reference.reliability) < 1e-5, "\(name) reliability")
        #expect(fit.subsets.count == reference.subsets, "\(name) subsets")
        #expect([fit.categories.lowerBound, fit.categories.upperBound] == reference.scale, "\(name) categories")
    }

    @Test func extremeCandidatesAreFlaggedWithFiniteEstimates() throws {
        let (ratings, _) = try Self.load("extreme")
        let fit = try FacetFitter().fit(ratings)
        let extreme = fit.candidates.filter(\.extreme)
        #expect(extreme.map(\.id).sorted() == ["c07", "c19"])
        #expect(extreme.allSatisfy { $0.measure.isFinite && abs($0.measure) < 10 })
    }

    @Test func aDisconnectedSubsetIsReportedAndItsComparisonsSaySo() throws {
        let (ratings, _) = try Self.load("disconnected")
        let fit = try FacetFitter().fit(ratings)
        #expect(!fit.isConnected)
        #expect(fit.subsets.count == 2)
        let (a, b) = (fit.subsets[0][0], fit.subsets[1][0])
        #expect(try #require(fit.difference(a, b)).acrossSubsets)
        #expect(try #require(fit.difference(a, fit.subsets[0][1])).acrossSubsets == false)
    }
}
