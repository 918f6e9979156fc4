/// Lines of Markdown written into one string as they come, where an array of lines joined at the
/// end built every line twice.
struct MarkdownText: ExpressibleByArrayLiteral {
    private var text = ""

    init() {
        text.reserveCapacity(4096)
    }

    init(arrayLiteral lines: String...) {
        for line in lines { append(line) }
    }

    mutating func append(_ line: String) {
        text += line
        text += "\n"
    }

    static func += (lines: inout MarkdownText, more: [String]) {
        for line in more { lines.append(line) }
    }

    static func += (lines: inout MarkdownText, more: MarkdownText) {
        lines.text += more.text
    }

    static func + (lines: MarkdownText, more: [String]) -> MarkdownText {
        var joined = lines
        joined += more
        return joined
    }

    /// The text with its trailing blank lines dropped and one final newline.
    var finished: String {
        var end = text.utf8.endIndex
        while end > text.utf8.startIndex, text.utf8[text.utf8.index(before: end)] == UInt8(ascii: "\n") {
            end = text.utf8.index(before: end)
        }
        return String(text[..<end]) + "\n"
    }
}
