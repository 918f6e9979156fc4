/// What recording needs to know about a drawn question's row: its id, its rubric snapshot and
/// how many points and red flags it has (to check the numbers an interviewer ticks).
struct AskedRow {
    var id: Int64
    var rubricJSON: String
    var points: Int
    var redFlags: Int
}
