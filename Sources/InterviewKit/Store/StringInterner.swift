/// Hands out one shared instance per distinct string, so that rows repeating a few values keep
/// one copy of each in memory.
struct StringInterner {
    private var known: Set<String> = []

    subscript(_ value: String) -> String {
        mutating get {
            if let shared = known.firstIndex(of: value) { return known[shared] }
            known.insert(value)
            return value
        }
    }
}
