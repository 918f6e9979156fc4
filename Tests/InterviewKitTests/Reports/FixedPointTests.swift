import Foundation
import Testing

@testable import InterviewKit

@Suite("FixedPoint writes the digits printf writes")
struct FixedPointTests {
    @Test("ties, near-ties, signs, zeros and huge values match %.Nf and %+.Nf")
    func chosenValues() {
        let values: [Double] = [
            0, -0.0, 0.125, 0.375, -0.125, 2.5, 3.5, -2.5, 0.5, 1.005, 2.675, 1.115, 0.285, 1e-9, -1e-9, 0.045, 4.35, 99.995,
            999_999.5, 1e15, -3e20, 1e300, .infinity, -.infinity, .nan, 0.1 + 0.2, 1.0 / 3, 12_345.678_9, 5e-324,
        ]
        for value in values {
            for places in 0...6 {
                for plus in [false, true] {
                    let expected = String(format: plus ? "%+.\(places)f" : "%.\(places)f", value)
                    #expect(FixedPoint.string(value, places: places, plus: plus) == expected, "\(value) \(places) \(plus)")
                }
            }
        }
    }

    @Test("exact binary halves (k/16, k/1024) round to the even neighbour as printf does")
    func exactHalves() {
        for k in -4_000...4_000 {
            for value in [Double(k) / 16, Double(k) / 1_024] {
                for places in 0...4 {
                    #expect(FixedPoint.string(value, places: places) == String(format: "%.\(places)f", value), "\(value) \(places)")
                }
            }
        }
    }

    @Test("200,000 random values of every magnitude match printf")
    func randomValues() {
        var generator = SystemRandomNumberGenerator()
        var mismatches: [String] = []
        for i in 0..<200_000 {
            let magnitude = Double(Int(generator.next() % 14)) - 4
            var value = Double.random(in: -1...1, using: &generator) * pow(10, magnitude)
            // Values on a decimal grid are where half-way cases live.
            if i % 3 == 0 { value = (value * 1_000).rounded() / 1_000 + (i % 2 == 0 ? 0.0005 : 0) }
            let places = Int(generator.next() % 5)
            let plus = i % 5 == 0
            let expected = String(format: plus ? "%+.\(places)f" : "%.\(places)f", value)
            let actual = FixedPoint.string(value, places: places, plus: plus)
            if actual != expected { mismatches.append("\(value.bitPattern) \(places): \(actual) vs \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("padded matches %0Nd")
    func padding() {
        for value in [0, 5, -5, 42, 123, -123, 2026, 99_999, Int.min + 1] {
            for width in 0...5 {
                #expect(FixedPoint.padded(value, width: width) == String(format: "%0\(width)ld", value), "\(value) \(width)")
            }
        }
    }
}

@Suite("UTCTime")
struct UTCTimeTests {
    @Test("iso, minute and day read as the C library's fields do, across 5,000 random times")
    func matchesGmtime() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let date = Date(timeIntervalSince1970: Double(generator.next() % 8_000_000_000) - 1_000_000_000 + 0.25)
            var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
            var t = tm()
            gmtime_r(&seconds, &t)
            let ymd = String(format: "%04d-%02d-%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday)
            #expect(UTCTime.day(date) == ymd)
            #expect(UTCTime.minute(date) == ymd + String(format: " %02d:%02d UTC", t.tm_hour, t.tm_min))
            #expect(UTCTime.iso(date) == ymd + String(format: "T%02d:%02d:%02dZ", t.tm_hour, t.tm_min, t.tm_sec))
        }
        #expect(UTCTime.iso(Date(timeIntervalSince1970: 1_795_666_680)) == "2026-11-26T04:18:00Z")
    }
}
