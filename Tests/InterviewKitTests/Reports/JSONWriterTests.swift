import Foundation
import Testing

@testable import InterviewKit

/// The direct writer must produce exactly the bytes `JSONEncoder` produced before it, so that
/// scripts reading `--format json` see no change.
struct JSONWriterTests {
    private func viaEncoder(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func edgeCasesMatchTheEncoder() throws {
        let value = JSONValue.object([
            "empty array": .array([]),
            "empty object": .object([:]),
            "nested": .array([.array([]), .object(["x": .null])]),
            "doubles": .array([1.0, 0.1, 1e20, 1e-7, 123_456_789.123, -0.0, 2.5e16, 1e16, 3e15, 5e-324, .greatestFiniteMagnitude].map(JSONValue.double)),
            "text": .string("a/\"\\\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{0}\u{7f}é😀\u{2028}"),
            "B": .int(-3), "_": .uint(UInt64.max), "a10": .bool(true), "a9": .bool(false), "é": .int(Int.min),
        ])
        #expect(JSONWriter.write(value) == (try viaEncoder(value)))
    }

    @Test func nonFiniteNumbersAreWrittenAsZero() {
        #expect(JSONWriter.write(.array([.double(.nan), .double(.infinity)])) == "[\n  0,\n  0\n]")
    }

    @Test func randomTreesMatchTheEncoder() throws {
        var random = SplitMix64(seed: 11)
        let alphabet = Array("aZ_ 9/\\\"\n\t\u{1}é😀\u{2028}-.")
        func text() -> String { String((0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" }) }
        func tree(_ depth: Int) -> JSONValue {
            switch Int.random(in: 0...(depth > 3 ? 5 : 7), using: &random) {
            case 0: return .null
            case 1: return .bool(Bool.random(using: &random))
            case 2: return .int(Int.random(in: -1_000_000...1_000_000, using: &random))
            case 3: return .double(Double(bitPattern: random.next()).isFinite ? Double(bitPattern: random.next() >> 2) : 0.5)
            case 4: return .double(Double(Int.random(in: -50...50, using: &random)) / 8)
            case 5: return .string(text())
            case 6: return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in tree(depth + 1) })
            default:
                var fields: [String: JSONValue] = [:]
                for _ in 0..<Int.random(in: 0...4, using: &random) { fields[text()] = tree(depth + 1) }
                return .object(fields)
            }
        }
        for _ in 0..<300 {
            let value = tree(0)
            #expect(JSONWriter.write(value) == (try viaEncoder(value)))
        }
    }
}

/// The parser reads what the writer and `JSONEncoder` write, and refuses what is not JSON.
struct JSONParserTests {
    @Test func readsBackWhatTheWriterWrote() throws {
        let value = JSONValue.object([
            "list": .array([.string("a/\"\\\n\t\u{1}é😀"), .int(-12), .double(0.25), .double(1e-7), .bool(true), .null]),
            "empty": .array([]), "nested": .object(["x": .object([:])]),
        ])
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
        #expect(try JSONParser.parse(#"["\u00e9\ud83d\ude00\/"]"#) == .array([.string("é😀/")]))
    }

    @Test("strings with and without escapes read back exactly as JSONEncoder wrote them")
    func stringsReadLikeTheDecoder() throws {
        var random = SplitMix64(seed: 5)
        let pieces = ["a", "é", "😀", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1f}", " ", "<", "Pin<&mut Self>", "\u{7f}", "\u{2028}"]
        for _ in 0..<2_000 {
            let strings = (0..<Int(random.next() % 4)).map { _ in
                (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            }
            let text = String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
            #expect(try JSONParser.parse(text) == .array(strings.map(JSONValue.string)), "\(text)")
        }
    }

    @Test(arguments: ["", "[", "[1,]", "{\"a\" 1}", "\"open", "[1] x", "tru", "[\"\\ud83d\"]", "\"\u{1}\"", "\"a\u{1}b\"", "\"ab\\", "\"ab", String(repeating: "[", count: 100)])
    func refusesWhatIsNotJSON(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
    }

    @Test func snapshotListsDecodeLikeTheDecoder() throws {
        let points = ["Pin<&mut Self>", "a \"quoted\" point", "back\\slash"]
        #expect(try SnapshotJSON.strings(SnapshotJSON.encode(points)) == points)
        let followUps = [FollowUp(id: "why", text: "Why?\nReally"), FollowUp(id: "b", text: "é")]
        #expect(try SnapshotJSON.followUps(SnapshotJSON.encode(followUps)) == followUps)
        #expect(throws: DecodingError.self) { try SnapshotJSON.strings("[1, 2]") }
    }

    /// Each value, written as a snapshot, reads back through `fast` equal to what `JSONDecoder`
    /// reads and to the value itself.
    func expectFastReadsLikeTheDecoder<T: Codable & Equatable>(_ values: [T], _ fast: (JSONValue) -> T?) throws {
        for value in values {
            let text = try SnapshotJSON.encode(value)
            let read = try #require(fast(try JSONParser.parse(text)), "\(text)")
            #expect(read == (try SnapshotJSON.decode(T.self, text)))
            #expect(read == value)
        }
    }

    @Test("cached blueprints read without JSONDecoder give the decoder's blueprint, and odd shapes still go to the decoder")
    func cachedBlueprintsDecodeLikeTheDecoder() throws {
        var blueprints = try ShippedBank.workspace().blueprints
        blueprints.append(
            Blueprint(
                id: "b \"q\"", title: "T", description: "d\n", minutes: 30, questions: 2,
                topics: WeightTable(entries: [WeightTable.Entry(id: "async", weight: 0.1 + 0.2)], integral: false),
                levels: WeightTable(entries: [WeightTable.Entry(id: "senior", weight: 3, location: SourceLocation(path: "p", line: 1, column: 2))], integral: true),
                rubric: "r", focus: .weakest, path: "sessions/b.yaml"))
        #expect(blueprints.count >= 3)
        try expectFastReadsLikeTheDecoder(blueprints, SnapshotJSON.blueprint(from:))
        for blueprint in blueprints { #expect(try SnapshotJSON.blueprint(SnapshotJSON.encode(blueprint)) == blueprint) }
        let good = #"{"focus":"fixed","id":"x","minutes":30,"path":"p","questions":2,"title":"T","topics":{"entries":[{"id":"a","weight":1}],"integral":true}}"#
        #expect(SnapshotJSON.blueprint(from: try JSONParser.parse(good)) != nil)
        for odd in [
            good.replacingOccurrences(of: #""focus":"fixed""#, with: #""focus":"other""#),
            good.replacingOccurrences(of: #""minutes":30"#, with: #""minutes":30.5"#),
            good.replacingOccurrences(of: #""weight":1"#, with: #""weight":"1""#),
            good.replacingOccurrences(of: #""integral":true}"#, with: #""integral":true,"x":1}"#),
            good.replacingOccurrences(of: #""id":"x""#, with: #""id":"x","extra":1"#),
            good.replacingOccurrences(of: #""title":"T""#, with: #""title":"T","levels":[]"#),
        ] {
            #expect(SnapshotJSON.blueprint(from: try JSONParser.parse(odd)) == nil, "\(odd)")
        }
    }

    @Test("rubric snapshots read without JSONDecoder give the decoder's rubric, and odd shapes still go to the decoder")
    func snapshotRubricsDecodeLikeTheDecoder() throws {
        let loaded = BankLoader().loadBank(at: ShippedBank.root + "/rubrics")
        var rubrics = loaded.bank.rubrics
        rubrics.append(Rubric(id: "plain", title: "T \"q\"", scale: 0...10, criteria: [Criterion(id: "a", weight: 1, anchors: [0: "none", 10: "all"])]))
        rubrics.append(Rubric(id: "bare", criteria: [Criterion(id: "b", title: "B", weight: 0.1 + 0.2, anchors: [:])]))
        #expect(rubrics.count >= 3)
        try expectFastReadsLikeTheDecoder(rubrics, SnapshotJSON.rubric(from:))
        let location = SourceLocation(path: "rubrics/a \"b\".yaml", line: 12, column: 3)
        #expect(try SnapshotJSON.sourceLocation(SnapshotJSON.encode(location)) == location)
        #expect(throws: DecodingError.self) { try SnapshotJSON.sourceLocation(#"{"path":"p","line":1}"#) }
        for odd in [
            #"{"criteria":[],"id":"x","scale":[1,4],"extra":1}"#, #"{"criteria":[],"id":"x","scale":[1.5,4]}"#,
            #"{"criteria":[{"anchors":{"01":"a"},"id":"c","weight":1}],"id":"x","scale":[1,4]}"#,
            #"{"criteria":[],"id":"x","scale":[1,4],"location":{"path":"p","line":1}}"#,
        ] {
            #expect(SnapshotJSON.rubric(from: try JSONParser.parse(odd)) == nil, "\(odd)")
        }
    }
}
