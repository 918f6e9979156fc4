import Foundation
import Testing
@testable import InterviewKit

/// `interview fit --ratings FILE.csv`: the CSV reader and its one-line errors.
@Suite struct FacetRatingsCSVTests {
    static let header = "candidate,question,interviewer,criterion,score\n"

    static func error(_ text: String, scale: ScoreScale = .standard) -> RatingsCSVError? {
        do {
            _ = try RatingsCSV.read(text, scale: scale, file: "ratings.csv")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Good files

    @Test func readsQuotedFieldsCRLFWeightsAnyOrderAndCase() throws {
        let text = [
            "SCORE, Criterion ,\"Candidate\",QUESTION,Interviewer,Weight",
            "4,correctness,\"Smith, Ann\",q1,\"O\"\"Brien\",0.6",
            "3,depth,\"Smith, Ann\",q1,\"O\"\"Brien\",0.4",
            "2,correctness,c2,\"q, two\",bob,0.6",
            "1,depth,c2,\"q, two\",bob,.4",
            "",
            "",
        ].joined(separator: "\r\n")
        let ratings = try RatingsCSV.read(text, file: "ratings.csv")
        #expect(ratings.count == 4)
        #expect(ratings.candidates == ["Smith, Ann", "c2"])
        #expect(ratings.questions == ["q1", "q, two"])
        #expect(ratings.interviewers == ["O\"Brien", "bob"])
        #expect(ratings.criteria == ["correctness", "depth"])
        #expect(ratings.score == [4, 3, 2, 1])
        #expect(ratings.candidate == [0, 0, 1, 1])
        #expect(ratings.criterion == [0, 1, 0, 1])
        let weights = ratings.normalisedWeights
        #expect(abs(weights[0] - 0.6) < 1e-12 && abs(weights[1] - 0.4) < 1e-12)
    }

    @Test func withoutAWeightColumnCriteriaWeighTheSame() throws {
        let ratings = try RatingsCSV.read(Self.header + "c1,q1,ann,a,1\nc1,q1,ann,b,2\nc1,q1,ann,c,3\n", file: "r.csv")
        let third: Double = 1.0 / 3
        #expect(ratings.normalisedWeights == [third, third, third])
    }

    @Test func aByteOrderMarkAndLeadingBlankLinesAreIgnored() throws {
        let ratings = try RatingsCSV.read("\u{FEFF}\n  \n" + Self.header + "c1,q1,ann,a,1\n", file: "r.csv")
        #expect(ratings.count == 1)
        #expect(Self.error("\u{FEFF}\n\n" + Self.header + "c1,q1,ann,a,9\n") == .scoreOutOfScale(file: "ratings.csv", line: 4, value: 9, lo: 1, hi: 4))
    }

    @Test func theSpecVectorReadsAndFitsLikeTheCodedRatings() throws {
        let names = ["c": "correctness", "d": "depth"]
        var text = "candidate,question,interviewer,criterion,score,weight\r\n"
        for row in FacetFitterSpecTests.rows.split(separator: ";") {
            let f = row.split(whereSeparator: \.isWhitespace).map(String.init)
            text += "\(f[0]),\(f[1]),\(f[2]),\(names[f[3]]!),\(f[4]),\(f[3] == "c" ? "0.6" : "0.4")\r\n"
        }
        let fromCSV = try FacetFitter().fit(RatingsCSV.read(text, file: "spec.csv"))
        let coded = try FacetFitter().fit(FacetFitterSpecTests.ratings())
        let c1 = try #require(fromCSV.candidate("c1")?.fair?.value)
        #expect(abs(c1 - 3.000704) < 1e-5)
        #expect(fromCSV.candidates.map(\.measure) == coded.candidates.map(\.measure))
    }

    // MARK: - Line numbers

    @Test func aRecordSpanningLinesIsReportedWhereItStartsAndLaterLinesCountEveryBreak() {
        let text = Self.header
            + "c1,\"q\nwith\r\nthree lines\",ann,a,1\n"   // lines 2-4
            + "\"c2\",q1,ann,a,7\n"                         // line 5 (out of scale)
        #expect(Self.error(text) == .scoreOutOfScale(file: "ratings.csv", line: 5, value: 7, lo: 1, hi: 4))
        let spanning = Self.header + "c1,q1,ann,a,1\n" + "c2,\"q\nq\",ann,a,0\n"   // starts on line 3
        #expect(Self.error(spanning) == .scoreOutOfScale(file: "ratings.csv", line: 3, value: 0, lo: 1, hi: 4))
    }

    @Test func anUnclosedQuoteNamesTheLineItOpensOn() {
        let text = Self.header + "c1,q1,ann,a,1\n" + "c1,\"q2,ann,a,2\n" + "c1,q3,ann,a,3\n"
        let error = Self.error(text)
        #expect(error == .wrongFieldCount(file: "ratings.csv", line: 3, found: 2, expected: 5, lines: 3))
        #expect(error?.description == "ratings.csv:3: 2 fields, expected 5 as in the header (a quoted field runs on over line breaks: is a quote left open?)")
    }

    // MARK: - Bad input: each one line, nothing read

    @Test func aScoreOutsideTheScale() {
        let error = Self.error(Self.header + "c1,q1,ann,a,1\nc1,q1,ann,b,2\nc1,q2,ann,a,3\nc1,q2,ann,b,4\nc2,q1,ann,a,1\nc2,q1,ann,b,5\n")
        #expect(error == .scoreOutOfScale(file: "ratings.csv", line: 7, value: 5, lo: 1, hi: 4))
        #expect(error?.description == "ratings.csv:7: column score: 5 is outside the scale 1-4")
        #expect(Self.error(Self.header + "c1,q1,ann,a,4\n", scale: ScoreScale(lo: 0, hi: 3))
            == .scoreOutOfScale(file: "ratings.csv", line: 2, value: 4, lo: 0, hi: 3))
    }

    @Test func aScoreThatIsNotAWholeNumber() {
        let error = Self.error(Self.header + "c1,q1,ann,a,2.5\n")
        #expect(error == .scoreNotInteger(file: "ratings.csv", line: 2, value: "2.5", lo: 1, hi: 4))
        #expect(error?.description == "ratings.csv:2: column score: \"2.5\" is not a whole number in the scale 1-4")
    }

    @Test func anUnknownColumn() {
        let error = Self.error("candidate,question,interviewer,criterion,score,Notes\nc1,q1,ann,a,1,x\n")
        #expect(error == .unknownColumn(file: "ratings.csv", line: 1, column: "Notes", position: 6,
                                        allowed: ["candidate", "question", "interviewer", "criterion", "score", "weight"]))
        #expect(error?.description
            == "ratings.csv:1: unknown column Notes; allowed columns: candidate, question, interviewer, criterion, score, weight")
        let unnamed = Self.error("candidate,question,interviewer,criterion,score,\nc1,q1,ann,a,1,\n")
        #expect(unnamed?.description
            == "ratings.csv:1: column 6 has no name; allowed columns: candidate, question, interviewer, criterion, score, weight")
    }

    @Test func aMissingOrRepeatedColumn() {
        let missing = Self.error("candidate,interviewer,criterion\nc1,ann,a\n")
        #expect(missing == .missingColumns(file: "ratings.csv", line: 1, missing: ["question", "score"]))
        #expect(missing?.description == "ratings.csv:1: missing columns question, score; "
            + "the header needs candidate, question, interviewer, criterion, score (weight optional)")
        let twice = Self.error("candidate,question,interviewer,criterion,score,Score\nc1,q1,ann,a,1,2\n")
        #expect(twice == .duplicateColumn(file: "ratings.csv", line: 1, column: "score"))
    }

    @Test func aDuplicateRow() {
        let error = Self.error(Self.header + "c1,q1,ann,a,1\nc1,q1,ann,b,2\nc1,q1,bob,a,3\n c1 ,q1,ann,\"a\",4\n")
        #expect(error == .duplicateRating(file: "ratings.csv", line: 5, firstLine: 2, candidate: "c1", question: "q1",
                                          interviewer: "ann", criterion: "a"))
        #expect(error?.description
            == "ratings.csv:5: duplicate rating: candidate c1, question q1, interviewer ann, criterion a already rated on line 2")
    }

    @Test func anEmptyFileOrAHeaderOnly() {
        for text in ["", "\n\n", "\u{FEFF}", Self.header, Self.header + "\r\n\r\n", "candidate,question,interviewer,criterion,score"] {
            let error = Self.error(text)
            #expect(error == .noRatings(file: "ratings.csv"), "\(text.debugDescription)")
        }
        #expect(RatingsCSVError.noRatings(file: "ratings.csv").description
            == "ratings.csv: no ratings: the file needs a header row naming candidate, question, interviewer, criterion, score (weight optional) and at least one row of ratings")
    }

    @Test func oneCategoryOnlyIsLeftToTheFit() throws {
        let ratings = try RatingsCSV.read(Self.header + "c1,q1,ann,a,3\nc2,q1,ann,a,3\n", file: "r.csv")
        #expect(ratings.count == 2)
        #expect(throws: FacetFitError.tooFewCategories(observed: [3])) { try FacetFitter().fit(ratings) }
    }

    @Test func aRowWithTheWrongNumberOfFields() {
        let error = Self.error(Self.header + "c1,q1,ann,a,1\nc1,q1,ann,b\n")
        #expect(error == .wrongFieldCount(file: "ratings.csv", line: 3, found: 4, expected: 5, lines: 1))
        #expect(error?.description == "ratings.csv:3: 4 fields, expected 5 as in the header")
        let blank = Self.error(Self.header + "c1,q1,ann,a,1\n\nc1,q1,ann,b,2\n")
        #expect(blank == .wrongFieldCount(file: "ratings.csv", line: 3, found: 0, expected: 5, lines: 1))
        #expect(blank?.description == "ratings.csv:3: blank line between rows; remove it (each row needs 5 fields as in the header)")
    }

    @Test func anEmptyRequiredField() {
        let error = Self.error(Self.header + "c1,q1,ann,a,1\nc1,q1,  ,b,2\n")
        #expect(error == .emptyField(file: "ratings.csv", line: 3, column: "interviewer"))
        #expect(error?.description == "ratings.csv:3: column interviewer: empty, a value is required")
    }

    @Test func badAndConflictingWeights() {
        let header = "candidate,question,interviewer,criterion,score,weight\n"
        for value in ["0", "-1", "nan", "inf", "heavy"] {
            #expect(Self.error(header + "c1,q1,ann,a,1,\(value)\n") == .badWeight(file: "ratings.csv", line: 2, value: value))
        }
        #expect(Self.error(header + "c1,q1,ann,a,1,\n") == .emptyField(file: "ratings.csv", line: 2, column: "weight"))
        let conflict = Self.error(header + "c1,q1,ann,a,1,0.6\nc1,q1,ann,b,2,0.4\nc2,q1,ann,a,3,0.60\nc2,q1,ann,b,4,0.5\n")
        #expect(conflict == .conflictingWeight(file: "ratings.csv", line: 5, criterion: "b", weight: 0.5, firstLine: 3, firstWeight: 0.4))
        #expect(conflict?.description
            == "ratings.csv:5: column weight: criterion b has weight 0.5 here but 0.4 on line 3; give each criterion one weight")
        #expect(RatingsCSVError.badWeight(file: "r.csv", line: 2, value: "heavy").description
            == "r.csv:2: column weight: \"heavy\" is not a positive number")
    }

    // MARK: - Files

    @Test func aFileOnDisk() throws {
        let folder = TemporaryFolder()
        let good = folder.write("good.csv", Self.header + "c1,q1,ann,a,1\r\n")
        #expect(try RatingsCSV.read(contentsOf: good).count == 1)

        let missing = folder.url("missing.csv")
        #expect(throws: RatingsCSVError.unreadable(file: missing, reason: "no such file")) { try RatingsCSV.read(contentsOf: missing) }
        #expect(throws: RatingsCSVError.unreadable(file: folder.path, reason: "it is a directory, not a CSV file")) {
            try RatingsCSV.read(contentsOf: folder.path)
        }

        folder.write("latin1.csv", bytes: Array(Self.header.utf8) + Array("c1,q1,ann,a,1\nJos".utf8) + [0xE9] + Array(",q1,ann,a,2\n".utf8))
        let latin1 = folder.url("latin1.csv")
        #expect(throws: RatingsCSVError.notText(file: latin1, line: 3)) { try RatingsCSV.read(contentsOf: latin1) }
        #expect(RatingsCSVError.notText(file: "r.csv", line: 3).description
            == "r.csv:3: not UTF-8 text (binary or another encoding); save the ratings as CSV UTF-8")

        folder.write("binary.xlsx", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])
        let binary = folder.url("binary.xlsx")
        #expect(throws: RatingsCSVError.notText(file: binary, line: 1)) { try RatingsCSV.read(contentsOf: binary) }

        folder.write("utf16.csv", bytes: [0xFF, 0xFE] + Array(Self.header.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let utf16 = folder.url("utf16.csv")
        #expect(throws: RatingsCSVError.notText(file: utf16, line: 1)) { try RatingsCSV.read(contentsOf: utf16) }
    }

    // MARK: - Size

    /// A few megabytes of records, quoted fields spanning lines or not: every record read, and
    /// the line of the last one counts every line break before it.
    @Test(arguments: [false, true])
    func aLargeTextKeepsItsLineNumbers(multiline: Bool) throws {
        let rows = 60_000
        var text = Self.header
        for row in 0..<rows {
            let candidate = "\"cand \(row), a name long enough to hold the cut\(multiline ? "\n" : ", ")x\""
            text += "\(candidate),q1,ann,a,\(1 + row % 4)\r\n"
        }
        #expect(text.utf8.count > 2 << 20)
        let ratings = try RatingsCSV.read(text, file: "big.csv")
        #expect(ratings.count == rows)
        #expect(ratings.candidates.last == "cand \(rows - 1), a name long enough to hold the cut\(multiline ? "\n" : ", ")x")
        #expect(ratings.score.prefix(5) == [1, 2, 3, 4, 1])
        // The last row made bad: its line counts every line break before it.
        let bad = text.dropLast(2) + "9\r\n"  // "\r\n" is one Character
        let line = multiline ? 2 + 2 * (rows - 1) : 2 + (rows - 1)
        #expect(Self.error(String(bad)) == .scoreOutOfScale(file: "ratings.csv", line: line, value: 9, lo: 1, hi: 4))
    }

    /// 480,000 rows (12,000 candidates × 10 questions × 4 criteria, 40 interviewers): read and
    /// timed. Not asserted here (debug build); the release figure is in the report.
    @Test func readsALargeFile() throws {
        var text = "candidate,question,interviewer,criterion,score,weight\n"
        text.reserveCapacity(480_000 * 40)
        let criteria = ["correctness", "depth", "communication", "design"]
        let weights = ["0.4", "0.3", "0.2", "0.1"]
        for row in 0..<480_000 {
            let candidate = row / 40, question = (row / 4) % 10, criterion = row % 4
            let interviewer = (candidate * 7 + question) % 40
            let score = 1 + (row &* 2_654_435_761 >> 7) % 4
            text += "cand-\(candidate),q\(question),interviewer-\(interviewer),\(criteria[criterion]),\(score),\(weights[criterion])\n"
        }
        let clock = ContinuousClock()
        var ratings: FacetRatings?
        let elapsed = try clock.measure {
            ratings = try RatingsCSV.read(text, file: "large.csv")
        }
        print("RatingsCSV: 480,000 rows (\(text.utf8.count) bytes) read in \(elapsed)")
        #expect(ratings?.count == 480_000)
        #expect(ratings?.candidates.count == 12_000)
        #expect(ratings?.interviewers.count == 40)
        #expect(ratings?.criteria == criteria)
    }
}
