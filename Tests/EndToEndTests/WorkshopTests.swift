import Foundation
import JourneyCheckCore
import Testing

/// The real binary in a real terminal (tmux), as a facilitator uses it.
@Suite struct WorkshopTests {
    @Test func startAnswerQuitAndResumeWhereTheTeamStopped() throws {
        let folder = try workshopFolder()
        let t = try Tmux("\(binary) start online-bestelling.md --session s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        try t.waitFor("Merkbelofte: Wij maken het je makkelijk")
        try t.send("j", "n", "w")
        try t.waitFor("▶ Service")
        try t.send("e")
        try t.type("Instagram-link gaat naar de homepage")
        try t.send("Enter", "j", "j")
        // The step is done: straight on to the next, with the finished one summarised.
        let screen = try t.waitFor("stap 2 van 15")
        #expect(screen.contains("✔ 1. Ik zie een advertentie"))
        try t.quit()
        #expect(try t.terminalState() == "0 1 0")

        let session = try SessionCodec.load(file: folder.appendingPathComponent("s.json").path)
        let step = session.steps[0]
        #expect(
            [
                step.answers.brand.answer, step.answers.customer.answer, step.answers.employee.answer,
                step.answers.service.answer, step.answers.user.answer,
            ] == [.yes, .no, .dontKnow, .yes, .yes])
        #expect(step.answers.service.note == "Instagram-link gaat naar de homepage")
        #expect(session.cursor == Cursor(step: "s2", lens: .brand))

        let again = try Tmux("\(binary) resume s.json", in: folder)
        try again.waitFor("stap 2 van 15")
        try again.waitFor("▶ Merk")
        try again.send("o")
        let overview = try again.waitFor("Overzicht")
        #expect(overview.contains("✔   ✘   ?   ✔   ✔"))
        try again.quit()
    }

    @Test func resizingDownToTinyAndBackRedraws() throws {
        let folder = try workshopFolder("customer-service-call.md")
        let t = try Tmux("\(binary) start customer-service-call.md --session s.json", in: folder)
        try t.waitFor("step 1 of 15")
        try t.resize(20, 6)
        try t.waitFor("Window too small")
        try t.send("y")  // keys still work while small
        try t.resize(120, 40)
        let big = try t.waitFor("do we know what that service journey looks like?")
        #expect(big.contains("✔ yes"))
        try t.resize(80, 24)
        try t.waitUntil(what: "80 columns") { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 80 } && screen.contains("step 1 of 15")
        }
        try t.send("C-c")
        try t.waitFor("EXITED:0")
        #expect(try t.terminalState() == "0 1 0")
    }

    @Test func noColorGivesAMonochromeScreenThatStillReads() throws {
        let folder = try workshopFolder("onboarding.md")
        try newSession(folder, "onboarding.md")
        let colored = try Tmux("\(binary) resume s.json", in: folder, env: ["TERM": "xterm-256color"])
        try colored.waitFor("step 1 of 14")
        try colored.send("n")
        try colored.waitFor("✘ no")
        let withColor = colored.screen(escapes: true)
        try colored.quit()
        let plain = try Tmux("\(binary) resume s.json", in: folder, env: ["NO_COLOR": "1", "TERM": "xterm-256color"])
        try plain.waitFor("✘ no")
        let mono = plain.screen(escapes: true)
        // Colour codes: SGR 30-37/40-47/90-97 or 38;5/48;5.
        let colour = #/\e\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|38;5;\d+|48;5;\d+)m/#
        #expect(withColor.contains(colour))
        #expect(!mono.contains(colour))
        #expect(mono.contains("\u{1B}[7m") || mono.contains(";7m"))  // the current question is shown in reverse
        try plain.quit()
        // The flag does the same, wherever it stands (the top command has one of the same name).
        for command in ["resume s.json --no-color", "resume --no-color s.json", "--no-color resume s.json"] {
            let flagged = try Tmux("\(binary) \(command)", in: folder, env: ["TERM": "xterm-256color"])
            try flagged.waitFor("✘ no")
            #expect(!flagged.screen(escapes: true).contains(colour), "\(command)")
            try flagged.quit()
        }
    }

    @Test func aSecondWindowOnTheSameSessionIsRefused() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let first = try Tmux("\(binary) resume s.json", in: folder)
        try first.waitFor("stap 1 van 15")
        let second = try Tmux("\(binary) resume s.json", in: folder)
        let refused = try second.waitFor("EXITED:1")
        #expect(refused.contains("s.json: is open in another JourneyCheck"))
        try first.quit()
    }

    @Test func sigtermSavesAndRestoresTheTerminal() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let t = try Tmux("\(binary) resume s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        try t.send("n")
        try t.waitFor("✘ nee")
        let pid = try #require(try t.programPID())
        kill(pid, SIGTERM)
        try t.waitFor("EXITED:")
        #expect(try t.terminalState() == "0 1 0")
        let s = try SessionCodec.load(file: folder.appendingPathComponent("s.json").path)
        #expect(s.steps[0].answers.brand.answer == .no)
    }

    @Test func theStartScreenListsWorkshopsAndSessions() throws {
        let folder = temporaryFolder()
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("workshops"),
            to: folder.appendingPathComponent("workshops"))
        let t = try Tmux(binary, in: folder)
        try t.waitFor("A customer calls about a wrong invoice")
        try t.send("Enter")
        try t.waitFor("step 1 of 15")
        try t.send("y", "q")
        try t.waitFor("EXITED:0")
        let sessions = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("sessions").path)
        #expect(sessions.count == 1 && sessions[0].hasPrefix("customer-service-call-"))
        let again = try Tmux(binary, in: folder)
        let start = try again.waitFor("Resume a session")
        #expect(start.contains("0/15"))
        try again.send("Enter")
        try again.waitFor("✔ yes")
        try again.quit()
    }
}

/// Deciding in the room: drivers and gap kinds linked with one key each, seen in the exported order.
@Suite struct DecideWalkTests {
    @Test func driversAndGapKindsLinkedWithKeysAreInTheExportedOrder() throws {
        let folder = try workshopFolder()
        let t = try Tmux("\(binary) start online-bestelling.md --session s.json", in: folder)
        try t.waitFor("stap 1 van 15")
        // Step 1: ja nee weet-niet ja ja; step 2: nee nee ja ja ja; step 3: ja ja nee nee.
        for key in ["j", "n", "w", "j", "j", "n", "n", "j", "j", "j", "j", "j", "n", "n"] { try t.send(key) }
        try t.waitFor("stap 4 van 15")
        try t.send("p")
        var screen = try t.waitFor("Verbeteren (nee): 5 · eerst aanpakken")
        // Every driver and its key on one line at 80 columns.
        #expect(screen.contains("1 persoonlijke aandacht 0.40 · 2 snelheid 0.35 · 3 betrouwbaarheid 0.25"))
        try t.send("1", "3", "d", "Down", "2", "i")
        try t.waitFor("Klant: nee · Drivers: snelheid 0.35 · score 0.35 · implementatiekloof")
        // The last "no" (step 1) hurts two drivers: it stays put while it is worked on, and
        // moves to the top, the selection with it, when the list ranks again (r).
        try t.send("Down", "Down", "Down", "1", "2")
        try t.waitFor("0.75")
        try t.send("r")
        screen = try t.waitFor("Lijst opnieuw gerangschikt op score.")
        let rows = screen.split(separator: "\n").map(String.init)
        let first = try #require(rows.firstIndex { $0.contains("eerst aanpakken") })
        #expect(rows[first + 1].contains("1 Klant") && rows[first + 1].contains("1 2 · 0.75"))
        #expect(rows[first + 2].contains("2 Merk") && rows[first + 2].contains("1 · 3 0.65 ontwerp"))
        #expect(rows[first + 3].contains("2 Klant") && rows[first + 3].contains("· 2 · 0.35 implem."))
        #expect(screen.contains("Klant: nee · Drivers: persoonlijke aandacht 0.40, snelheid 0.35 · score 0.75"))
        // The knowledge gap: who finds out, how (one key), by when.
        try t.send("End", "f")
        try t.waitFor("Wie zoekt het uit? (1 · Medewerker)")
        try t.type("Sanne")
        try t.send("Enter")
        try t.waitFor("4 interview")
        try t.send("4")
        try t.type("2027-01-15")
        try t.send("Enter")
        try t.waitFor("? · · · 0.00 Sanne   ●")
        try t.quit()
        let saved = try SessionCodec.load(file: folder.appendingPathComponent("s.json").path)
        #expect(
            saved.steps[0].answers.employee.research == Research(who: "Sanne", method: .interview, due: "2027-01-15"))

        let md = try runCLI(["export", "s.json"], in: folder, env: ["TZ": "UTC"]).out
        let fix = try #require(
            md.components(separatedBy: "## Eerst aanpakken").dropFirst().first?.components(
                separatedBy: "## Eerst uitzoeken"))
        let ranked = fix[0].split(separator: "\n").filter {
            $0.hasPrefix("| ") && $0.dropFirst(2).first?.isNumber == true
        }
        // Only the gaps something was decided about are listed; the others are counted.
        try #require(ranked.count == 3)
        #expect(fix[0].contains("2 nee's zonder driver of actie: in reisvolgorde onder Verbeterpotentieel."))
        #expect(
            ranked[0].hasPrefix("| 1 | 1. Ik zie een advertentie")
                && ranked[0].contains("| persoonlijke aandacht; snelheid | 0.75 | – |"))
        #expect(
            ranked[1].hasPrefix("| 2 | 2. Ik zoek een bank")
                && ranked[1].contains(
                    "| Brand Experience | persoonlijke aandacht; betrouwbaarheid | 0.65 | ontwerpkloof |")
        )
        #expect(
            ranked[2].hasPrefix("| 3 | 2. Ik zoek een bank")
                && ranked[2].contains("| snelheid | 0.35 | implementatiekloof |"))
        #expect(
            fix[1].contains(
                "| 1 | 1. Ik zie een advertentie van de woonwinkel op Instagram | Employee Experience | – | 0.00 | Sanne | interview | 2027-01-15 |  |"
            ))
        let csv = try runCLI(["export", "s.json", "--format", "csv"], in: folder).out
        #expect(csv.contains(",brand,no,,design,\"persoonlijke aandacht; betrouwbaarheid\",0.65,\r\n"))
    }
}

/// The room, in a real terminal: a split vote, a tie, a note right after a step's last answer,
/// and a break that stops the clock.
@Suite struct RoomWalkTests {
    @Test func aSplitVoteATieANoteAfterTheStepAndABreak() throws {
        let folder = try workshopFolder()
        let t = try Tmux("\(binary) start online-bestelling.md --session s.json --timebox 3m", in: folder)
        try t.waitFor("stap 1 van 15")
        // Brand: 4 ja, 2 nee, 1 weet niet: ja wins, but not with two thirds: split.
        try t.send("v")
        try t.waitFor("Stemmen: ja nee weet-niet")
        try t.type("4 2 1")
        try t.send("Enter")
        try t.waitFor("✔ ja 4/2/1≠")
        // Customer: a tie for the most votes is "weet niet".
        try t.send("v")
        try t.type("3 3 0")
        try t.send("Enter")
        try t.waitFor("? 3/3/0≠")
        // The step's last answers move the screen on; e then notes the last one, on step 1.
        try t.send("j", "j", "n")
        try t.waitFor("stap 2 van 15")
        try t.send("e")
        try t.waitFor("Notitie bij 1 · Gebruiker:")
        try t.type("Instagram-link gaat naar de homepage")
        try t.send("Enter")
        // Any other key first, and e is about the current question again.
        try t.send("Down", "e")
        try t.waitFor("Notitie bij 2 · Klant:")
        try t.send("Escape")
        // A break: the clock stands still, and goes on after.
        try t.send("Space")
        let paused = try t.waitFor("⏸ PAUZE")
        let clock = try #require(
            paused.split(separator: "\n").first { $0.contains("⏱") }.flatMap { line in
                line.range(of: "⏱ ").map { String(line[$0.upperBound...].prefix(4)) }
            })
        Thread.sleep(forTimeInterval: 2.5)
        #expect(t.screen().contains("⏱ \(clock)"))
        try t.send("Space")
        try t.waitUntil(what: "the clock running again") { !$0.contains("⏸ PAUZE") && !$0.contains("⏱ \(clock)") }
        try t.quit()

        let s = try SessionCodec.load(file: folder.appendingPathComponent("s.json").path)
        #expect(s.steps[0].answers.brand == Response(answer: .yes, votes: Votes(yes: 4, no: 2, dontKnow: 1)))
        #expect(s.steps[0].answers.customer == Response(answer: .dontKnow, votes: Votes(yes: 3, no: 3, dontKnow: 0)))
        #expect(s.steps[0].answers.user.note == "Instagram-link gaat naar de homepage")
        #expect(s.steps[1].answers.brand.note.isEmpty)
        // The break is not counted: step 2 was open for well over 3 seconds, most of it paused.
        #expect(s.steps[1].seconds < 3)

        let md = try runCLI(["export", "s.json"], in: folder, env: ["TZ": "UTC"]).out
        let section = try #require(
            md.components(separatedBy: "## Niet eens\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        #expect(
            section.contains(
                "| 1. Ik zie een advertentie van de woonwinkel op Instagram | Brand Experience | ja | 4/2/1 |"))
        #expect(
            section.contains(
                "| 1. Ik zie een advertentie van de woonwinkel op Instagram | Customer Experience | weet niet | 3/3/0 |"
            ))
        let csv = try runCLI(["export", "s.json", "--format", "csv"], in: folder).out
        #expect(csv.hasPrefix("phase,step,step_text,lens,answer,note,gap_kind,drivers,score,votes\r\n"))
        #expect(csv.contains("Instagram,brand,yes,,,,,4/2/1\r\n"))
        #expect(csv.contains("Instagram,customer,dont_know,,knowledge,,0.00,3/3/0\r\n"))
        #expect(csv.contains("Instagram,employee,yes,,,,,\r\n"))
    }
}
