/// A recommendation level, never averaged.
public enum Recommendation: String, Sendable, Hashable, Codable, CaseIterable {
    case strongNo = "strong-no"
    case no
    case yes
    case strongYes = "strong-yes"
}
