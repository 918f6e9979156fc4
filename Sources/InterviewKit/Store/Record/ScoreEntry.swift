import Foundation

/// A criterion score as an interviewer writes it, `criterion=value` (e.g. `depth=3`): the one
/// reading that the live prompt and `interview score` share.
public struct ScoreEntry: Sendable, Hashable {
    /// The criterion id, lower-cased.
    public var criterion: String
    public var value: Int

    /// The entry written as `criterion=value` (spaces around either side allowed), or nil.
    public init?(_ text: some StringProtocol) {
        let pair = text.split(separator: "=", maxSplits: 1)
        guard pair.count == 2, let value = Int(pair[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        self.criterion = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
        self.value = value
    }
}
