/// General English word lists the importer needs, independent of any bank's subject.
///
/// Domain knowledge (topic keywords, concept aliases, context phrases) is data passed in an
/// `ImportLexicon`; what lives here is language: function words, question words, verb classes.
enum ImportVocabulary {
    /// Function words, question words, auxiliaries and pronouns.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
        "with", "without", "from", "into", "onto", "over", "under", "between", "among", "across",
        "within", "through", "via", "using", "about", "as", "than", "like", "per", "up", "out",
        "off", "during", "inside", "toward", "towards", "upon", "is", "are", "was", "were", "be",
        "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had", "having",
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "it", "its",
        "it's", "this", "that", "these", "those", "there", "their", "they", "them", "you", "your",
        "we", "our", "us", "i", "me", "my", "he", "she", "his", "her", "one", "ones", "how", "what",
        "why", "when", "where", "which", "who", "whom", "whose", "whether", "if", "then", "so",
        "not", "no", "yes", "any", "all", "some", "each", "every", "both", "either", "neither",
        "other", "another", "such", "same", "own", "very", "too", "also", "just", "only", "still",
        "even", "ever", "more", "most", "less", "least", "much", "many", "few", "again", "already",
        "yet", "now", "here", "s", "t", "etc", "eg", "e", "g", "ie", "vs", "versus", "versa", "vice",
        "happen", "happens", "happened", "mean", "means", "meant",
    ]

    /// Verbs that say "deal with" without saying how: dropped from the content.
    static let neutralVerbs: Set<String> = [
        "handle", "manage", "implement", "achieve", "support", "provide", "deal", "work", "use",
        "make", "get", "tackle", "treat", "apply", "accomplish", "enable", "allow",
        "let", "interact", "integrate", "interoperate", "communicate",
        "approach", "explain", "describe", "discuss", "tell", "walk", "give", "define", "model",
        "play", "help", "need", "needed", "needs", "matter", "matters", "cope", "take", "keep",
        "become", "exist", "occur", "behave", "look", "think",
        "know", "consider", "mitigate", "ensure", "enforce", "guarantee", "prevent", "eliminate",
        "avoid", "stop", "protect", "maintain", "write", "create", "add", "used", "uses", "choose",
        "pick", "decide",
    ]

    /// Verbs that ask to find a problem; a question with one of these never merges with one
    /// that asks to fix or rule out the same problem ("identify" vs "reduce lock contention").
    static let diagnoseVerbs: Set<String> = [
        "identify", "detect", "diagnose", "debug", "find", "measure", "profile",
        "spot", "investigate", "troubleshoot", "locate", "analyze", "analyse", "benchmark",
        "inspect",
    ]

    /// Verbs that all mean "find where the problem is": one feature, so "detect leaks" and
    /// "find leaks" read alike.
    static let findVerbs: Set<String> = [
        "identify", "detect", "diagnose", "find", "spot", "locate", "troubleshoot", "debug",
        "investigate", "pinpoint", "uncover",
    ]

    /// Verbs that ask to fix, reduce or rule out a problem.
    static let remedyVerbs: Set<String> = [
        "ensure", "enforce", "guarantee", "prevent", "eliminate", "avoid", "stop", "protect",
        "optimize", "optimise", "improve", "reduce", "minimize", "minimise", "speed", "accelerate",
        "tune", "boost", "maximize", "maximise", "mitigate", "fix", "solve", "resolve",
        "remove",
    ]

    /// Verbs after which a preposition introduces their object, not a context tail
    /// ("interact with the scheduler").
    static let relationVerbs: Set<String> = [
        "interact", "integrate", "interoperate", "interface", "communicate", "relate", "deal",
        "cope", "work", "differ", "compare", "map", "translate", "compile", "talk", "fit",
    ]

    /// Nouns that frame a question without naming its subject.
    static let genericNouns: Set<String> = [
        "question", "questions", "approach", "way", "ways", "role", "purpose", "mechanism",
        "mechanisms", "challenge", "challenges", "aspect", "aspects", "concept", "concepts",
        "feature", "features", "issue", "issues", "practice", "practices", "technique",
        "techniques", "strategy", "strategies", "implication", "implications", "detail",
        "details", "thing", "things", "example", "examples", "kind", "kinds", "part",
        "basics", "overview", "difference", "differences", "comparison", "idea", "notion",
        "sense", "terms", "case", "cases", "point", "points",
    ]

    /// Prepositions that open a tail (scope, context or means) once the head has a noun.
    static let tailPrepositions: Set<String> = [
        "in", "under", "at", "across", "within", "using", "via", "through", "with", "without",
        "for", "on", "from", "during", "when", "like", "inside", "while", "whilst", "by",
    ]

    /// Seniority and difficulty labels that lists glue to entries.
    static let levelWords: [String] = [
        "junior", "intermediate", "senior", "staff", "principal", "beginner", "advanced",
        "expert", "entry", "mid", "easy", "medium", "hard", "basic", "lead",
    ]

    /// Words of placeholder titles ("Rust Interview Question 5 (Free)").
    static let placeholderWords: Set<String> = [
        "interview", "interviews", "question", "questions", "q", "free", "premium", "locked",
        "sample", "bonus", "part", "item", "entry", "number", "no", "pro", "paid", "unlock",
        "members", "member", "only", "level", "set", "quiz", "exercise", "problem", "puzzle",
        "challenge", "task", "card", "flashcard", "practice",
        // Filler that stands in for a question not written or not shown: "TBD", "Coming soon",
        // "N/A", "Sign in to view this question", "Upgrade to see more".
        "tbd", "tba", "todo", "n/a", "n", "na", "coming", "soon", "placeholder", "lorem", "ipsum", "upgrade",
        "subscribe", "subscribers", "sign", "login", "view", "see", "available", "hidden", "more",
    ]

    /// First words that make a line a question even without a question mark.
    static let questionOpeners: Set<String> = [
        "how", "what", "why", "when", "where", "which", "who", "whom", "whose", "is", "are", "can",
        "could", "should", "would", "does", "do", "did", "will", "explain", "describe", "compare",
        "contrast", "design", "implement", "write", "discuss", "define", "list", "name", "outline",
        "walk", "tell", "give", "show", "illustrate", "differentiate", "distinguish", "build",
        "architect", "propose", "sketch", "evaluate", "justify", "identify", "demonstrate",
        // Tasks set as commands ("Find the 2nd highest salary.", "Delete duplicate rows safely.").
        "find", "delete", "remove", "reverse", "count", "detect", "merge", "sort", "print", "convert",
        "calculate", "compute", "create", "fix", "debug", "optimize", "optimise", "refactor", "prove",
        "estimate", "analyze", "analyse", "predict", "trace", "diagnose", "troubleshoot", "model",
        "choose", "select", "handle", "migrate", "measure", "profile", "review", "spot", "reduce",
    ]

    /// Words that mark a comparison question.
    static let compareMarkers: Set<String> = [
        "vs", "versus", "compared", "compare", "comparing", "comparison", "difference",
        "differences", "differ", "differs", "contrast", "contrasting", "differentiate",
        "distinguish",
    ]

    /// Verbs that, near the start, make a question a design task.
    static let designVerbs: Set<String> = ["design", "architect"]

    /// Headings after which the rest of a page is about the page, not questions.
    static let faqHeadings: [String] = [
        "frequently asked questions", "faq", "faqs", "common questions",
        "questions about this page", "about these questions",
    ]

    /// Adverbs that say how well something is done, not what it is about: "Delete duplicate rows
    /// safely" is no question on unsafe code.
    static let mannerAdverbs: Set<String> = [
        "safely", "correctly", "properly", "efficiently", "effectively", "quickly", "cleanly", "securely",
        "reliably", "robustly", "gracefully", "optimally",
    ]

    static let stopWords: Set<String> = functionWords.union(neutralVerbs).union(genericNouns).union(mannerAdverbs)

    /// Verbs among the stop words that still say what is asked when the subject is one word:
    /// a thread that communicates, a thread that is stopped, a file that is written.
    static let actionVerbs: Set<String> = [
        "communicate", "interact", "integrate", "interoperate", "stop", "write", "create", "add", "choose", "keep",
    ]

    /// Stems of the verbs and nouns among `stopWords`, so their inflections ("handles",
    /// "handling") are dropped too. Function words do not inflect and are matched as written:
    /// their stems would take content words with them ("during" and "durability" share `dur`).
    static let stopStems: Set<String> = Set(neutralVerbs.union(genericNouns).map(Stemmer.stem))
    static let relationStems: Set<String> = Set(relationVerbs.map(Stemmer.stem))
    static let findStems: Set<String> = Set(findVerbs.map(Stemmer.stem))
}
