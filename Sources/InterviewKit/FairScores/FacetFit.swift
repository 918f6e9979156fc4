import Foundation

/// The fitted many-facet model (scoring.md §9): every candidate, question and interviewer on one
/// logit scale, with standard errors, fit and, for candidates, the fair score.
public struct FacetFit: Sendable, Codable {
    public let scale: ScoreScale
    /// The lowest and highest score used: the thresholds span these categories.
    public let categories: ClosedRange<Int>
    public let priors: FacetPriors
    /// In the order the ratings named them.
    public private(set) var candidates: [FacetMeasure]
    public let questions: [FacetMeasure]
    public let interviewers: [FacetMeasure]
    public let criteria: [CriterionMeasure]
    /// τ_1..τ_K (sum zero).
    public let thresholds: [Double]
    /// Candidate separation reliability, (var θ̂ − mean SE²) / var θ̂; nil with fewer than two
    /// candidates or no spread.
    public let reliability: Double?
    /// Candidate ids of each subset linked by shared questions or interviewers, largest first;
    /// one subset when everyone is connected.
    public private(set) var subsets: [[String]]
    public let iterations: Int
    /// The largest |∂F/∂p| at the estimate (below the tolerance).
    public let largestGradient: Double
    public let rows: Int

    private let subsetOfCandidate: [Int]
    private var candidateIndex: [String: Int]

    private enum CodingKeys: String, CodingKey {
        case scale, categories, priors, candidates, questions, interviewers, criteria, thresholds, reliability, subsets
        case iterations, largestGradient, rows, subsetOfCandidate
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scale = try c.decode(ScoreScale.self, forKey: .scale)
        categories = try c.decode(ClosedRange<Int>.self, forKey: .categories)
        priors = try c.decode(FacetPriors.self, forKey: .priors)
        candidates = try c.decode(MeasureColumns.self, forKey: .candidates).measures()
        questions = try c.decode(MeasureColumns.self, forKey: .questions).measures()
        interviewers = try c.decode(MeasureColumns.self, forKey: .interviewers).measures()
        criteria = try c.decode([CriterionMeasure].self, forKey: .criteria)
        thresholds = try c.decode([Double].self, forKey: .thresholds)
        reliability = try c.decodeIfPresent(Double.self, forKey: .reliability)
        subsets = try c.decode([[String]].self, forKey: .subsets)
        iterations = try c.decode(Int.self, forKey: .iterations)
        largestGradient = try c.decode(Double.self, forKey: .largestGradient)
        rows = try c.decode(Int.self, forKey: .rows)
        subsetOfCandidate = try c.decode([Int].self, forKey: .subsetOfCandidate)
        candidateIndex = Self.index(candidates)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scale, forKey: .scale)
        try c.encode(categories, forKey: .categories)
        try c.encode(priors, forKey: .priors)
        try c.encode(MeasureColumns(candidates), forKey: .candidates)
        try c.encode(MeasureColumns(questions), forKey: .questions)
        try c.encode(MeasureColumns(interviewers), forKey: .interviewers)
        try c.encode(criteria, forKey: .criteria)
        try c.encode(thresholds, forKey: .thresholds)
        try c.encodeIfPresent(reliability, forKey: .reliability)
        try c.encode(subsets, forKey: .subsets)
        try c.encode(iterations, forKey: .iterations)
        try c.encode(largestGradient, forKey: .largestGradient)
        try c.encode(rows, forKey: .rows)
        try c.encode(subsetOfCandidate, forKey: .subsetOfCandidate)
    }

    /// A facet's measures as columns, the way the result cache keeps them: JSONDecoder reads a few
    /// arrays of numbers several times faster than 12,000 keyed objects (a cached `compare --all`
    /// decodes the fit each time). A fair score or what was faced is nil where an element has none.
    private struct MeasureColumns: Codable {
        var id: [String] = [], measure: [Double] = [], standardError: [Double] = [], infit: [Double] = [], outfit: [Double] = []
        var count: [Int] = [], extreme: [Bool] = []
        var fairValue: [Double?] = [], fairLower: [Double?] = [], fairUpper: [Double?] = []
        var facedDifficulty: [Double?] = [], facedSeverity: [Double?] = []

        init(_ measures: [FacetMeasure]) {
            for m in measures {
                id.append(m.id)
                measure.append(m.measure)
                standardError.append(m.standardError)
                infit.append(m.infit)
                outfit.append(m.outfit)
                count.append(m.count)
                extreme.append(m.extreme)
                fairValue.append(m.fair?.value)
                fairLower.append(m.fair?.lower)
                fairUpper.append(m.fair?.upper)
                facedDifficulty.append(m.faced?.difficulty)
                facedSeverity.append(m.faced?.severity)
            }
        }

        func measures() throws -> [FacetMeasure] {
            let columns = [measure.count, standardError.count, infit.count, outfit.count, count.count, extreme.count, fairValue.count,
                           fairLower.count, fairUpper.count, facedDifficulty.count, facedSeverity.count]
            guard columns.allSatisfy({ $0 == id.count }) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "columns of different lengths"))
            }
            return id.indices.map { i in
                let fair = fairValue[i].flatMap { value in
                    fairLower[i].flatMap { lower in fairUpper[i].map { FairScore(value: value, lower: lower, upper: $0) } }
                }
                let faced = facedDifficulty[i].flatMap { difficulty in facedSeverity[i].map { FacetMeasure.Faced(difficulty: difficulty, severity: $0) } }
                return FacetMeasure(id: id[i], measure: measure[i], standardError: standardError[i], infit: infit[i], outfit: outfit[i],
                                    count: count[i], extreme: extreme[i], fair: fair, faced: faced)
            }
        }
    }

    private static func index(_ candidates: [FacetMeasure]) -> [String: Int] {
        Dictionary(candidates.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The same fit with candidates renamed (a name missing from `names` keeps its id).
    public func renamingCandidates(_ names: [String: String]) -> FacetFit {
        var copy = self
        copy.candidates = candidates.map { $0.renamed(names[$0.id] ?? $0.id) }
        copy.subsets = subsets.map { $0.map { names[$0] ?? $0 } }
        copy.candidateIndex = Self.index(copy.candidates)
        return copy
    }

    public var isConnected: Bool { subsets.count <= 1 }

    public func candidate(_ id: String) -> FacetMeasure? {
        candidateIndex[id].map { candidates[$0] }
    }

    /// The expected score at ability θ on an average question from an average interviewer:
    /// lo + Σ_c w_c Σ_k (k − lo) P(k | θ − γ_c).
    public func fairScore(ability: Double) -> Double {
        Self.fairScore(ability: ability, lowest: categories.lowerBound, criteria: criteria, model: RatingScaleModel(thresholds: thresholds))
    }

    /// The same for any fitted criteria and thresholds (``FacetAnchor`` and the fit share it).
    static func fairScore(ability: Double, lowest: Int, criteria: [CriterionMeasure], model: RatingScaleModel) -> Double {
        Double(lowest) + criteria.reduce(0) { $0 + $1.weight * model.expected(ability - $1.difficulty) }
    }

    /// θ_A − θ_B ± 1.96 √(SE_A² + SE_B²); nil when either is not in the fit.
    public func difference(_ first: String, _ second: String) -> FacetDifference? {
        guard let a = candidateIndex[first], let b = candidateIndex[second] else { return nil }
        let (x, y) = (candidates[a], candidates[b])
        let d = x.measure - y.measure
        let margin = 1.96 * (x.standardError * x.standardError + y.standardError * y.standardError).squareRoot()
        return FacetDifference(first: first, second: second, difference: d, lower: d - margin, upper: d + margin,
                               acrossSubsets: subsetOfCandidate[a] != subsetOfCandidate[b])
    }

    /// The subset (0 = largest) a candidate belongs to.
    public func subset(of candidate: String) -> Int? {
        candidateIndex[candidate].map { subsetOfCandidate[$0] }
    }

    init(ratings: FacetRatings, design: FacetDesign, system: FacetNewtonSystem, ability: [Double], other: [Double], iterations: Int) {
        scale = ratings.scale
        categories = design.lowest...(design.lowest + design.thresholds)
        priors = system.priors
        self.iterations = iterations
        largestGradient = system.largestGradient
        rows = design.rows
        thresholds = Array(other[(design.head + design.criteria)...])
        let weights = ratings.normalisedWeights
        let criteria = ratings.criteria.enumerated().map {
            CriterionMeasure(id: $1, difficulty: other[design.head + $0], weight: weights[$0])
        }
        self.criteria = criteria

        // Residuals by element: candidates, then questions, then interviewers.
        let elements = design.candidates + design.head
        var squared = [Double](repeating: 0, count: elements), variance = squared, standardised = squared
        var count = [Int](repeating: 0, count: elements)
        var atBottom = [Bool](repeating: true, count: elements), atTop = atBottom
        var facedDifficulty = [Double](repeating: 0, count: design.candidates), facedSeverity = facedDifficulty
        let model = RatingScaleModel(thresholds: thresholds)
        // Extreme against the categories used: all at the lowest (highest) used score leaves the
        // likelihood rising without bound, whatever the scale allows.
        let bottom: Int32 = 0, top = Int32(design.thresholds)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: design.thresholds + 1) { p in
            for n in 0..<design.candidates {
                for row in design.rowOffsets[n]..<design.rowOffsets[n + 1] {
                    let q = Int(design.question[row]), j = design.questions + Int(design.interviewer[row])
                    let eta = ability[n] - other[q] - other[j] - other[design.head + Int(design.criterion[row])]
                    let moments = model.moments(eta, p)
                    let x = design.category[row]
                    let residual = Double(x) - moments.mean
                    facedDifficulty[n] += other[q]
                    facedSeverity[n] += other[j]
                    for element in [n, design.candidates + q, design.candidates + j] {
                        squared[element] += residual * residual
                        variance[element] += moments.variance
                        standardised[element] += moments.variance > 0 ? residual * residual / moments.variance : 0
                        count[element] += 1
                        atBottom[element] = atBottom[element] && x == bottom
                        atTop[element] = atTop[element] && x == top
                    }
                }
            }
        }
        func measure(_ element: Int, _ id: String, _ value: Double, _ curvature: Double, fair: FairScore? = nil) -> FacetMeasure {
            let n = Double(max(count[element], 1))
            return FacetMeasure(id: id, measure: value, standardError: 1 / curvature.squareRoot(),
                                infit: variance[element] > 0 ? squared[element] / variance[element] : 0,
                                outfit: count[element] > 0 ? standardised[element] / Double(count[element]) : 0,
                                count: count[element], extreme: atBottom[element] || atTop[element], fair: fair,
                                faced: fair == nil ? nil : .init(difficulty: facedDifficulty[element] / n, severity: facedSeverity[element] / n))
        }
        let fairAt = { theta in Self.fairScore(ability: theta, lowest: design.lowest, criteria: criteria, model: model) }
        candidates = ratings.candidates.enumerated().map { n, id in
            let se = 1 / system.abilityCurvature[n].squareRoot()
            let fair = FairScore(value: fairAt(ability[n]), lower: fairAt(ability[n] - 1.96 * se), upper: fairAt(ability[n] + 1.96 * se))
            return measure(n, id, ability[n], system.abilityCurvature[n], fair: fair)
        }
        questions = ratings.questions.enumerated().map { q, id in
            measure(design.candidates + q, id, other[q], system.headDiagonal[q])
        }
        interviewers = ratings.interviewers.enumerated().map { j, id in
            let index = design.questions + j
            return measure(design.candidates + index, id, other[index], system.headDiagonal[index])
        }

        let thetas = candidates.map(\.measure)
        if thetas.count >= 2 {
            let mean = thetas.reduce(0, +) / Double(thetas.count)
            let spread = thetas.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(thetas.count)
            let error = candidates.reduce(0) { $0 + $1.standardError * $1.standardError } / Double(thetas.count)
            reliability = spread > 0 ? (spread - error) / spread : nil
        } else {
            reliability = nil
        }

        let connectivity = FacetConnectivity(design)
        var groups = [[String]](repeating: [], count: connectivity.subsetCount)
        for (n, id) in ratings.candidates.enumerated() {
            groups[connectivity.subsetOfCandidate[n]].append(id)
        }
        subsets = groups
        subsetOfCandidate = connectivity.subsetOfCandidate
        candidateIndex = Self.index(candidates)
    }
}

extension FacetFit {
    /// The mean ability: the "average candidate" against whom interviewer severity is put in
    /// score points.
    public var meanAbility: Double {
        candidates.isEmpty ? 0 : candidates.reduce(0) { $0 + $1.measure } / Double(candidates.count)
    }

    /// How many score points a severity λ costs the average candidate on an average question:
    /// fair(θ̄) − fair(θ̄ − λ) (positive = stricter).
    public func points(severity: Double) -> Double {
        fairScore(ability: meanAbility) - fairScore(ability: meanAbility - severity)
    }
}
