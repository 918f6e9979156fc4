/// Independent scoring: a panel member does not see the other members' scores, notes or
/// recommendations for a session until they have recorded their own recommendation for it.
///
/// On PostgreSQL the server enforces this for each login role (row-level security), and a
/// hiring manager's role sees everything. On SQLite, one file on one machine, it is the client's
/// rule: `report --as NAME` and `compare --as NAME` show what NAME may see; without `--as` the
/// file's owner sees everything. The live screen only ever shows the interviewer's own marks.
public enum PanelVisibility {
    /// Whether `viewer` may see everything recorded in a session.
    public static func seesPanel(_ record: SessionRecord, viewer: String) -> Bool {
        record.recommendations.contains { $0.interviewer == viewer }
    }

    /// The session as `viewer` may see it: theirs only, until they have recommended.
    public static func record(_ record: SessionRecord, seenBy viewer: String) -> SessionRecord {
        guard !seesPanel(record, viewer: viewer) else { return record }
        var visible = record
        for index in visible.questions.indices {
            visible.questions[index].marks = visible.questions[index].marks.filter { $0.key == viewer }
        }
        visible.notes = record.notes.filter { $0.interviewer == viewer }
        visible.recommendations = []
        return visible
    }

    /// The ratings `viewer` may see: their own, and everyone's in the sessions they recommended.
    public static func ratings(_ ratings: [RatingRow], seenBy viewer: String, recommended: Set<Int64>) -> [RatingRow] {
        ratings.filter { visible($0, seenBy: viewer, recommended: recommended) }
    }

    public static func visible(_ rating: RatingRow, seenBy viewer: String, recommended: Set<Int64>) -> Bool {
        rating.interviewer == viewer || recommended.contains(rating.session)
    }
}
