import CSV
import Foundation
import Testing
@testable import JourneyCheckCore

@Suite struct ReportTests {
    static let hostile = "Pay | <script>alert(1)</script> *now* _x_ [link](http://e.vil) `code` # \u{1B}[31mred"

    func session(language: Language = .en) throws -> Session {
        var j = sampleJourney(language: language)
        j.phases[0].steps[1].text = Self.hostile
        j.participants = ["Ann <b>", "Bo"]
        var s = Session(journey: j, now: fixedDate)
        try s.answer("s1", .brand, .yes, now: fixedDate)
        try s.answer("s1", .customer, .no, now: fixedDate)
        try s.setNote("s1", .customer, "Too many clicks, \"really\" | 3", now: fixedDate)
        try s.answer("s2", .service, .dontKnow, now: fixedDate)
        try s.setNote("s2", .service, "- 1. starts like a list", now: fixedDate)
        try s.answer("s3", .brand, .yes, now: fixedDate)
        try s.setNote("s3", .brand, "good <img src=x onerror=alert(1)>", now: fixedDate)
        try s.setStepNote("s3", "Check with finance", now: fixedDate)
        try s.addAction(
            step: "s1", lens: .customer, text: "Cut the checkout to 2 | clicks", level: .journey,
            owner: "Ann", due: "2026-12-01", now: fixedDate)
        try s.tally("s3", .customer, Votes(yes: 3, no: 2, dontKnow: 1), now: fixedDate)
        return s
    }

    /// Render with Debian's cmark-gfm, as GitHub would.
    func html(_ markdown: String) throws -> String {
        let r = try run(["cmark-gfm", "-e", "table"], input: Data(markdown.utf8))
        #expect(r.status == 0, "cmark-gfm failed: \(r.err)")
        return r.out
    }

    @Test func theOverviewTableHasOneRowPerStepAndHostileTextIsEscaped() throws {
        let s = try session()
        let md = MarkdownReport.render(s, timeZone: LocalZone.utc)
        let out = try html(md)
        // Tables: fix first, the actions of one level, disagreement, the votes per question,
        // summary, per phase, overview; the one "don't know" nobody finds out is counted, not a
        // table row.
        let tables = out.components(separatedBy: "<table>").dropFirst().map {
            $0.components(separatedBy: "</table>")[0]
        }
        #expect(tables.count == 7)
        #expect(md.contains("1 don't know with nobody to find out: in journey order under Improvement potential."))
        let overview = try #require(tables.first { $0.contains(">Time</th>") })
        let body = overview.components(separatedBy: "<tbody>")[1]
        #expect(body.components(separatedBy: "<tr>").count - 1 == s.stepCount)
        // Every overview row has exactly the 9 columns: #, phase, step, five lenses, time.
        for row in body.components(separatedBy: "<tr>").dropFirst() {
            #expect(row.components(separatedBy: "<td").count - 1 == 9, "\(row)")
        }
        #expect(!out.contains("<script>"))
        #expect(!out.contains("<img"))
        #expect(!out.contains("<b>"))
        #expect(!out.contains("<em>") && !out.contains("<a href") && !out.contains("<code>"))
        #expect(out.contains("&lt;script&gt;alert(1)&lt;/script&gt; *now*"))
        #expect(!md.contains("\u{1B}"))
        #expect(!out.contains("<ol") && !out.contains("<ul>\n<li>1."))
    }

    /// Only what would start a numbered list is escaped: a number with a decimal point or a
    /// bracket inside a word reads as it was written, and each stays a plain paragraph.
    @Test func numbersAreEscapedOnlyWhereTheyWouldStartAList() throws {
        let cases = [
            "4.5": "4.5", "12.50 euro": "12.50 euro", "2)x": "2)x", "1234567890. long": "1234567890. long",
            "1. item": "1\\. item", "2) item": "2\\) item", "3.": "3\\.", "7.\tgo": "7\\. go", "42": "42",
        ]
        for (text, escaped) in cases {
            #expect(MarkdownReport.escape(text) == escaped, "\(text)")
            let out = try html("intro\n\n" + MarkdownReport.escape(text) + "\n")
            #expect(!out.contains("<ol") && !out.contains("<li>"), "\(text): \(out)")
        }
    }

    @Test func theReportHasEverySection() throws {
        let md = MarkdownReport.render(try session(), timeZone: LocalZone.utc)
        for heading in [
            "# Report: Sample", "## Fix first", "## Find out first", "## Improvement actions", "### Level 2: journey",
            "## Top moment", "## Summary per type of experience", "### Per phase", "## Overview",
            "## Improvement potential", "### Improve (no): 1", "### Find out (don't know): 1", "## Notes",
            "## The five questions",
        ] {
            #expect(md.contains(heading + "\n"), "missing \(heading)")
        }
        #expect(md.contains("**Date:** 2026-11-18"))
        #expect(md.contains("**Participants:** Ann \\<b\\>, Bo"))
        #expect(md.contains("**Drivers:** speed (0.6); care"))
        #expect(md.contains("| Brand Experience | 2 | 0 | 0 | 1 | 100% |"))
        #expect(md.contains("  - Customer Experience: Too many clicks, \"really\" \\| 3"))
        #expect(
            md.contains(
                "| 1. Search the site | Customer Experience | Cut the checkout to 2 \\| clicks | Ann | 2026-12-01 |"))
        #expect(
            md.contains(
                "| 1 | 1. Search the site | Customer Experience | – | 0.00 | – | Cut the checkout to 2 \\| clicks (journey, Ann, 2026-12-01) |"
            ))
        #expect(md.contains("0 gaps without an action.") == false && md.contains("1 gap without an action."))
        // The decisions come first, the inventory after.
        #expect(md.range(of: "## Fix first")!.lowerBound < md.range(of: "## Summary per type")!.lowerBound)
        #expect(md.contains("- **Brand Experience**: Is this step 100% in line with our brand promise?"))
        // The split vote: listed under Disagreement with its counts.
        #expect(md.contains("## Disagreement\n"))
        #expect(md.contains("| 3. Pay | Customer Experience | yes | 3/2/1 |"))
        #expect(CSVReport.render(try session()).contains(",customer,yes,,,,,3/2/1\r\n"))
        #expect(md.contains("  - Step: Check with finance"))
        #expect(md.contains("Brand Experience (yes): good \\<img src=x onerror=alert(1)\\>"))
    }

    @Test func dutchReportsSpeakDutch() throws {
        let md = MarkdownReport.render(try session(language: .nl), timeZone: LocalZone.utc)
        #expect(md.contains("# Rapport: Sample"))
        #expect(md.contains("### Verbeteren (nee): 1"))
        #expect(md.contains("### Uitzoeken (weet niet): 1"))
        #expect(
            md.contains("## Eerst aanpakken\n") && md.contains("## Eerst uitzoeken\n") && md.contains("## Niet eens\n"))
        #expect(md.contains("Legenda: ✔ ja · ✘ nee · ? weet niet · · open · – n.v.t."))
    }

    @Test func theCSVReadsBackWithACSVParser() throws {
        let s = try session()
        let csv = CSVReport.render(s)
        #expect(csv.hasPrefix("phase,step,step_text,lens,answer,note,gap_kind,drivers,score,votes\r\n"))
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        #expect(
            reader.headerRow == [
                "phase", "step", "step_text", "lens", "answer", "note", "gap_kind", "drivers", "score", "votes",
            ])
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(rows.count == s.stepCount * 5)
        #expect(rows.allSatisfy { $0.count == 10 })
        #expect(
            rows.map { $0[3] }
                == Array(repeating: ["brand", "customer", "employee", "service", "user"], count: 3).flatMap { $0 })
        #expect(
            rows[1] == [
                "Find", "1", "Search the site", "customer", "no", "Too many clicks, \"really\" | 3", "", "", "0.00", "",
            ])
        #expect(rows[5][2] == Sanitize.line(Self.hostile))
        #expect(rows[9] == ["Find", "2", Sanitize.line(Self.hostile), "user", "n/a", "", "", "", "", ""])
        #expect(rows[8][4] == "dont_know")
        let allowed: Set<String> = ["open", "yes", "no", "dont_know", "n/a"]
        #expect(rows.allSatisfy { allowed.contains($0[4]) })
    }
}
