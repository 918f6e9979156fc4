extension Array {
    /// Shuffles in place exactly as scoring.md 8.3 prescribes: for i from `count - 1` down to 1,
    /// j = next() % (i + 1), swap elements i and j.
    ///
    /// Unlike the standard library's `shuffle(using:)`, whose algorithm may change between
    /// toolchains, this order is fixed by the spec.
    public mutating func splitMixShuffle(using generator: inout SplitMix64) {
        guard count > 1 else { return }
        for i in stride(from: count - 1, through: 1, by: -1) {
            let j = Int(generator.next() % UInt64(i + 1))
            swapAt(i, j)
        }
    }
}
