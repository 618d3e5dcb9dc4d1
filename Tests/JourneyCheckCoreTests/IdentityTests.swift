import Foundation
import Testing

@testable import JourneyCheckCore

/// Journeys, steps, drivers and questions have identities: sessions of one journey share the
/// journey's id, links to drivers survive a rename, and the version 3 files of the last
/// release open with ids given by the written rule and export exactly as that release did.
@Suite struct IdentityTests {
    static let v3 = packageRoot.appendingPathComponent("Tests/Fixtures/v3")
    static let later = fixedDate.addingTimeInterval(42 * 86_400)

    /// A fixture by name; `full-v4.json` is read from `v4`, the others from `v3`.
    func fixture(_ name: String) throws -> Session {
        try SessionStore.read(Self.folder(name).appendingPathComponent(name).path)
    }

    static func folder(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(
            name.contains("-v4") ? "v4" : "v3")
    }

    @Test func twoDifferentJourneysOfTheSameLengthAreNotCompared() throws {
        // Same number of phases and steps, so the same step ids s1, s2, s3: only the
        // journey's identity tells them apart.
        let outpatient = Session(journey: sampleJourney(), now: fixedDate)
        var onboarding = sampleJourney()
        onboarding.title = "Onboarding a new business customer"
        let other = Session(journey: onboarding, now: fixedDate)
        #expect(outpatient.steps.map(\.id) == other.steps.map(\.id))
        #expect(outpatient.journey != other.journey)
        do {
            _ = try Comparison([outpatient, other], files: ["outpatient.json", "onboarding.json"])
            Issue.record("two journeys were compared")
        } catch {
            #expect(
                error.description
                    == "outpatient.json and onboarding.json are sessions of different journeys ('Sample' and "
                    + "'Onboarding a new business customer'); compare sessions of one journey")
        }
    }

    @Test func sessionsOfOneOutlineAndTheirReassessmentsShareTheJourney() throws {
        let teamA = Session(journey: sampleJourney(), now: fixedDate)
        let teamB = Session(journey: sampleJourney(), now: Self.later)
        #expect(teamA.journey == teamB.journey)
        let next = Session.reassess(teamA, path: "a.json", now: Self.later)
        #expect(next.journey == teamA.journey)
        _ = try Comparison([teamA, teamB, next], files: ["a", "b", "c"])
        // The id is the title's, whatever its case and spacing, unless the outline gives one.
        #expect(
            JourneyID.derived(fromTitle: "  Online  bestelling ") == JourneyID.derived(fromTitle: "online bestelling"))
        #expect(JourneyID.derived(fromTitle: "Sample").rawValue.count == 17)
        let given = try parseOutline("# Sample\njourney id: woonwinkel-2026\n## P\n- a\n").get()
        #expect(Session(journey: given, now: fixedDate).journey == "woonwinkel-2026")
        let bad = parseOutline("# Sample\njourney id: two words\n## P\n- a\n")
        #expect(throws: InputError.self) { try bad.get() }
    }

    @Test func aRenamedDriverKeepsItsLinks() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        #expect(s.drivers.map(\.id) == ["d1", "d2"])
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.toggleDriver("s1", .brand, number: 1, now: fixedDate)
        s.workshop.drivers[0].name = "speed of delivery"
        let item = try #require(s.potential.fixFirst.first)
        #expect(item.drivers == ["d1"])
        #expect(item.driverNames(s.drivers) == ["speed of delivery"])
        #expect(item.score == 0.6)
        #expect(item.question == Question(step: "s1", lens: .brand))
        // And it survives the file.
        let again = try SessionCodec.decode(SessionCodec.encode(s), file: "s.json")
        #expect(again == s)
    }

    @Test func version3LinksByNameBecomeIdsByPosition() throws {
        let full = try fixture("full-v3.json")
        #expect(full.version == Session.currentVersion)
        #expect(full.journey == JourneyID.derived(fromTitle: "Online bestelling bij de woonwinkel"))
        #expect(full.drivers.map(\.id) == ["d1", "d2", "d3"])
        #expect(full.drivers.allSatisfy { $0.weightSource == .outline })
        #expect(full.steps[0].answers.customer.drivers == ["d1", "d2"])
        #expect(full.steps[0].answers.user.drivers == ["d3"])
        // The killed session's journal linked a driver by name; replayed, it is the id.
        let killed = try fixture("journal-v3.json")
        #expect(killed.steps[0].answers.brand.drivers == ["d1"])
        #expect(killed.drivers[0].name == "first-contact resolution")
    }

    /// Version 5's reports (of files from 0.3.0 and from format version 4) open with a summary and list no empty rows: every row and list
    /// entry of the 0.3.0 report is still there in the same order, but for the fix-first and
    /// find-out rows, which now carry a note column, and the rows that said nothing was
    /// decided, which are now counted in one line. The CSV is byte for byte the same.
    @Test(arguments: ["full-v3", "journal-v3", "next-v3", "odd-v3", "full-v4"])
    func anOlderFileExportsWhatItsReleaseDid(_ name: String) throws {
        let session = try fixture("\(name).json")
        #expect(session.version == Session.currentVersion)
        func expected(_ ext: String) throws -> String {
            try String(contentsOf: Self.folder(name).appendingPathComponent("\(name).\(ext)"), encoding: .utf8)
        }
        #expect(CSVReport.render(session) == (try expected("csv")))
        let report = MarkdownReport.render(session, timeZone: .utc)
        var rest = report[...]
        var padding = 0
        var section = ""
        for line in try expected("md").split(separator: "\n") {
            if line.hasPrefix("## ") { section = String(line) }
            guard line.hasPrefix("| ") || line.hasPrefix("- ") || line.hasPrefix("  - ") else { continue }
            // A ranked row (`| 1 | 2. step | …`): now with a note column, or counted when empty.
            let ranked = ["## Eerst aanpakken", "## Eerst uitzoeken", "## Fix first", "## Find out first"].contains(
                section)
            if ranked
                && ((line.contains("| – | 0.00 | ")
                    && (line.hasSuffix("| nog geen actie |") || line.hasSuffix("| no action yet |")))
                    || line.contains("| nog niemand |") || line.contains("| nobody yet |"))
            {
                padding += 1
                continue
            }
            if line.hasPrefix("| # |") { continue }  // a header: now with a note column
            // A ranked row keeps its cells after its number (renumbered once empty rows left).
            let wanted =
                ranked ? String(line.drop { $0 != "." }.dropLast()) : String(line) + "\n"
            guard let r = rest.range(of: wanted) else {
                Issue.record("the report lacks: \(line)")
                break
            }
            rest = rest[r.upperBound...]
        }
        let d = Decisions(session)
        #expect(padding == d.undecidedNo + d.unassignedFindOuts)
        // The page shows every step and every decision the 0.3.0 page showed.
        let html = HTMLReport.render(session, timeZone: .utc)
        for step in session.steps { #expect(html.contains(escapeHTML(step.text)), "\(step.text)") }
        for a in session.actions { #expect(html.contains(escapeHTML(a.text)), "\(a.text)") }
    }

    func escapeHTML(_ s: String) -> String {
        Sanitize.line(s).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test func aVersion3SessionAndItsReassessmentStillCompare() throws {
        let then = try fixture("full-v3.json"), now = try fixture("next-v3.json")
        #expect(then.journey == now.journey)
        let c = try Comparison([then, now], files: ["full-v3.json", "next-v3.json"])
        // The comparison 0.3.0 made: every row of its tables is still there, now with the
        // change in percentage points after it (issue 20 added that column and an overall row).
        let expected = try String(contentsOf: Self.v3.appendingPathComponent("compare-v3.md"), encoding: .utf8)
        let report = CompareReport.markdown(c)
        for row in expected.split(separator: "\n")
        where row.hasPrefix("| ") && !row.hasPrefix("| Type") && !row.hasPrefix("| Fase") {
            #expect(report.contains(row + " ") || report.contains(row + "\n"), "the comparison lacks: \(row)")
        }
        #expect(report.contains("| **Alles samen** | **36%** | **–** | **–** |"))
        // The order on the command line does not matter: the sessions are ordered as held.
        let reversed = try Comparison([now, then], files: ["next-v3.json", "full-v3.json"])
        #expect(CompareReport.markdown(reversed) == report)
    }
}
