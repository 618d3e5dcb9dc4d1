import Foundation
import JourneyCheckCore
import Testing

/// The HTML report in a real browser: Debian's chromium, headless.
@Suite(.serialized) struct HTMLReportTests {
    static let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> & \"quotes\""

    /// chromium, or nil. In CI (`.ci/run` sets JOURNEYCHECK_CI) its absence fails the test;
    /// elsewhere the test says why it did not look.
    static func chromium() -> String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in ["/usr/bin", "/usr/local/bin", "/snap/bin"]
            where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    func browser() -> String? {
        if let path = Self.chromium() { return path }
        if ProcessInfo.processInfo.environment["JOURNEYCHECK_CI"] != nil {
            Issue.record("chromium is not installed: .ci/run installs it with apt (apt-get install chromium)")
        } else {
            print(
                "HTMLReportTests: chromium not found; install it (apt-get install chromium) to check the HTML report in a browser"
            )
        }
        return nil
    }

    /// Run headless chromium on a file with extra arguments.
    func chromium(_ path: String, _ file: URL, _ args: [String]) throws -> (status: Int32, out: String) {
        let profile = temporaryFolder()
        let r = try runCLI(
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"]
                + args + [file.absoluteString], in: profile, executable: path)
        return (r.status, r.out)
    }

    /// A session with decisions and a hostile step, exported as HTML by the real binary.
    func exported() throws -> (folder: URL, html: URL, session: Session) {
        let folder = temporaryFolder()
        var journey = try OutlineParser.parse(
            file: packageRoot.appendingPathComponent("workshops/online-bestelling.md").path)
        journey.phases[1].steps[1].text = Self.hostile
        var s = Session(journey: journey, now: fixedDate)
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.answer("s2", .customer, .no, now: fixedDate)
        try s.answer("s5", .service, .no, now: fixedDate)
        try s.answer("s3", .employee, .dontKnow, now: fixedDate)
        try s.toggleDriver("s5", .service, number: 2, now: fixedDate)
        try s.setGap("s5", .service, .implementation, now: fixedDate)
        try s.setResearch(
            "s3", .employee, Research(who: "Sanne", method: .interview, due: "2027-01-10"), now: fixedDate)
        try s.addAction(
            step: "s5", lens: .service, text: "Config <b>sneller</b>", level: .journey, owner: "IT", now: fixedDate)
        try s.addAction(
            step: nil, lens: nil, text: "Elke week een klantverhaal", level: .behaviour, owner: "MT", now: fixedDate)
        try s.setTopMoment(
            TopMoment(step: "s10", text: "De bezorgers maken een foto van de bank in je kamer", shareable: true),
            now: fixedDate)
        try SessionCodec.encode(s).write(to: folder.appendingPathComponent("s.json"))
        let r = try runCLI(["export", "s.json", "--format", "html", "-o", "r.html"], in: folder, env: ["TZ": "UTC"])
        #expect(r.status == 0, "\(r.err)")
        return (folder, folder.appendingPathComponent("r.html"), s)
    }

    @Test func thePageIsSelfContainedAndEscapesByConstruction() throws {
        let (_, html, _) = try exported()
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(!text.contains("<script") && !text.contains("<img") && !text.contains("<b>"))
        // Nothing to fetch: no attribute that loads anything (the hostile text aside, which is text).
        let tags = text.replacingOccurrences(of: "&lt;img src=x", with: "")
        #expect(
            !tags.contains(" src=") && !tags.contains(" href=") && !tags.contains("@import") && !tags.contains("url("))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // The paper is the reader's (A4 or US Letter, from the print dialog); the margins are ours.
        #expect(text.contains("@page { margin:") && !text.contains("size: A4"))
    }

    @Test func chromiumReadsEveryStepAndDecision() throws {
        guard let path = browser() else { return }
        let (_, html, s) = try exported()
        let r = try chromium(path, html, ["--dump-dom"])
        #expect(r.status == 0)
        let dom = r.out
        #expect(dom.contains("<h2>Eerst aanpakken</h2>") && dom.contains("<h2>Eerst uitzoeken</h2>"))
        // The hostile step is text in the DOM, not an element: no script ran, no image was made.
        #expect(!dom.contains("<script") && !dom.contains("<img"))
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
        // Every step is a row of the heatmap, in order.
        let heatmap = try #require(
            dom.components(separatedBy: "<table class=\"heatmap\">").dropFirst().first?
                .components(separatedBy: "</table>").first)
        var rest = heatmap[...]
        for (i, step) in s.steps.enumerated() {
            let escaped = step.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
                of: "<", with: "&lt;"
            )
            .replacingOccurrences(of: ">", with: "&gt;")
            guard let at = rest.range(of: "<td class=\"n\">\(i + 1)</td>"), let t = rest.range(of: escaped) else {
                Issue.record("step \(i + 1) missing from the heatmap")
                break
            }
            #expect(at.lowerBound < t.lowerBound)
            rest = rest[t.upperBound...]
        }
        #expect(heatmap.components(separatedBy: "class=\"cell no\"").count - 1 == 3)
        // The decisions: the scored gap first, its kind and action; who finds out; both levels; the moment.
        let fix = try #require(
            dom.components(separatedBy: "id=\"fix-first\"").dropFirst().first?.components(separatedBy: "</section>")
                .first)
        // Only the gap something was decided about is a row; the other two are counted.
        let rows = fix.components(separatedBy: "<tr>").dropFirst(2)
        #expect(rows.count == 1)
        #expect(fix.contains("2 nee's zonder driver of actie"))
        #expect(
            rows.first?.contains("5. Ik stel de bank samen") == true
                && rows.first?.contains("implementatiekloof") == true
                && rows.first?.contains("0.35") == true
                && rows.first?.contains("Config &lt;b&gt;sneller&lt;/b&gt; (journey, IT)") == true)
        for text in [
            "Sanne", "interview", "2027-01-10", "Niveau 1: gedrag", "Elke week een klantverhaal", "hele journey",
            "De bezorgers maken een foto van de bank in je kamer", "✔ Creëer momenten die men wil delen",
            "2 gaten zonder actie.",
        ] {
            #expect(dom.contains(text), "the DOM lacks \(text)")
        }
    }

    @Test func itPrintsToAPDFAndTheScreenshotIsNotBlank() throws {
        guard let path = browser() else { return }
        let (folder, html, _) = try exported()
        let pdf = folder.appendingPathComponent("r.pdf")
        _ = try chromium(path, html, ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"])
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect(bytes.count > 20_000, "\(bytes.count) bytes")
        // A blank page of the same size compresses to almost nothing; the report does not.
        let blank = folder.appendingPathComponent("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)
        let shotBlank = folder.appendingPathComponent("blank.png"), shot = folder.appendingPathComponent("r.png")
        _ = try chromium(path, blank, ["--window-size=1000,1400", "--screenshot=\(shotBlank.path)"])
        _ = try chromium(path, html, ["--window-size=1000,1400", "--screenshot=\(shot.path)"])
        let blankSize = try Data(contentsOf: shotBlank).count, size = try Data(contentsOf: shot).count
        #expect(size > 10 * blankSize, "screenshot \(size) bytes, blank \(blankSize)")
    }
}
