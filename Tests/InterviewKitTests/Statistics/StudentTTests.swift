import Testing
@testable import InterviewKit

@Suite("Student t quantiles (scoring.md §3)")
struct StudentTTests {
    static let table: [Double] = [
        12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157,
        2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922,
        2.093024, 2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831,
        2.048407, 2.045230, 2.042272,
    ]

    @Test("integer df 1...30 match the spec's table to 1e-6")
    func table() {
        for (i, expected) in Self.table.enumerated() {
            #expect(scoringClose(StudentT.quantile975(df: Double(i + 1)), expected, 1e-6), "df \(i + 1)")
        }
    }

    @Test("the incomplete beta puts every table quantile at F = 0.975")
    func cdfAtTable() {
        for (i, t) in StudentT.table975.enumerated() {
            #expect(scoringClose(StudentT.cdf(t, df: Double(i + 1)), 0.975, 1e-10), "df \(i + 1)")
        }
        #expect(scoringClose(StudentT.cdf(-2.5705818356363146, df: 5), 0.025, 1e-10))
        #expect(StudentT.cdf(0, df: 3) == 0.5)
    }

    @Test("fractional and large df solve by bisection to 1e-6", arguments: [
        (1.5, 6.016663), (2.5, 3.574655), (4.7, 2.620726), (7.3, 2.345067),
        (31, 2.039513), (45.2, 2.013857), (120, 1.979930), (1000, 1.962339),
    ])
    func bisection(df: Double, expected: Double) {
        #expect(scoringClose(StudentT.quantile975(df: df), expected, 1e-6))
    }

    @Test("integer df 31...200 are kept solved: the same bits as solving them each time")
    func solvedTable() {
        for df in 31...StudentT.solvedUpTo {
            #expect(StudentT.quantile975(df: Double(df)).bitPattern == StudentT.solve975(df: Double(df)).bitPattern, "df \(df)")
        }
        #expect(StudentT.quantile975(df: 201) == StudentT.solve975(df: 201))
    }

    @Test("very large df tends to the normal quantile; df ≤ 0 is NaN")
    func limits() {
        #expect(scoringClose(StudentT.quantile975(df: 1e6), 1.959966356814107, 1e-9))
        #expect(scoringClose(StudentT.quantile975(df: .infinity), 1.959963984540054, 1e-12))
        #expect(scoringClose(StudentT.quantile975(df: 0.5), 164.55767348048818, 1e-6))
        #expect(StudentT.quantile975(df: 0).isNaN)
        #expect(StudentT.quantile975(df: -3).isNaN)
    }
}
