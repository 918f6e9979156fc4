extension StringProtocol {
    /// The text without leading and trailing white space and line breaks (Unicode White_Space).
    /// Foundation's `trimmingCharacters(in:)` goes through NSString on Linux, which is slow
    /// enough to show when a large bank is read.
    func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
