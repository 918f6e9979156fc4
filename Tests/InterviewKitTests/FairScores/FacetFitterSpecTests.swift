import Testing
@testable import InterviewKit

/// scoring.md §9's vector: 6 candidates, 5 questions, 3 interviewers, 2 criteria.
@Suite struct FacetFitterSpecTests {
    static let rows = """
    c1 q5 ann c 4; c1 q5 ann d 3; c1 q5 cal c 3; c1 q5 cal d 4; c1 q3 ann c 3; c1 q3 ann d 3; c1 q2 bob c 4;
    c1 q2 bob d 3; c2 q5 ann c 4; c2 q5 ann d 4; c2 q2 cal c 3; c2 q2 cal d 2; c2 q2 bob c 2; c2 q2 bob d 3;
    c2 q3 bob c 3; c2 q3 bob d 2; c3 q4 cal c 1; c3 q4 cal d 2; c3 q4 ann c 3; c3 q4 ann d 2; c3 q5 bob c 2;
    c3 q5 bob d 2; c3 q2 ann c 4; c3 q2 ann d 4; c4 q2 cal c 2; c4 q2 cal d 2; c4 q5 bob c 3; c4 q5 bob d 3;
    c4 q3 ann c 3; c4 q3 ann d 3; c5 q2 cal c 3; c5 q2 cal d 2; c5 q2 bob c 2; c5 q2 bob d 2; c5 q1 cal c 1;
    c5 q1 cal d 1; c5 q5 bob c 3; c5 q5 bob d 4; c5 q5 ann c 3; c5 q5 ann d 2; c6 q4 ann c 4; c6 q4 ann d 4;
    c6 q4 cal c 3; c6 q4 cal d 2; c6 q2 bob c 4; c6 q2 bob d 2; c6 q3 cal c 3; c6 q3 cal d 2
    """

    static func ratings() throws -> FacetRatings {
        let names = ["c": "correctness", "d": "depth"]
        let parsed = rows.split(separator: ";").map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        let list = parsed.map {
            FacetRating(candidate: $0[0], question: $0[1], interviewer: $0[2], criterion: names[$0[3]] ?? $0[3], score: Int($0[4]) ?? 0)
        }
        return try FacetRatings(list, weights: ["correctness": 0.6, "depth": 0.4])
    }

    @Test func reproducesTheSpecVector() throws {
        let fit = try FacetFitter().fit(Self.ratings())
        #expect(fit.largestGradient < 1e-6)
        let expected: [(String, Double, Double, Double, Double, Double, Double, Double)] = [
            ("c1", 0.988696, 0.515854, 3.000704, 2.445162, 3.486598, 0.590969, 0.590674),
            ("c2", 0.353878, 0.482597, 2.647848, 2.162838, 3.166471, 0.542856, 0.544637),
            ("c3", -0.440827, 0.477223, 2.234598, 1.824341, 2.725829, 1.160064, 1.144827),
            ("c4", -0.045370, 0.533739, 2.433150, 1.941131, 3.007300, 0.208638, 0.209178),
            ("c5", -0.615550, 0.447803, 2.151870, 1.778209, 2.597505, 1.009743, 0.975105),
            ("c6", 1.046428, 0.479616, 3.032172, 2.513302, 3.481386, 0.728865, 0.738953),
        ]
        for (id, theta, se, fair, lower, upper, infit, outfit) in expected {
            let c = try #require(fit.candidate(id))
            let f = try #require(c.fair)
            for (got, want) in [(c.measure, theta), (c.standardError, se), (f.value, fair), (f.lower, lower), (f.upper, upper),
                                (c.infit, infit), (c.outfit, outfit)] {
                #expect(abs(got - want) < 1e-5, "\(id): \(got) vs \(want)")
            }
        }
        let questions = [("q1", 1.021467, 0.780734), ("q2", -0.562940, 0.328166), ("q3", 0.153442, 0.437377),
                         ("q4", 0.045648, 0.449989), ("q5", -0.979431, 0.360499)]
        for (id, delta, se) in questions {
            let q = try #require(fit.questions.first { $0.id == id })
            #expect(abs(q.measure - delta) < 1e-5, "\(id) \(q.measure)")
            #expect(abs(q.standardError - se) < 1e-5, "\(id) \(q.standardError)")
        }
        for (id, lambda, se) in [("ann", -0.739212, 0.294096), ("bob", 0.110734, 0.283112), ("cal", 0.548025, 0.291743)] {
            let j = try #require(fit.interviewers.first { $0.id == id })
            #expect(abs(j.measure - lambda) < 1e-5, "\(id) \(j.measure)")
            #expect(abs(j.standardError - se) < 1e-5, "\(id) \(j.standardError)")
        }
        #expect(abs(fit.criteria[0].difficulty - -0.292383) < 1e-5)
        #expect(abs(fit.criteria[1].difficulty - 0.292383) < 1e-5)
        for (got, want) in zip(fit.thresholds, [-1.990515, 0.365894, 1.624621]) {
            #expect(abs(got - want) < 1e-5, "tau \(got) vs \(want)")
        }
        // The model puts c6 above c1, though raw means put c1 first.
        #expect(try #require(fit.candidate("c6")).measure > #require(fit.candidate("c1")).measure)
        #expect(fit.isConnected)
    }
}
