import Foundation

/// The text of C's `%.Nf` and `%+.Nf`, and of `%0Nd`, without Foundation's `String(format:)`,
/// which parses its format and boxes its arguments on every call (7% of a candidate report's
/// time). The digits are the same as printf's: the value is rounded in binary, half to even, and a
/// value too close to a tie for that rounding to be sure is handed to the C library instead.
public enum FixedPoint {
    private static let scales: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// `value` with `places` decimals (0...6), like `%.Nf`; with `plus`, like `%+.Nf`.
    public static func string(_ value: Double, places: Int, plus: Bool = false) -> String {
        guard value.isFinite, places >= 0, places < scales.count else { return printf(value, places: places, plus: plus) }
        let scaled = value.magnitude * scales[places]
        // Below 2^40 a product's rounding error is under 2^-13, so a fraction this far from one
        // half rounds the same way as the exact decimal value would.
        guard scaled < 0x1p40, abs(scaled - scaled.rounded(.down) - 0.5) > 0x1p-10 else {
            return printf(value, places: places, plus: plus)
        }
        var digits = Array(String(UInt64(scaled.rounded(.toNearestOrEven))).utf8)
        if digits.count <= places { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: places + 1 - digits.count), at: 0) }
        if places > 0 { digits.insert(UInt8(ascii: "."), at: digits.count - places) }
        if value.sign == .minus {
            digits.insert(UInt8(ascii: "-"), at: 0)
        } else if plus {
            digits.insert(UInt8(ascii: "+"), at: 0)
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// `value` in decimal with at least `width` digits, zeros in front, like `%0Nd`.
    public static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + zeros + digits
    }

    private static func printf(_ value: Double, places: Int, plus: Bool) -> String {
        let format = (plus ? "%+." : "%.") + String(places) + "f"
        var buffer = [CChar](repeating: 0, count: 400)
        let count = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
        return String(decoding: buffer.prefix(max(0, min(Int(count), buffer.count - 1))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
