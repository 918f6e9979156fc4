import Foundation
import Testing

/// A few hundred fuzz cases on every run (scripts/fuzz runs thousands).
@Suite("Fuzzing the loaders (the built interview-fuzz)")
struct FuzzSmokeTests {
    @Test("150 random and mutated cases per target (bank, blueprint, import): no crash, no hang over 10 s")
    func smoke() throws {
        let result = try InterviewRunner.run(
            executable: InterviewRunner.sibling("interview-fuzz"), ["--cases", "150", "--seed", "7", "--time-limit", "10"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("bank: 150 cases in "))
        #expect(result.stdout.contains("blueprint: 150 cases in "))
        #expect(result.stdout.contains("import: 150 cases in "))
        #expect(result.stdout.contains("ok: 450 cases in "))
    }
}
