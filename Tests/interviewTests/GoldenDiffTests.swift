import Testing

/// The message a golden mismatch shows: the first differing line, expected and actual, with context.
@Suite("Golden files: the mismatch message")
struct GoldenDiffTests {
    @Test("equal texts have no difference")
    func equal() {
        #expect(Golden.describeDifference(expected: "a\nb\n", actual: "a\nb\n") == nil)
    }

    @Test("the first differing line, two lines of context, line counts and the column")
    func firstDifference() {
        let message = Golden.describeDifference(expected: "one\ntwo\nthree\nfour\n", actual: "one\ntwo\nthree!\nfour\nfive\n")
        #expect(
            message == """
                first difference at line 3 (expected 5 lines, got 6):
                  same     1: "one"
                  same     2: "two"
                  expected 3: "three"
                  actual   3: "three!"
                  (from column 6)
                """)
    }

    @Test("white space and a missing line show")
    func invisible() {
        let trailing = Golden.describeDifference(expected: "x\n", actual: "x \n") ?? ""
        #expect(trailing.contains("expected 1: \"x\"") && trailing.contains("actual   1: \"x \""))
        let shorter = Golden.describeDifference(expected: "x\ny", actual: "x") ?? ""
        #expect(shorter.contains("expected 2: \"y\"") && shorter.contains("actual   2: (end of file)"))
    }

    @Test("a long line is cut around the difference")
    func longLine() {
        let expected = String(repeating: "a", count: 500) + "b" + String(repeating: "c", count: 500)
        let actual = String(repeating: "a", count: 500) + "X" + String(repeating: "c", count: 500)
        let message = Golden.describeDifference(expected: expected, actual: actual) ?? ""
        #expect(message.contains("(from column 501)"))
        #expect(message.contains("…\"" + String(repeating: "a", count: 60) + "X" + String(repeating: "c", count: 99) + "\"…"))
    }
}
