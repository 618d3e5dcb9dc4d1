import Foundation
import JourneyCheckCore
import Testing

/// The next session from the command line and in the room.
@Suite struct NextSessionTests {
    /// A finished first session of the example journey, with actions and a habit.
    func firstSession(_ folder: URL) throws {
        let journey = try OutlineParser.parse(
            file: packageRoot.appendingPathComponent("workshops/online-bestelling.md").path)
        var s = Session(journey: journey, now: fixedDate)
        try s.answer("s1", .customer, .no, now: fixedDate)
        try s.answer("s1", .employee, .dontKnow, now: fixedDate)
        try s.answer("s2", .brand, .no, now: fixedDate)
        try s.addAction(
            step: "s1", lens: .customer, text: "Advertentie naar de juiste pagina", level: .journey, owner: "Marketing",
            now: fixedDate)
        try s.addAction(
            step: "s2", lens: .brand, text: "Filters op mobiel", level: .journey, owner: "Webshop", now: fixedDate)
        try s.addAction(
            step: nil, lens: nil, text: "Elke week een klantverhaal", level: .behaviour, owner: "MT", now: fixedDate)
        try s.addHabit(leader: "Marieke", habit: "Elke week een klant bellen", started: "2026-11-18", now: fixedDate)
        try s.setMetricValue("NPS", 22, now: fixedDate)
        try SessionCodec.encode(s).write(to: folder.appendingPathComponent("eerste.json"))
    }

    func files(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func newFromMakesTheNextSessionWithoutOpeningIt() throws {
        let folder = temporaryFolder()
        try firstSession(folder)
        let before = try Data(contentsOf: folder.appendingPathComponent("eerste.json"))
        let r = try runCLI(["new", "--from", "eerste.json", "-o", "tweede.json"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(
            r.out.contains(
                "tweede.json: next session of 'Online bestelling bij de woonwinkel' (follows eerste.json), 15 steps, 3 actions and 0 find-outs to review"
            ))
        #expect(try Data(contentsOf: folder.appendingPathComponent("eerste.json")) == before)
        let s = try SessionStore.read(folder.appendingPathComponent("tweede.json").path)
        #expect(s.follows?.path == "eerste.json" && s.review?.count == 3 && s.steps[0].answers.customer.previous == .no)
        // Never overwrites.
        #expect(try runCLI(["new", "--from", "eerste.json", "-o", "tweede.json"], in: folder).status == 1)
        #expect(
            try runCLI(["new", "online-bestelling.md", "--from", "eerste.json", "-o", "x.json"], in: folder).status
                == 64)
    }

    @Test(arguments: [
        (["reassess", "nope.json", "--session", "n.json"], "nope.json: "),
        (["reassess", "outline.md", "--session", "n.json"], "outline.md:"),
        (["reassess", "future.json", "--session", "n.json"], "newer JourneyCheck"),
        (["new", "--from", "nope.json", "-o", "n.json"], "nope.json: "),
        (["new", "--from", "outline.md", "-o", "n.json"], "outline.md:"),
        (["compare", "eerste.json", "nope.json"], "nope.json: "),
        (["compare", "eerste.json", "outline.md"], "outline.md:"),
        (["compare", "eerste.json", "future.json"], "newer JourneyCheck"),
        (["compare", "eerste.json", "other.json"], "eerste.json and other.json are sessions of different journeys"),
    ])
    func badInputIsRefusedWithOneLineAndNothingWritten(_ args: [String], _ expected: String) throws {
        let folder = temporaryFolder()
        try firstSession(folder)
        try Data("# Reis\n## Fase\n- Stap\n".utf8).write(to: folder.appendingPathComponent("outline.md"))
        var future = try String(contentsOf: folder.appendingPathComponent("eerste.json"), encoding: .utf8)
        future = future.replacingOccurrences(of: "\"version\" : \(Session.currentVersion)", with: "\"version\" : 99")
        try Data(future.utf8).write(to: folder.appendingPathComponent("future.json"))
        let other = Session(
            journey: Journey(title: "Ander", phases: [(title: "P", steps: [(text: "x", digital: false)])]),
            now: fixedDate)
        var o = other
        o.phases[0].steps[0].id = "x1"
        o.cursor = Cursor(step: "x1", lens: .brand)
        try SessionCodec.encode(o).write(to: folder.appendingPathComponent("other.json"))
        let before = try files(folder)
        let r = try runCLI(args, in: folder)
        #expect(r.status == 1, "\(args): \(r.err)")
        #expect(r.err.split(separator: "\n").count == 1 && r.err.contains(expected), "\(args): \(r.err)")
        #expect(r.out.isEmpty)
        #expect(try files(folder) == before, "\(args)")
    }

    @Test func compareWritesMarkdownCSVAndHTML() throws {
        let folder = temporaryFolder()
        try firstSession(folder)
        #expect(try runCLI(["new", "--from", "eerste.json", "-o", "tweede.json"], in: folder).status == 0)
        var s = try SessionStore.read(folder.appendingPathComponent("tweede.json").path)
        try s.answer("s1", .customer, .yes, now: fixedDate)
        try s.answer("s2", .brand, .no, now: fixedDate)
        try s.decideReview(0, .done, now: fixedDate)
        try s.decideReview(1, .done, now: fixedDate)
        try SessionCodec.encode(s).write(to: folder.appendingPathComponent("tweede.json"))
        let md = try runCLI(["compare", "eerste.json", "tweede.json"], in: folder)
        #expect(
            md.status == 0
                && md.out.contains(
                    "## Beter (1)\n\n### Oriëntatie\n\n- 1. Ik zie een advertentie van de woonwinkel op Instagram · Customer Experience: nee → ja"
                ))
        #expect(
            md.out.contains(
                "- 2. Ik zoek een bank op de website en filter op kleur en maat · Brand Experience: Filters op mobiel — gedaan, maar het team zegt nog steeds nee"
            ))
        #expect(
            try runCLI(["compare", "eerste.json", "tweede.json", "--format", "csv", "-o", "c.csv"], in: folder).status
                == 0)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("c.csv"), encoding: .utf8).hasPrefix(
                "phase,step,step_text,lens,2026-11-18,"))
        // First the line that says it all; then, with the tables, what became of each action.
        #expect(
            md.out.contains(
                "**Ja-aandeel 0% → 50% (+50 pp) · 1 beter · 0 slechter · 0 keer kennis gewonnen · 2 van 3 acties gedaan, 1 zonder dat het antwoord bewoog**"
            ))
        for row in [
            "| Advertentie naar de juiste pagina (journey, Marketing) | 1 | Customer Experience | gedaan | nee → ja | ja |",
            "| Filters op mobiel (journey, Webshop) | 2 | Brand Experience | gedaan | nee → nee | nee |",
            "| Elke week een klantverhaal (gedrag, MT) | hele journey | – | niet besproken | – | – |",
        ] {
            #expect(md.out.contains(row), "the comparison lacks \(row)")
        }
        // Given in the other order, the same report: the sessions are ordered as they were held.
        #expect(try runCLI(["compare", "tweede.json", "eerste.json"], in: folder).out == md.out)
        let html = try runCLI(["compare", "eerste.json", "tweede.json", "--format", "html"], in: folder)
        #expect(html.status == 0 && html.out.hasPrefix("<!DOCTYPE html>") && html.out.contains("<h2>Beter (1)</h2>"))
        #expect(html.out.contains("<p class=\"summary\"><strong>Ja-aandeel 0% → 50% (+50 pp)"))
        #expect(html.out.contains("<td class=\"n\">1</td><td>Customer Experience</td><td>gedaan</td><td>nee → ja</td>"))
        #expect(try runCLI(["compare", "eerste.json"], in: folder).status == 64)
    }

    @Test func theReviewComesFirstWithOneKeyPerDecision() throws {
        let folder = try workshopFolder()
        try firstSession(folder)
        let t = try Tmux("\(binary) reassess eerste.json --session tweede.json", in: folder)
        var screen = try t.waitFor("Acties van de vorige keer")
        #expect(screen.contains("Eerst terugkijken: wat werd er van elke actie?"))
        #expect(screen.contains("1 gedaan  2 bezig  3 geschrapt  4 doorgeschoven"))
        // One key each; the selection moves on to the next open decision.
        try t.send("1", "4", "2")
        try t.waitFor("[doorgeschoven]")
        try t.send("k", "w")
        screen = try t.waitFor("Alles besproken. Enter: naar de stappen.")
        #expect(screen.contains("[gedaan]") && screen.contains("[bezig]"))
        try t.send("Enter")
        screen = try t.waitFor("stap 1 van 15")
        #expect(screen.contains("vorige keer: ") == false)  // brand was open last time
        try t.send("Down")
        try t.waitFor("vorige keer: nee")
        try t.send("j")
        try t.send("m")
        try t.waitFor("Metrics en gewoontes")
        try t.quit()
        let s = try SessionStore.read(folder.appendingPathComponent("tweede.json").path)
        #expect(s.review?.map(\.outcome) == [.done, .carriedOver, .inProgress])
        #expect(s.actions.map(\.text) == ["Filters op mobiel", "Elke week een klantverhaal"])
        #expect(s.habits?.first?.kept == true && s.habits?.first?.valuable == true)
        #expect(s.steps[0].answers.customer.answer == .yes && s.steps[0].seconds < 5)
        let md = try runCLI(["export", "tweede.json"], in: folder).out
        #expect(
            md.contains("## Terugblik op de vorige keer")
                && md.contains("| Filters op mobiel | 2 | Brand Experience | doorgeschoven |  |"))
        #expect(md.contains("**Volgt op:** eerste.json"))
    }
}
