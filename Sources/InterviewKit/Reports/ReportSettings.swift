import Foundation

/// What a report depends on besides the recorded data: the time it is generated, and whether the
/// candidate is hidden behind a blind label.
public struct ReportSettings: Sendable, Hashable {
    /// Shown in the report; injected so that reports are reproducible.
    public var generatedAt: Date
    /// Blind labels' seed (scoring.md §7); nil for a report with names.
    public var blindSeed: UInt64?

    public init(generatedAt: Date, blindSeed: UInt64? = nil) {
        self.generatedAt = generatedAt
        self.blindSeed = blindSeed
    }

    public var isBlind: Bool { blindSeed != nil }
}
