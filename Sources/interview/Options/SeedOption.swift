import ArgumentParser

extension UInt64 {
    /// A seed for a draw when none is given.
    static func randomSeed() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }
}
