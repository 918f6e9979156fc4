import Foundation
import Testing

@testable import InterviewKit

/// `sessions --format json` writes its listing with ``PrettyJSONWriter`` instead of `JSONEncoder`:
/// the text must be `JSONText.encode`'s, byte for byte, in every shape a listing takes.
@Suite("Session listing JSON")
struct SessionListingTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    static let shapes: [[SessionSummary]] = [
        [],
        [SessionSummary(id: 1, candidate: "Ada", blueprint: "screen-30", status: .open, startedAt: start, finishedAt: nil, interviewers: [], questions: 0, scored: 0)],
        [
            SessionSummary(
                id: 7, candidate: "Zoë \"Z\" O'Brien\\\t\u{1}", blueprint: "senior-rust-60", status: .finished, startedAt: start + 0.25,
                finishedAt: start + 3600, interviewers: ["alice", "bob / carol"], questions: 7, scored: 6),
            SessionSummary(
                id: 1_234_567_890, candidate: "'); DROP TABLE score;--", blueprint: "b", status: .open, startedAt: start + 86_400,
                finishedAt: nil, interviewers: ["dan"], questions: 3, scored: 0),
        ],
    ]

    @Test("the listing is JSONText.encode's text and a newline", arguments: shapes)
    func sameAsEncoder(sessions: [SessionSummary]) {
        let listing = SessionListing(sessions: sessions)
        #expect(listing.json() == JSONText.encode(listing) + "\n")
    }
}
