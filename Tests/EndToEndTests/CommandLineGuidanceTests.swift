import Foundation
import JourneyCheckCore
import Testing

/// The command line leaves nobody guessing: an outline given where a session belongs, where
/// a session went on quitting, and who holds a session open.
@Suite struct CommandLineGuidanceTests {
    @Test func anOutlineGivenForASessionSaysToStartIt() throws {
        let folder = try workshopFolder()
        for command in [["resume", "online-bestelling.md"], ["export", "online-bestelling.md"]] {
            let r = try runCLI(command, in: folder)
            #expect(r.status == 1)
            #expect(
                r.err
                    == "online-bestelling.md: this is a workshop outline, not a session; start a session from it with: "
                    + "journeycheck start online-bestelling.md\n")
        }
    }

    @Test func quittingSaysWhereTheSessionIsAndHowToResume() throws {
        let folder = try workshopFolder()
        let t = try Tmux("\(binary) start online-bestelling.md --session s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        try t.send("j")
        try t.quit()
        #expect(t.screen().contains("Opgeslagen in s.json. Verder met: journeycheck resume s.json"))
    }

    @Test func theLockNamesWhoHasTheSessionAlsoWithoutUSER() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let t = try Tmux("env -u USER -u LOGNAME \(binary) resume s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        let r = try runCLI(["resume", "s.json"], in: folder)
        #expect(r.status == 1)
        #expect(!r.err.contains("by ?"), "\(r.err)")
        #expect(r.err.contains("(by "), "\(r.err)")
        try t.quit()
    }

    @Test func validateWarnsWithLinesAndStillSaysOk() throws {
        let folder = temporaryFolder()
        try "# T\ndrivers: a = 0.5; b = 0.8\n## P\n- s\n- s\n".write(
            to: folder.appendingPathComponent("w.md"), atomically: true, encoding: .utf8)
        let r = try runCLI(["validate", "w.md"], in: folder)
        #expect(r.status == 0)
        #expect(
            r.err == """
                w.md:2: warning: the driver weights add up to 1.3, not 1; they count as relative weights (each one's share of the sum)
                w.md:5: warning: the step 's' is there twice (first on line 4)

                """)
        #expect(r.out == "w.md: ok (outline, 2 steps in 1 phase)\n")
    }
}

/// The walk as the room lives it: a driver linked with one key right after the no.
@Suite struct WalkWithDriversTests {
    @Test func aDriverLinkedDuringTheWalkRanksTheGapOnTheDecideScreen() throws {
        let folder = try workshopFolder()
        let t = try Tmux("\(binary) start online-bestelling.md --session s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        try t.send("j", "n")
        try t.waitFor("1-9 driver bij deze nee")
        try t.send("2")
        try t.waitFor("Driver 2 (snelheid) gekoppeld aan Klant, stap 1.")
        try t.send("j", "j", "n", "p")
        let decide = try t.waitFor("Verbeteren (nee): 2")
        // The linked gap ranks first, with its driver's weight; the other has no driver yet.
        let rows = decide.split(separator: "\n").filter { $0.contains("✘") && $0.hasPrefix("   ") }
        #expect(rows.first?.contains("Klant") == true && rows.first?.contains("0.35") == true, "\(decide)")
        #expect(rows.last?.contains("0.00") == true, "\(decide)")
        try t.quit()
        let s = try SessionCodec.load(file: folder.appendingPathComponent("s.json").path)
        #expect(s.steps[0].answers.customer.drivers == ["d2"])
    }
}
