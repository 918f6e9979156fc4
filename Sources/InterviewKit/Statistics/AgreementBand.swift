/// How far an ordinal Krippendorff's alpha can be trusted (scoring.md §4).
public enum AgreementBand: String, Sendable, Hashable, Codable {
    case good
    case tentative
    case poor
    /// Fewer than 5 pairable units: the band is not given, α and the count still are.
    case tooFewUnits = "too few units"
    /// α itself is undefined.
    case undefined = "n/a"

    public static let minimumUnits = 5

    public init(alpha: Double?, pairableUnits: Int) {
        guard let alpha else {
            self = .undefined
            return
        }
        if pairableUnits < Self.minimumUnits {
            self = .tooFewUnits
        } else if alpha >= 0.800 {
            self = .good
        } else if alpha >= 0.667 {
            self = .tentative
        } else {
            self = .poor
        }
    }
}
