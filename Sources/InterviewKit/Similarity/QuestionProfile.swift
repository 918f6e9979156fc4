/// A question reduced to what comparing and classifying need.
struct QuestionProfile: Sendable, Equatable {
    var intent: QuestionIntent
    var verbClass: VerbClass
    /// Features of the head: the subject and what is asked of it. A feature is a stem or a
    /// concept (`§12`).
    var head: [String]
    /// Features of the tail: scope, means and asides ("in distributed systems", "using LLVM").
    var tail: [String]
    /// Content and context stems in order, for keyword matching.
    var topicStems: [String]
    /// Weight of each of `topicStems`: 1 in the head, less in the tail or in a context phrase.
    var topicWeights: [Double]
    /// Whether each of `topicStems` is a stop word ("model", "case"): part of a keyword phrase
    /// only, never a keyword alone.
    var topicStopWords: [Bool] = []

    var features: [String] { head + tail }
}
