import Foundation

/// The text of C's `%.Nf` and `%+.Nf`, and of `%0Nd`, without Foundation's `String(format:)`,
/// which parses its format and boxes its arguments on every call (7% of a candidate report's
/// time). The digits are the same as printf's, which rounds the exact binary value, half to even;
/// values too large, too small or not finite are handed to the C library.
public enum FixedPoint {
    private static let scales: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// `value` with `places` decimals (0...6), like `%.Nf`; with `plus`, like `%+.Nf`.
    public static func string(_ value: Double, places: Int, plus: Bool = false) -> String {
        guard value.isFinite, places >= 0, places < scales.count else { return printf(value, places: places, plus: plus) }
        let scale = scales[places]
        let scaled = value.magnitude * scale
        guard scaled < 0x1p52, value.magnitude == 0 || value.magnitude > 0x1p-900 else { return printf(value, places: places, plus: plus) }
        // The product's own rounding error, exactly (a fused multiply-add), decides which side of
        // one half the exact decimal value lies on; an exact half goes to the even neighbour.
        let error = (-scaled).addingProduct(value.magnitude, scale)
        let whole = scaled.rounded(.down)
        let beyondHalf = (scaled - whole - 0.5) + error
        let up = beyondHalf > 0 || (beyondHalf == 0 && whole.truncatingRemainder(dividingBy: 2) == 1)
        var digits = Array(String(UInt64(whole) + (up ? 1 : 0)).utf8)
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
