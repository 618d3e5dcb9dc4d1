import Foundation
import JourneyCheckCore
import Testing

/// `export --format csv`, edited in a spreadsheet, read back with `import`.
@Suite struct ImportTests {
    /// A session of the example journey with answers, notes (one a formula) and decisions.
    func folderWithSession() throws -> (folder: URL, session: URL) {
        let folder = temporaryFolder()
        let journey = try OutlineParser.parse(
            file: packageRoot.appendingPathComponent("workshops/online-bestelling.md").path)
        var s = Session(journey: journey, now: fixedDate)
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.answer("s1", .customer, .dontKnow, now: fixedDate)
        try s.answer("s2", .service, .no, now: fixedDate)
        try s.setNote("s1", .brand, "=HYPERLINK(\"http://e.vil\"); a, b", now: fixedDate)
        try s.setNote("s2", .service, "-5% conversie", now: fixedDate)
        try s.toggleDriver("s1", .brand, number: 1, now: fixedDate)
        try s.toggleDriver("s1", .brand, number: 3, now: fixedDate)
        try s.setGap("s1", .brand, .design, now: fixedDate)
        try s.tally("s2", .service, Votes(yes: 1, no: 4, dontKnow: 2), now: fixedDate)
        let url = folder.appendingPathComponent("s.json")
        try SessionCodec.encode(s).write(to: url)
        return (folder, url)
    }

    func export(_ folder: URL, to name: String = "r.csv") throws -> String {
        let r = try runCLI(["export", "s.json", "--format", "csv", "-o", name], in: folder)
        #expect(r.status == 0, "\(r.err)")
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func exportImportExportGivesTheSameBytes() throws {
        let (folder, _) = try folderWithSession()
        let first = try export(folder)
        #expect(
            first.contains(
                ",\"'=HYPERLINK(\"\"http://e.vil\"\"); a, b\",design,\"persoonlijke aandacht; betrouwbaarheid\",0.65,\r\n"
            ))
        #expect(first.contains(",'-5% conversie,,,0.00,1/4/2\r\n"))
        let r = try runCLI(["import", "s.json", "r.csv"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(try export(folder, to: "again.csv") == first)
        // The formula came back as the text it was.
        #expect(
            try SessionStore.read(folder.appendingPathComponent("s.json").path).steps[0].answers.brand.note
                == "=HYPERLINK(\"http://e.vil\"); a, b")
    }

    @Test func anEditedFileIsAppliedAsOneChange() throws {
        let (folder, url) = try folderWithSession()
        var csv = try export(folder)
        // A Dutch spreadsheet: semicolons, a byte order mark; the team changed three cells.
        csv = csv.replacingOccurrences(
            of:
                "Oriëntatie,2,Ik zoek een bank op de website en filter op kleur en maat,service,no,'-5% conversie,,,0.00,1/4/2",
            with:
                "Oriëntatie,2,Ik zoek een bank op de website en filter op kleur en maat,service,no,Filter kost klanten,implementation,snelheid,,1/5/1"
        )
        csv = csv.replacingOccurrences(
            of: ",customer,dont_know,,knowledge,,0.00,", with: ",customer,yes,na het onderzoek,,,,")
        let semicolons = "\u{FEFF}" + semicolonRows(csv)
        try Data(semicolons.utf8).write(to: folder.appendingPathComponent("nl.csv"))
        let r = try runCLI(["import", "s.json", "nl.csv"], in: folder)
        #expect(r.status == 0, "\(r.err)\n\(semicolons.prefix(600))")
        #expect(r.out.contains("75 rows read, 2 questions changed"))
        let s = try SessionStore.read(url.path)
        #expect(
            s.steps[1].answers.service
                == Response(
                    answer: .no, note: "Filter kost klanten", drivers: ["d2"], gap: .implementation,
                    votes: Votes(yes: 1, no: 5, dontKnow: 1)))
        #expect(s.steps[0].answers.customer.answer == .yes && s.steps[0].answers.customer.note == "na het onderzoek")
        // One change: the journal was folded in, nothing else beside the file.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["nl.csv", "r.csv", "s.json"])
    }

    /// The same rows with ";" between cells, quoting what holds a ";".
    func semicolonRows(_ csv: String) -> String {
        csv.components(separatedBy: "\r\n").map { line -> String in
            var cells: [String] = [], cell = "", quoted = false
            for c in line {
                if c == "\"" {
                    quoted.toggle()
                    cell.append(c)
                    continue
                }
                if c == "," && !quoted {
                    cells.append(cell)
                    cell = ""
                } else {
                    cell.append(c)
                }
            }
            cells.append(cell)
            return cells.map { $0.contains(";") && !$0.hasPrefix("\"") ? "\"\($0)\"" : $0 }.joined(separator: ";")
        }.joined(separator: "\r\n")
    }

    static let step1 = "Oriëntatie,1,Ik zie een advertentie van de woonwinkel op Instagram"
    static let bad: [(String, @Sendable (String) -> String, String)] = [
        (
            "unknown lens", { $0.replacingOccurrences(of: "\(step1),employee,", with: "\(step1),staff,") },
            ":4: unknown lens 'staff'"
        ),
        (
            "unknown answer",
            { $0.replacingOccurrences(of: "\(step1),employee,open", with: "\(step1),employee,maybe") },
            ":4: unknown answer 'maybe'"
        ),
        (
            "unknown step", { $0.replacingOccurrences(of: "Oriëntatie,1,", with: "Oriëntatie,99,") },
            ":2: step '99' is not a step of this session (1 to 15)"
        ),
        (
            "step text differs",
            {
                $0.replacingOccurrences(
                    of: "\(step1),service", with: "Oriëntatie,1,Ik zie een advertentie op TikTok,service")
            },
            ":5: the text of step 1 is 'Ik zie een advertentie op TikTok'"
        ),
        (
            "unknown driver", { $0.replacingOccurrences(of: "persoonlijke aandacht; betrouwbaarheid", with: "prijs") },
            ":2: unknown driver 'prijs'"
        ),
        (
            "unknown gap kind", { $0.replacingOccurrences(of: ",design,", with: ",ontwerp,") },
            ":2: unknown gap kind 'ontwerp'"
        ),
        (
            "knowledge on a no", { $0.replacingOccurrences(of: ",design,", with: ",knowledge,") },
            ":2: a 'no' is a design or an implementation gap"
        ),
        (
            "design on a don't know",
            { $0.replacingOccurrences(of: ",dont_know,,knowledge,", with: ",dont_know,,design,") },
            ":3: a 'dont_know' is a knowledge gap"
        ),
        (
            "gap kind on a yes",
            { $0.replacingOccurrences(of: "\(step1),service,open,,,,,", with: "\(step1),service,yes,,design,,,") },
            ":5: a gap kind is only for a 'no' or a 'dont_know'"
        ),
        (
            "n/a on the brand lens",
            { $0.replacingOccurrences(of: "\(step1),service,open", with: "\(step1),service,n/a") },
            ":5: 'n/a' is only for the user lens"
        ),
        ("unclosed quote", { $0 + "\"Oriëntatie,1,x" }, ":77: a quoted cell is not closed"),
        (
            "stray quote",
            { $0.replacingOccurrences(of: "\(step1),employee,open,", with: "\(step1),employee,open,5\" scherm") },
            ":4: a quote inside a cell"
        ),
        (
            "a cell too few",
            { $0.replacingOccurrences(of: "\(step1),user,open,,,,,\r\n", with: "\(step1),user,open,,,,\r\n") },
            ":6: 9 cells, the header has 10"
        ),
        (
            "unknown column", { $0.replacingOccurrences(of: "note,gap_kind", with: "notes,gap_kind") },
            ":1: unknown column 'notes'"
        ),
        (
            "missing column",
            { $0.replacingOccurrences(of: "phase,step,step_text,lens,", with: "phase,step,step_text,") },
            ":1: the column 'lens' is missing"
        ),
        ("a row twice", { $0 + "\(step1),user,open,,,,,\r\n" }, ":77: step 1 user appears twice (also on line 6)"),
        ("empty file", { _ in "" }, ": empty: no header row"),
        (
            "bad votes", { $0.replacingOccurrences(of: ",0.00,1/4/2\r\n", with: ",0.00,4-1-2\r\n") },
            ":10: votes '4-1-2' are not three counts"
        ),
    ]

    @Test(arguments: 0..<ImportTests.bad.count)
    func aBadFileIsRefusedAndTheSessionLeftAlone(_ n: Int) throws {
        let (name, mutate, expected) = Self.bad[n]
        let (folder, url) = try folderWithSession()
        let csv = try export(folder)
        let edited = mutate(csv)
        #expect(edited != csv, "\(name): the mutation changed nothing")
        try Data(edited.utf8).write(to: folder.appendingPathComponent("bad.csv"))
        let before = try Data(contentsOf: url)
        let r = try runCLI(["import", "s.json", "bad.csv"], in: folder)
        #expect(r.status == 1, "\(name)")
        #expect(r.err.contains("bad.csv" + expected), "\(name): \(r.err)")
        #expect(r.out.isEmpty)
        #expect(try Data(contentsOf: url) == before, "\(name)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "bad.csv", "r.csv", "s.json",
            ], "\(name)")
    }

    @Test func aSessionOpenInTheRoomIsRefused() throws {
        let (folder, url) = try folderWithSession()
        _ = try export(folder)
        let before = try Data(contentsOf: url)
        let (store, _) = try SessionStore.open(url.path, now: fixedDate)
        defer { store.close() }
        let r = try runCLI(["import", "s.json", "r.csv"], in: folder)
        #expect(r.status == 1)
        #expect(r.err.contains("s.json") && r.err.contains("open"), "\(r.err)")
        #expect(try Data(contentsOf: url) == before)
    }
}
