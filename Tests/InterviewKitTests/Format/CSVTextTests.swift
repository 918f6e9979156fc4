import CSV
import Foundation
import Testing

@testable import InterviewKit

/// ``CSVText`` writes what CSV.swift's `CSVWriter` writes (RFC 4180, CRLF), byte for byte.
@Suite("CSV text, as CSV.swift writes it")
struct CSVTextTests {
    /// The package's rows, as `CSVText` wrote them before it wrote them itself.
    static func reference(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = try #require(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data)
        return rows.isEmpty ? "" : String(decoding: data, as: UTF8.self) + "\r\n"
    }

    @Test("chosen fields: plain, empty, commas, quotes, CR, LF, CRLF, accents, emoji, leading formula characters")
    func chosen() throws {
        let fields = ["plain", "", " ", "a,b", "say \"hi\"", "\"", "\"\"", "line\nbreak", "cr\rhere", "crlf\r\nhere", "\r\n", "é,ü", "👩‍💻 \"x\"",
                      "=1+1", "'); DROP TABLE score;--", "tab\there", "trailing,"]
        for rows in [[fields], fields.map { [$0] }, [[]], [], [["a"], [], ["b"]], [[], []]] {
            #expect(CSVText.rows(rows) == (try Self.reference(rows)), "\(rows)")
        }
        #expect(CSVText.field("a,b") == "\"a,b\"" && CSVText.field("x") == "x")
    }

    @Test("random rows of random fields")
    func random() throws {
        var random = SplitMix64(seed: 4180)
        let alphabet: [String] = ["a", "Z", "0", ",", "\"", "\r", "\n", "\r\n", " ", "é", "€", "👍", "\t", "=", ";"]
        for _ in 0..<300 {
            let rows = (0..<Int(random.next() % 5)).map { _ in
                (0..<Int(random.next() % 6)).map { _ in
                    (0..<Int(random.next() % 8)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
                }
            }
            #expect(CSVText.rows(rows) == (try Self.reference(rows)), "\(rows)")
        }
    }
}
