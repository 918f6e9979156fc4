/// How senior a question is. Ids compare by code points when the draw orders cells.
public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case junior
    case intermediate
    case senior
    case staff

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

    static var allowedList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
