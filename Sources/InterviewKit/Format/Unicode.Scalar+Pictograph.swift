extension Unicode.Scalar {
    /// A pictograph or symbol that sets a line off rather than saying something: `👉`, `⚙`, `🧵`,
    /// `→`, `★` (emoji, other symbols, arrows and other math symbols; never ASCII).
    var isPictograph: Bool {
        guard !isASCII else { return false }
        let p = properties
        return p.isEmojiPresentation || p.isEmoji || p.generalCategory == .otherSymbol || p.generalCategory == .mathSymbol
    }
}
