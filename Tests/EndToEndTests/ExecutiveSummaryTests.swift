import Foundation
import JourneyCheckCore
import Testing

/// What a management team receives: the HTML report of a 20-step workshop printed to PDF by
/// chromium, read back page by page with poppler's pdftotext.
@Suite(.serialized) struct ExecutiveSummaryTests {
    /// A 20-step workshop as a room leaves it: every question answered (two by a split tally),
    /// a handful of actions, find-outs with who and when, a top moment, notes.
    static func twentySteps() throws -> Session {
        let journey = try OutlineParser.parse(
            file: packageRoot.appendingPathComponent("workshops/energie-overstappen.md").path)
        var s = Session(journey: journey, now: fixedDate)
        let pattern: [Answer] = [.yes, .no, .yes, .dontKnow, .yes, .yes, .no, .yes, .yes, .dontKnow, .yes, .no]
        var k = 0
        for step in s.steps {
            for lens in Lens.allCases where !(lens == .user && !step.digital) {
                try s.answer(step.id, lens, pattern[k % pattern.count], now: fixedDate)
                k += 1
            }
            s.addTime(step.id, seconds: 240, now: fixedDate)
        }
        try s.tally("s4", .brand, Votes(yes: 3, no: 3, dontKnow: 1), now: fixedDate)
        try s.tally("s17", .customer, Votes(yes: 2, no: 4, dontKnow: 2), now: fixedDate)
        let gaps = DecisionModel(s).fixFirst.map(\.question)
        for (i, q) in gaps.prefix(6).enumerated() {
            try s.toggleDriver(q.step, q.lens, number: i % 3 + 1, now: fixedDate)
        }
        try s.setNote(gaps[0].step, gaps[0].lens, "=klanten bellen twee keer – Jan", now: fixedDate)
        for (i, q) in gaps.prefix(4).enumerated() {
            try s.addAction(
                step: q.step, lens: q.lens, text: "Actie \(i + 1): de klant hoort binnen een dag iets",
                level: .journey, owner: ["Klantenservice", "IT", "Marketing", "Facturatie"][i],
                due: "2027-02-0\(i + 1)",
                now: fixedDate)
        }
        try s.addAction(
            step: nil, lens: nil, text: "Elke maandag één klantverhaal in het MT", level: .behaviour, owner: "Directie",
            now: fixedDate)
        let unknowns = DecisionModel(s).findOutFirst.map(\.question)
        for (i, q) in unknowns.prefix(4).enumerated() {
            try s.setResearch(
                q.step, q.lens,
                Research(who: ["Sanne", "Ahmed", "Lotte", "Kees"][i], method: .interview, due: "2027-01-2\(i)"),
                now: fixedDate)
        }
        try s.setTopMoment(
            TopMoment(step: "s12", text: "De monteur laat zien wat je bespaart", shareable: true), now: fixedDate)
        return s
    }

    func pdftotext() -> String? {
        for dir in ["/usr/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/pdftotext")
        {
            return "\(dir)/pdftotext"
        }
        if ProcessInfo.processInfo.environment["JOURNEYCHECK_CI"] != nil {
            Issue.record("pdftotext is not installed: .ci/run installs it with apt (apt-get install poppler-utils)")
        } else {
            print("ExecutiveSummaryTests: pdftotext not found; install poppler-utils to read the PDF's pages")
        }
        return nil
    }

    /// The report printed on a paper size, and the text of each of its pages.
    func printed(_ session: Session, paper: String, in folder: URL) throws -> [String]? {
        guard let chromium = HTMLReportTests().browser(), let pdftotext = pdftotext() else { return nil }
        try SessionCodec.encode(session).write(to: folder.appendingPathComponent("s.json"))
        let r = try runCLI(["export", "s.json", "--format", "html", "-o", "r.html"], in: folder, env: ["TZ": "UTC"])
        #expect(r.status == 0, "\(r.err)")
        // The paper as a browser's print dialog sets it.
        let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
            .replacingOccurrences(of: "</head>", with: "<style>@page { size: \(paper); }</style></head>")
        let page = folder.appendingPathComponent("r-\(paper).html")
        try Data(html.utf8).write(to: page)
        let pdf = folder.appendingPathComponent("r-\(paper).pdf")
        _ = try HTMLReportTests().chromium(chromium, page, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"])
        if let keep = ProcessInfo.processInfo.environment["JC_KEEP_PDF"] {
            try? FileManager.default.removeItem(atPath: "\(keep)-\(paper).pdf")
            try FileManager.default.copyItem(atPath: pdf.path, toPath: "\(keep)-\(paper).pdf")
        }
        var pages: [String] = []
        for n in 1...40 {
            let t = try runCLI(
                ["-layout", "-f", "\(n)", "-l", "\(n)", pdf.path, "-"], in: folder, executable: pdftotext)
            if t.status != 0 { break }
            pages.append(t.out)
        }
        return pages
    }

    @Test(arguments: ["A4", "letter"]) func pageOneIsTheSummaryAndTheWholeReportFitsFourPages(paper: String) throws {
        let s = try Self.twentySteps()
        guard let pages = try printed(s, paper: paper, in: temporaryFolder()) else { return }
        #expect((1...4).contains(pages.count), "\(pages.count) pages on \(paper)")
        let one = try #require(pages.first)
        for part in [
            "Rapport: Overstappen naar een nieuwe", "Stroomwijzer Energie", "2026-11-18",
            "directie, klantenservice", "De journey in één oogopslag", "Eerst aanpakken", "Eerst uitzoeken",
            "Topmoment",
            "De monteur laat zien wat je bespaart", "Beginnen op", "Niveau 1: gedrag", "persoonlijke aandacht",
            "Klantenservice", "Sanne", "Ahmed", "Lotte", "20 stappen",
        ] {
            #expect(one.contains(part), "page 1 on \(paper) lacks '\(part)'")
        }
        // Every step of the heatmap, by its first words, and the split votes, on page 1.
        for step in s.steps {
            let firstWords = step.text.split(separator: " ").prefix(3).joined(separator: " ")
            #expect(one.contains(firstWords), "page 1 on \(paper) lacks step '\(firstWords)'")
        }
        #expect(one.components(separatedBy: "≠").count - 1 >= 3, "split votes and their legend on page 1")
        // Five gaps and three find-outs listed, the fourth find-out only counted.
        #expect(one.contains("Actie 4") && !one.contains("Kees"))
        // The appendix begins on page 2 and still holds everything, Kees included.
        let rest = pages.dropFirst().joined(separator: "\n")
        #expect(rest.contains("Bijlage") && rest.contains("Kees") && rest.contains("Verbeterpotentieel"))
        #expect(!pages.joined().contains("nog geen actie"), "no padding rows")
    }
}
