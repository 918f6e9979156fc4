/// Id ordering used by scoring: Unicode code points (byte order for ASCII), not Swift's
/// `String <`, which compares canonically equivalent forms and is not the spec's order.
enum ScoringOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
