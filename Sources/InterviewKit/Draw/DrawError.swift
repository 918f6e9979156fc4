/// Why a draw (or a blueprint's cell plan) cannot be made.
public enum DrawError: InterviewError, Equatable {
    /// The bank holds no questions at all.
    case emptyBank
    /// The number of questions asked for is below 1.
    case invalidCount(Int)
    /// A topic or level weight that is negative or not a finite number.
    case invalidWeight(id: String, weight: Double)
    /// No topic (`"topics"`) or no level (`"levels"`) has a weight above 0.
    case noPositiveWeight(String)
    /// Cells whose quota exceeds the questions they hold, even after repair (scoring.md 8.2).
    case shortCells([ShortCell])
    /// Cells that ran out because their remaining questions are near-duplicates of picks.
    case nearDuplicates([ShortCell])
    /// The shortest possible picks still exceed the blueprint's minutes.
    case overBudget(needed: Int, budget: Int)
    /// No rubric scores this question (or any question of the blueprint's topics, `nil`).
    case noRubric(question: String?, blueprint: String)
}

extension DrawError {
    public var description: String {
        switch self {
        case .emptyBank:
            return "the question bank is empty"
        case .invalidCount(let count):
            return "a draw needs at least 1 question, not \(count)"
        case .invalidWeight(let id, let weight):
            return "the weight of '\(id)' is \(weight); weights must be numbers >= 0"
        case .noPositiveWeight(let kind):
            return "no \(kind) have a weight above 0"
        case .shortCells(let cells):
            return cells.map(\.description).joined(separator: "; ")
        case .nearDuplicates(let cells):
            return "after passing over near-duplicates, "
                + cells.map(\.description).joined(separator: "; ")
        case .overBudget(let needed, let budget):
            return "the drawn questions need at least \(needed) minutes; the blueprint allows \(budget)"
        case .noRubric(let question, let blueprint):
            return question.map { "question '\($0)' has no rubric in blueprint '\(blueprint)'" }
                ?? "blueprint '\(blueprint)': no question of its topics has a rubric"
        }
    }
}
