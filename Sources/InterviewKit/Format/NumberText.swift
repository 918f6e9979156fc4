import CNumberText
import Foundation

/// Numbers as reports and screens print them: C's `%.Nf` / `%+.Nf` and zero-padded integers.
public enum NumberText {
    /// `value` with `places` decimals, like `%.Nf`; with `plus`, like `%+.Nf`. C's own `snprintf`
    /// formats it (`CNumberText`): `String(format:)` gives the same text at several times the cost
    /// on Linux, and `withVaList` casts each argument at run time; `compare --all --format md` on
    /// 10,000 candidates formats 300,000 numbers (1.2 s with `String(format:)`).
    public static func fixed(_ value: Double, places: Int, plus: Bool = false) -> String {
        let capacity = 400
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer -> String? in
            guard let start = buffer.baseAddress else { return nil }
            let count = interview_fixed(start, capacity, value, Int32(clamping: places), plus ? 1 : 0)
            guard count >= 0, count < capacity else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: start, count: Int(count)), as: UTF8.self)
        }
        return text ?? String(format: (plus ? "%+." : "%.") + String(places) + "f", value)
    }

    /// `value` in decimal with at least `width` digits, zeros in front, like `%0Nd`.
    public static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
