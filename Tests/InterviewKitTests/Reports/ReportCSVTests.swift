import Foundation
import Testing

@testable import InterviewKit

@Suite("CSV report")
struct ReportCSVTests {
    @Test("python3's csv module reads back one row per recorded criterion score")
    func parsesBack() throws {
        let recorded = try ReportFixture.record()
        let record = try recorded.store.session(recorded.first)
        let csv = CSVRenderer().render(ReportFixture.builder().session(record))
        #expect(csv.hasPrefix("session,candidate,question,topic,interviewer,criterion,score,"))
        let folder = TemporaryFolder()
        let file = folder.write("report.csv", csv)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import csv,sys,json; rows=list(csv.DictReader(open(sys.argv[1], newline=''))); print(json.dumps([[r['question'], r['interviewer'], r['criterion'], r['score'], r['candidate']] for r in rows]))",
            file,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        var expected: [[String]] = []
        for question in record.questions {
            for name in record.interviewers {
                let scores = question.marks(of: name).scores
                for criterion in question.asked.rubric.criteria {
                    if let value = scores[criterion.id] {
                        expected.append([question.asked.questionID, name, criterion.id, String(value), ReportFixture.candidate])
                    }
                }
            }
        }
        #expect(rows == expected)
        #expect(rows.count == 13)
    }
}
