/// How the live screen emphasises text: ANSI colour on a terminal, plain text otherwise.
public struct ScreenStyle: Sendable {
    public var heading: @Sendable (String) -> String
    public var emphasis: @Sendable (String) -> String
    public var dim: @Sendable (String) -> String
    public var warning: @Sendable (String) -> String

    public static let plain = ScreenStyle(heading: { $0 }, emphasis: { $0 }, dim: { $0 }, warning: { $0 })

    public static let ansi = ScreenStyle(
        heading: { "\u{1B}[1;36m" + $0 + "\u{1B}[0m" },
        emphasis: { "\u{1B}[1m" + $0 + "\u{1B}[0m" },
        dim: { "\u{1B}[2m" + $0 + "\u{1B}[0m" },
        warning: { "\u{1B}[33m" + $0 + "\u{1B}[0m" })
}
