/// The numbers a store gives the texts of one pass of `forEachFacetScore` (question ids,
/// criteria; see ``FacetScoreRow``): 0, 1, 2… in order of first appearance, the same text the
/// same number, and one copy of each text shared by every row that carries it.
struct FacetScoreCodes {
    private(set) var texts: [String] = []
    private var numbers: [String: Int64] = [:]

    /// The number of `text`, and the shared copy of it.
    mutating func code(_ text: String) -> (number: Int64, text: String) {
        // A criterion column holds a few texts in turn: a look through them costs less than a hash.
        if let index = texts.prefix(8).firstIndex(of: text) { return (Int64(index), texts[index]) }
        if let known = numbers[text] { return (known, texts[Int(known)]) }
        let number = Int64(texts.count)
        texts.append(text)
        numbers[text] = number
        return (number, text)
    }
}
