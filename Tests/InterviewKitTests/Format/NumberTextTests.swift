import Foundation
import Testing

@testable import InterviewKit

/// ``NumberText/fixed(_:places:plus:)`` is `String(format: "%.Nf")` (and `%+.Nf`), character for character.
@Suite("Numbers as reports print them")
struct NumberTextTests {
    @Test("chosen values: halves that round either way, signs, zeros, huge and tiny, infinities and NaN")
    func chosen() {
        let values: [Double] = [0, -0.0, 0.125, 0.375, 2.675, 1.005, -1.005, 0.5, 1.5, 2.5, -2.5, 3.14159, 99.995, 1e-9, -1e-9, 123456789.987654,
                                1e15, 1e300, -1.7976931348623157e308, .greatestFiniteMagnitude, .leastNonzeroMagnitude, .infinity, -.infinity, .nan]
        for value in values {
            for places in [0, 1, 2, 3, 6] {
                #expect(NumberText.fixed(value, places: places) == String(format: "%.\(places)f", value), "\(value) \(places)")
                #expect(NumberText.fixed(value, places: places, plus: true) == String(format: "%+.\(places)f", value), "\(value) \(places) plus")
            }
        }
    }

    @Test("random values at every scale")
    func random() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<5000 {
            let value = Double(bitPattern: random.next())
            let places = Int(random.next() % 5)
            #expect(NumberText.fixed(value, places: places) == String(format: "%.\(places)f", value), "\(value) \(places)")
            let scaled = (Double(random.next() % 2_000_001) - 1_000_000) / 1000
            #expect(NumberText.fixed(scaled, places: 2, plus: true) == String(format: "%+.2f", scaled), "\(scaled)")
        }
    }
}
