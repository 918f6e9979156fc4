extension ImportLexicon {
    /// The bank's own vocabulary: its topics (keywords, title and description, and their questions
    /// as examples), its concepts and context phrases, and its questions (with every variant) as
    /// known questions.
    public init(bank: Bank) {
        let questionsOf = Dictionary(grouping: bank.questions, by: \.topic)
        self.init(
            topics: bank.topics.map { topic in
                ImportTopic(id: topic.id, keywords: topic.keywords, title: topic.title, description: topic.description,
                            examples: (questionsOf[topic.id] ?? []).flatMap { $0.wordings + $0.points }, area: topic.area)
            },
            concepts: bank.lexicon.concepts,
            context: bank.lexicon.context,
            known: bank.questions.map { ImportKnownQuestion(id: $0.id, topic: $0.topic, texts: $0.wordings) })
    }
}

extension Bank {
    /// The tool's one text similarity, built from this bank's vocabulary, with word rarity taken
    /// from every wording in the bank.
    public func similarity() -> QuestionSimilarity {
        QuestionSimilarity(lexicon: ImportLexicon(bank: self))
    }
}
