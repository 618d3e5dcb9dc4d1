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

/// A whole cycle as a facilitator lives it, in a real terminal: the walk with a driver linked
/// during it, the decide screen ranking that gap without having visited it, an action written
/// and edited in place, quit; then the next session remembers the note and reviews the find-out.
@Suite struct WholeCycleTests {
    @Test func walkDecideEditQuitAndTheNextSessionRemembers() throws {
        let folder = temporaryFolder()
        try """
        # Aanvraag
        language: nl
        drivers: snelheid = 0.6; aandacht = 0.4
        ## Eén
        - Ik vraag een offerte aan [digitaal]
        - Ik bel met een vraag
        """.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let t = try Tmux("\(binary) start a.md --session eerste.json", in: folder)
        try t.waitFor("stap 1 van 2")
        // Step 1: ja, a note and nee (driver 2 at once), weet niet, ja, ja; step 2: all ja.
        try t.send("j", "e")
        try t.type("te traag")
        try t.send("Enter")
        try t.waitFor("Notitie bewaard bij stap 1, Klant (in eerste.json).")
        try t.send("n", "2")
        try t.waitFor("Driver 2 (aandacht) gekoppeld aan Klant, stap 1.")
        try t.send("w", "j", "j", "j", "j", "j", "j")
        try t.waitFor("Alle stappen beantwoord")
        try t.send("p")
        var screen = try t.waitFor("Verbeteren (nee): 1")
        #expect(screen.contains("✘ · 2 0.40"), "\(screen)")
        // An action on it, then edited in place.
        try t.send("a")
        try t.type("Sneller terugbellen")
        try t.send("Enter", "2")
        try t.type("Ann")
        try t.send("Enter", "Enter")
        try t.waitFor("Actie bewaard: Sneller terugbellen [journey, Ann]")
        try t.send("Down", "e", "End")
        try t.type(" binnen een uur")
        try t.send("Enter", "2", "Enter")
        try t.type("2027-01-15")
        try t.send("Enter")
        try t.waitFor("Actie bewaard: Sneller terugbellen binnen een uur [journey, Ann, 2027-01-15]")
        // Who finds out the don't know.
        try t.send("End", "f")
        try t.type("Sanne")
        try t.send("Enter", "4", "Enter")
        try t.quit()
        #expect(t.screen().contains("Opgeslagen in eerste.json"))

        let next = try Tmux("\(binary) reassess eerste.json --session tweede.json", in: folder)
        screen = try next.waitFor("Uitzoeken van de vorige keer")
        #expect(screen.contains("Sanne, interview"), "\(screen)")
        // The action in full under the list: text, level, owner and due date.
        #expect(
            screen.contains("1 · Klant: Sneller terugbellen binnen een uur (journey, Ann, 2027-01-15)"), "\(screen)")
        try next.send("1", "1", "Enter")
        try next.waitFor("stap 1 van 2")
        try next.send("j")
        try next.waitFor("vorige keer: nee — te traag")
        try next.quit()
    }
}
