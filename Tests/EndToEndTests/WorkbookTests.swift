import Foundation
@testable import JourneyCheckCore
import Testing

/// `export --format xlsx`: the consultant's workbook, opened by LibreOffice Calc headless,
/// every sheet converted back to CSV and read.
@Suite(.serialized) struct WorkbookTests {
    func soffice() -> String? {
        for path in ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        if ProcessInfo.processInfo.environment["JOURNEYCHECK_CI"] != nil {
            Issue.record("LibreOffice is not installed: .ci/run installs it with apt (libreoffice-calc-nogui)")
        } else {
            print("WorkbookTests: soffice not found; install libreoffice-calc-nogui to open the workbook")
        }
        return nil
    }

    func session() throws -> (folder: URL, session: Session) {
        let folder = temporaryFolder()
        var s = try ExecutiveSummaryTests.twentySteps()
        try s.setNote("s2", .customer, "+31 6 1234 5678 @Jan -5% =A1*2", now: fixedDate)
        try SessionCodec.encode(s).write(to: folder.appendingPathComponent("s.json"))
        return (folder, s)
    }

    @Test func libreOfficeOpensEverySheetAndAFormulaStaysText() throws {
        let (folder, s) = try session()
        let r = try runCLI(["export", "s.json", "--format", "xlsx", "-o", "w.xlsx"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        guard let soffice = soffice() else { return }
        let out = folder.appendingPathComponent("sheets")
        let lo = try runCLI(
            [
                "--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out.path,
                folder.appendingPathComponent("w.xlsx").path,
            ], in: folder, executable: soffice)
        #expect(lo.status == 0, "\(lo.err)")
        func sheet(_ name: String) throws -> [[String]] {
            let text = try String(contentsOf: out.appendingPathComponent("w-\(name).csv"), encoding: .utf8)
            return try CSVImport.parse(text, separator: ",").map(\.cells)
        }
        // The answers sheet holds the CSV's columns and rows; the note is the text typed, not
        // a formula's result.
        let answers = try sheet("Antwoorden")
        #expect(answers.first == CSVReport.columns)
        #expect(answers.count == 1 + s.stepCount * 5)
        #expect(answers.contains { $0.count > 5 && $0[5] == "+31 6 1234 5678 @Jan -5% =A1*2" })
        let actions = try sheet("Acties")
        #expect(actions.first == CSVTable.actionColumns && actions.count == 1 + s.actions.count)
        #expect(actions.dropFirst().map { $0[0] } == s.actions.map(\.id.rawValue))
        let findOuts = try sheet("Uitzoeken")
        #expect(findOuts.first == CSVTable.findOutColumns)
        #expect(findOuts.contains { $0.contains("Sanne") } && findOuts.contains { $0.contains("Kees") })
        let heatmap = try sheet("Heatmap")
        #expect(heatmap.count == 1 + s.stepCount)
        #expect(heatmap[4][3] == "?≠ weet niet", "the split vote is marked: \(heatmap[4])")
    }

    @Test func theSameSessionGivesTheSameBytes() throws {
        let (folder, _) = try session()
        _ = try runCLI(["export", "s.json", "--format", "xlsx", "-o", "a.xlsx"], in: folder)
        Thread.sleep(forTimeInterval: 2.1)  // zip entries keep times to two seconds
        _ = try runCLI(["export", "s.json", "--format", "xlsx", "-o", "b.xlsx"], in: folder)
        let a = try Data(contentsOf: folder.appendingPathComponent("a.xlsx"))
        #expect(a.starts(with: Data("PK".utf8)))
        #expect(a == (try Data(contentsOf: folder.appendingPathComponent("b.xlsx"))))
    }
}
