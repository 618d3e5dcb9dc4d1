import Foundation
import JourneyCheckCore
import Testing

/// The command line keeps journeys apart and keeps sessions where `--sessions` says.
@Suite struct JourneyIdentityTests {
    @Test func compareRefusesTwoJourneysOfTheSameLengthInOneLine() throws {
        let folder = try workshopFolder()
        let outline = try String(contentsOf: folder.appendingPathComponent("online-bestelling.md"), encoding: .utf8)
        // The same steps under another title: another journey, with the same step ids.
        let other = outline.replacingOccurrences(
            of: "# Online bestelling bij de woonwinkel", with: "# Verhuizen met de woonwinkel")
        try other.write(to: folder.appendingPathComponent("ander.md"), atomically: true, encoding: .utf8)
        #expect(try runCLI(["new", "online-bestelling.md", "-o", "a.json"], in: folder).status == 0)
        #expect(try runCLI(["new", "ander.md", "-o", "b.json"], in: folder).status == 0)
        let r = try runCLI(["compare", "a.json", "b.json"], in: folder)
        #expect(r.status == 1)
        #expect(
            r.err
                == "journeycheck: a.json and b.json are sessions of different journeys ('Online bestelling bij de woonwinkel' and "
                + "'Verhuizen met de woonwinkel'); compare sessions of one journey\n")
        #expect(r.out.isEmpty)
        // Two teams from one outline, and a reassessment, are one journey.
        #expect(try runCLI(["new", "online-bestelling.md", "-o", "c.json"], in: folder).status == 0)
        #expect(try runCLI(["new", "--from", "a.json", "-o", "d.json"], in: folder).status == 0)
        #expect(try runCLI(["compare", "a.json", "c.json", "d.json"], in: folder).status == 0)
    }

    @Test func aVersion1SessionAndItsReassessmentCompareFromTheCommandLine() throws {
        let folder = temporaryFolder()
        let v1 = packageRoot.appendingPathComponent("Tests/Fixtures/v1/full-v1.json")
        try FileManager.default.copyItem(at: v1, to: folder.appendingPathComponent("old.json"))
        #expect(try runCLI(["new", "--from", "old.json", "-o", "next.json"], in: folder).status == 0)
        let r = try runCLI(["compare", "old.json", "next.json"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("# Vergelijking: Online bestelling"))
    }

    @Test func startReassessAndResumeUseTheSessionsFolder() throws {
        let folder = try workshopFolder()
        let t = try Tmux("\(binary) --sessions kept start online-bestelling.md", in: folder)
        _ = try t.waitFor("stap 1 van 15")
        try t.send("j")
        try t.quit()
        let kept = folder.appendingPathComponent("kept")
        let names = try FileManager.default.contentsOfDirectory(atPath: kept.path).filter { $0.hasSuffix(".json") }
        #expect(names.count == 1, "\(names)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("sessions").path))
        // A bare name is found in the folder, by resume and reassess alike.
        let name = try #require(names.first)
        let again = try Tmux("\(binary) --sessions kept resume \(name)", in: folder)
        _ = try again.waitFor("stap 1 van 15")
        try again.quit()
        let next = try Tmux("\(binary) --sessions kept reassess \(name)", in: folder)
        _ = try next.waitFor("stap 1 van 15")
        try next.quit()
        let after = try FileManager.default.contentsOfDirectory(atPath: kept.path).filter { $0.hasSuffix(".json") }
        #expect(after.count == 2, "\(after)")
    }
}
