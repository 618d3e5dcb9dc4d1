import Foundation
import JourneyCheckCore
import Testing

/// A session written by the first release, opened with this one, as a facilitator would.
@Suite struct OlderFileTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/v1")

    func folderWithFixture(_ name: String) throws -> (URL, URL) {
        let folder = temporaryFolder()
        let file = folder.appendingPathComponent("\(name).json")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("\(name).json"), to: file)
        return (folder, file)
    }

    @Test func exportAndValidateReadAVersion1FileWithoutWritingIt() throws {
        let (folder, file) = try folderWithFixture("full-v1")
        let before = try Data(contentsOf: file)
        let r = try runCLI(["export", "full-v1.json"], in: folder, env: ["TZ": "UTC"])
        #expect(r.status == 0, "\(r.err)")
        // The report the first release made, its overview table unchanged inside the new one.
        let old = try String(contentsOf: Self.fixtures.appendingPathComponent("full-v1.md"), encoding: .utf8)
        let rows = old.split(separator: "\n").filter { line in
            line.hasPrefix("| ")
                && Int(line.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) ?? "") != nil
        }
        #expect(rows.count == 15 && rows.allSatisfy { r.out.contains($0 + "\n") })
        #expect(
            r.out.hasPrefix(
                old.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.hasPrefix("## ") }.joined(
                    separator: "\n")))
        #expect(try runCLI(["validate", "full-v1.json"], in: folder).status == 0)
        #expect(try Data(contentsOf: file) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") } == [
                "full-v1.json"
            ])
    }

    @Test func resumingAVersion1FileKeepsItsOriginalOnTheFirstChange() throws {
        let (folder, file) = try folderWithFixture("full-v1")
        let original = try Data(contentsOf: file)
        let t = try Tmux("\(binary) resume full-v1.json", in: folder)
        try t.waitFor("Formaat versie 1: het origineel blijft bewaard als .v1.json")
        #expect(try Data(contentsOf: file) == original)
        try t.send("j")
        try t.waitFor("Origineel (oud formaat) bewaard in full-v1.v1.json")
        try t.quit()
        #expect(try t.terminalState() == "0 1 0")
        #expect(try Data(contentsOf: folder.appendingPathComponent("full-v1.v1.json")) == original)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"version\" : \(Session.currentVersion)"))
        let session = try SessionCodec.load(file: file.path)
        #expect(session.steps[3].answers.brand.answer == .yes)  // the cursor was on step 4's brand question
        #expect(session.actions.count == 2 && session.timebox == 180)
    }
}
