import Foundation

/// Numbers as reports and screens print them: C's `%.Nf` / `%+.Nf` and zero-padded integers.
public enum NumberText {
    /// `value` with `places` decimals, like `%.Nf`; with `plus`, like `%+.Nf`.
    public static func fixed(_ value: Double, places: Int, plus: Bool = false) -> String {
        String(format: (plus ? "%+." : "%.") + String(places) + "f", value)
    }

    /// `value` in decimal with at least `width` digits, zeros in front, like `%0Nd`.
    public static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
