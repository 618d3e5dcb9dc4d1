import Foundation
import JourneyCheckCore
import Testing

/// The actions and find-outs tables, both ways: `export --format csv --table …`, edited in a
/// spreadsheet, read back by `import`, which knows the table by its header.
@Suite struct TableImportTests {
    func folderWithSession() throws -> (folder: URL, session: URL) {
        let folder = temporaryFolder()
        let journey = try OutlineParser.parse(
            file: packageRoot.appendingPathComponent("workshops/online-bestelling.md").path)
        var s = Session(journey: journey, now: fixedDate)
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.answer("s1", .employee, .dontKnow, now: fixedDate)
        try s.answer("s2", .service, .dontKnow, now: fixedDate)
        try s.answer("s3", .customer, .yes, now: fixedDate)
        try s.setResearch(
            "s1", .employee, Research(who: "Sanne", method: .interview, due: "2027-01-10"), now: fixedDate)
        try s.addAction(
            step: "s1", lens: .brand, text: "=SUM(A1) is no formula, a, b", level: .journey, owner: "Marketing",
            due: "2027-01-15", now: fixedDate)
        try s.addAction(
            step: nil, lens: nil, text: "Elke week een klantverhaal", level: .behaviour, owner: "MT", now: fixedDate)
        let url = folder.appendingPathComponent("s.json")
        try SessionCodec.encode(s).write(to: url)
        return (folder, url)
    }

    func export(_ folder: URL, _ table: String, to name: String) throws -> String {
        let r = try runCLI(["export", "s.json", "--format", "csv", "--table", table, "-o", name], in: folder)
        #expect(r.status == 0, "\(r.err)")
        return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: ["actions", "findouts"]) func exportImportExportGivesTheSameBytes(_ table: String) throws {
        let (folder, url) = try folderWithSession()
        let before = try Data(contentsOf: url)
        let first = try export(folder, table, to: "t.csv")
        let r = try runCLI(["import", "s.json", "t.csv"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(
            r.out.hasSuffix(table == "actions" ? "0 actions changed, 0 added\n" : "0 find-outs changed\n"), "\(r.out)")
        #expect(try Data(contentsOf: url) == before, "an unchanged table changes nothing")
        #expect(try export(folder, table, to: "again.csv") == first)
    }

    @Test func theActionsTableHasItsIdsAndTheFormulaStaysText() throws {
        let (folder, _) = try folderWithSession()
        let csv = try export(folder, "actions", to: "a.csv")
        #expect(csv.hasPrefix("id,step,step_text,lens,level,text,owner,due\r\n"))
        #expect(
            csv.contains(
                "a16,1,Ik zie een advertentie van de woonwinkel op Instagram,brand,journey,\"'=SUM(A1) is no formula, a, b\",Marketing,2027-01-15\r\n"
            ))
        #expect(csv.contains("a17,,,,behaviour,Elke week een klantverhaal,MT,\r\n"))
    }

    @Test func aConsultantEditsAddsAndLeavesOutActions() throws {
        let (folder, url) = try folderWithSession()
        var csv = try export(folder, "actions", to: "a.csv")
        // The whole-journey action is left out (it stays), the first gets a new owner and level,
        // and two rows without an id are new actions, one typed with the report's words.
        csv = csv.components(separatedBy: "\r\n").filter { !$0.hasPrefix("a17,") }.joined(separator: "\r\n")
        csv = csv.replacingOccurrences(of: ",brand,journey,", with: ",brand,Moment,")
            .replacingOccurrences(of: ",Marketing,", with: ",Marketing en IT,")
        csv += ",3,,service,journey,Bel binnen een uur terug,Klantenservice,2027-03-01\r\n"
        csv += ",,,,Gedrag,Leiders luisteren één uur per week mee,MT,\r\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent("a.csv"))
        let before = try Data(contentsOf: url)
        let dry = try runCLI(["import", "s.json", "a.csv", "--dry-run"], in: folder)
        let list = [
            "a.csv:2: action a16: level 'journey' → 'moment'",
            "a.csv:2: action a16: owner 'Marketing' → 'Marketing en IT'",
            "a.csv:3: action a18 added: 'Bel binnen een uur terug'",
            "a.csv:4: action a19 added: 'Leiders luisteren één uur per week mee'",
        ]
        #expect(dry.status == 0, "\(dry.err)")
        #expect(
            dry.out
                == (list + ["s.json: 3 rows read, 1 action would change, 2 would be added; nothing changed (--dry-run)"])
                .joined(separator: "\n") + "\n")
        #expect(try Data(contentsOf: url) == before, "--dry-run changes nothing")
        let real = try runCLI(["import", "s.json", "a.csv"], in: folder)
        #expect(real.out == (list + ["s.json: 3 rows read, 1 action changed, 2 added"]).joined(separator: "\n") + "\n")
        let s = try SessionStore.read(url.path)
        #expect(s.actions.map(\.id) == ["a16", "a17", "a18", "a19"])
        #expect(s.actions[0].level == .moment && s.actions[0].owner == "Marketing en IT")
        #expect(s.actions[0].text == "=SUM(A1) is no formula, a, b")
        #expect(s.actions[2].step == "s3" && s.actions[2].lens == .service && s.actions[2].due == "2027-03-01")
        #expect(s.actions[3].step == nil && s.actions[3].level == .behaviour)
    }

    @Test func aConsultantAssignsWhoFindsOut() throws {
        let (folder, url) = try folderWithSession()
        let csv = try export(folder, "findouts", to: "f.csv")
        #expect(csv.contains("s2.service,2,Ik zoek een bank op de website en filter op kleur en maat,service,,,,\r\n"))
        try Data(
            csv.replacingOccurrences(of: ",service,,,,\r\n", with: ",service,Ahmed,Enquête,2027-02-02,\r\n").utf8
        ).write(to: folder.appendingPathComponent("f.csv"))
        let r = try runCLI(["import", "s.json", "f.csv"], in: folder)
        #expect(
            r.out == """
                f.csv:3: step 2 service: who '' → 'Ahmed'
                f.csv:3: step 2 service: method '' → 'survey'
                f.csv:3: step 2 service: due '' → '2027-02-02'
                s.json: 2 rows read, 1 find-out changed

                """)
        let s = try SessionStore.read(url.path)
        #expect(s.steps[1].answers.service.research == Research(who: "Ahmed", method: .survey, due: "2027-02-02"))
        #expect(s.steps[0].answers.employee.research?.who == "Sanne")
    }

    static let badActions: [(String, String)] = [
        ("a99,1,,brand,journey,Iets,X,", "a.csv:2: no action has the id 'a99' (leave the id empty to add an action)"),
        (
            "a16,1,,brand,journey,Iets,X,\r\na16,1,,brand,journey,Iets,X,",
            "a.csv:3: the action 'a16' appears twice (also on line 2)"
        ),
        (",99,,brand,journey,Iets,X,", "a.csv:2: step '99' is not a step of this session (1 to 15)"),
        (
            ",1,Een andere stap,brand,journey,Iets,X,",
            "a.csv:2: the text of step 1 is 'Een andere stap', but the session's is"
        ),
        (",1,,smell,journey,Iets,X,", "a.csv:2: unknown lens 'smell' (brand, customer, employee, service, user)"),
        (",,,brand,behaviour,Iets,X,", "a.csv:2: an action on the whole journey (no step) has no lens"),
        (",1,,brand,urgent,Iets,X,", "a.csv:2: unknown level 'urgent' (behaviour, journey, moment; or 1, 2, 3)"),
        (",1,,brand,journey,,X,", "a.csv:2: an action needs a text"),
        (",1,,brand,journey,Iets,X,15-01-2027", "a.csv:2: the date '15-01-2027' is not a date written YYYY-MM-DD"),
        (",1,,brand,journey,Iets,X", "a.csv:2: 7 cells, the header has 8"),
        (",1,,brand,journey,slow â€“ Jan,X,", "a.csv:2: 'slow â€“ Jan' looks garbled by a conversion"),
    ]

    static let badFindOuts: [(String, String)] = [
        ("s1.brand,1,,brand,Ahmed,,,", "f.csv:2: step 1 brand is answered 'no': only a 'dont_know' is found out"),
        (
            "s99.brand,,,,Ahmed,,,",
            "f.csv:2: no question has the id 's99.brand' (an id is a step and a lens: s3.employee)"
        ),
        (
            "s1.employee,2,,service,Ahmed,,,",
            "f.csv:2: the id 's1.employee' is step 1 employee, but the row says step 2 service"
        ),
        (",2,,,Ahmed,,,", "f.csv:2: a find-out needs its lens (brand, customer, employee, service, user)"),
        (
            ",2,,service,Ahmed,telepathy,,",
            "f.csv:2: unknown method 'telepathy' (survey, focus_group, observation, interview"
        ),
        (",2,,service,,interview,,", "f.csv:2: a method or a date needs someone who finds out (the column 'who')"),
        (",2,,service,Ahmed,,morgen,", "f.csv:2: the date 'morgen' is not a date written YYYY-MM-DD"),
        (",2,,service,Ahmed,,,\r\ns2.service,,,,Lotte,,,", "f.csv:3: step 2 service appears twice (also on line 2)"),
    ]

    @Test(arguments: badActions) func aBadActionRowIsRefusedAndNothingChanges(_ row: String, _ message: String) throws {
        try refused("actions", "a.csv", row, message)
    }

    @Test(arguments: badFindOuts) func aBadFindOutRowIsRefusedAndNothingChanges(_ row: String, _ message: String) throws
    {
        try refused("findouts", "f.csv", row, message)
    }

    func refused(_ table: String, _ name: String, _ row: String, _ message: String) throws {
        let (folder, url) = try folderWithSession()
        let header = CSVTable(rawValue: table)!.columns.joined(separator: ",")
        try Data("\(header)\r\n\(row)\r\n".utf8).write(to: folder.appendingPathComponent(name))
        let before = try Data(contentsOf: url)
        let r = try runCLI(["import", "s.json", name], in: folder)
        #expect(r.status == 1)
        #expect(r.err.contains(message), "\(r.err)")
        #expect(try Data(contentsOf: url) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [name, "s.json"], "\(names)")
    }

    @Test func aHeaderOfNoTableIsRefused() throws {
        let (folder, _) = try folderWithSession()
        try Data("naam,waarde\r\nx,1\r\n".utf8).write(to: folder.appendingPathComponent("x.csv"))
        let r = try runCLI(["import", "s.json", "x.csv"], in: folder)
        #expect(r.status == 1)
        #expect(r.err.contains("x.csv:1: not a JourneyCheck table"), "\(r.err)")
        let t = try runCLI(["export", "s.json", "--table", "actions"], in: folder)
        #expect(t.status != 0 && t.err.contains("--table goes with --format csv"), "\(t.err)")
    }
}
