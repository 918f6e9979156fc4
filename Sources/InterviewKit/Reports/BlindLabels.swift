/// Blind labels for candidates (scoring.md §7): ids sorted, shuffled with SplitMix64(seed), then
/// labelled "Candidate A", "Candidate B", … in shuffled order (after Z: AA … AZ, BA … ZZ, AAA …).
public struct BlindLabels: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// "A", "B", … "AA".
        public let letters: String
        /// The candidate id this label hides; never shown in blind output.
        public let id: String

        /// "Candidate A".
        public var label: String { "Candidate \(letters)" }
    }

    public let seed: UInt64
    /// In label order.
    public let entries: [Entry]

    /// - Parameter ids: candidate ids; duplicates are labelled once.
    public init(ids: [String], seed: UInt64) {
        self.seed = seed
        var order = Array(Set(ids)).sorted(by: ScoringOrder.precedes)
        var rng = SplitMix64(seed: seed)
        order.splitMixShuffle(using: &rng)
        entries = order.enumerated().map { Entry(letters: Self.letters(at: $0), id: $1) }
    }

    /// "Candidate X" for `id`, nil when it was not labelled.
    public func label(for id: String) -> String? {
        entries.first { $0.id == id }?.label
    }

    /// Bijective base-26 letters: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA.
    public static func letters(at index: Int) -> String {
        var n = max(index, 0) + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            n -= 1
            scalars.append(Unicode.Scalar(UInt8(65 + n % 26)))
            n /= 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
