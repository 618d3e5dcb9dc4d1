import Foundation
import JourneyCheckCore
import Testing

/// `journeycheck drivers` and `impact` as a consultant uses them: a Dutch survey export, the
/// analysis in every format, the weights into a session and back out in the workshop.
@Suite(.serialized) struct DriversTests {
    /// A Dutch export as survey tools write it: a byte order mark, `;`, decimal commas, a
    /// respondent number, a text column, some `weet niet`. NPS depends on the themes.
    static func survey(n: Int = 600, seed: UInt64 = 1) -> String {
        var rng = SplitMix64(seed: seed)
        func uniform() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
        var lines = ["klant;NPS;Persoonlijke aandacht;Snelheid;Betrouwbaarheid;opmerking"]
        for i in 0..<n {
            // Speed matters most and scores lowest: a theme to fix first.
            let a = 4 + uniform() * 6, s = 1 + uniform() * 7, b = 5 + uniform() * 5
            let noise = (uniform() + uniform() + uniform() - 1.5) * 2
            let nps = max(0, min(10, (0.3 * a + 0.55 * s + 0.15 * b + noise - 0.5).rounded()))
            func dutch(_ v: Double) -> String { String(format: "%.1f", v).replacingOccurrences(of: ".", with: ",") }
            lines.append(
                ["\(i + 1)", "\(Int(nps))", i % 41 == 0 ? "weet niet" : dutch(a), dutch(s), dutch(b), "prima"]
                    .joined(separator: ";"))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    func folder() throws -> URL {
        let folder = try workshopFolder()
        try Data(Self.survey().utf8).write(to: folder.appendingPathComponent("enquete.csv"))
        let journey = try OutlineParser.parse(file: folder.appendingPathComponent("online-bestelling.md").path)
        var s = Session(journey: journey, now: fixedDate)
        try s.answer("s1", .customer, .no, now: fixedDate)
        try s.toggleDriver("s1", .customer, number: 2, now: fixedDate)
        try SessionCodec.encode(s).write(to: folder.appendingPathComponent("s.json"))
        return folder
    }

    @Test func theAnalysisOfADutchExportInEveryFormat() throws {
        let folder = try folder()
        let r = try runCLI(
            ["drivers", "enquete.csv", "--outcome", "NPS", "--seed", "7", "--bootstrap", "200"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        for part in [
            "Driver analysis of enquete.csv: outcome 'NPS', scale 0–10", "Persoonlijke aandacht", "fix first",
            "585 respondents used, 15 left out for a missing answer (listwise).", "exact over all 8 subsets",
            "over 200 resamples (seed 7)", "Left out as identifiers (every value a different whole number): klant",
            "Left out as text, not numbers: opmerking.", "drivers: Snelheid = 0.",
        ] {
            #expect(r.out.contains(part), "the output lacks '\(part)'")
        }
        // json for scripts: the fields the issue names, weights summing to 1, importances to r2.
        let j = try runCLI(
            ["drivers", "enquete.csv", "--outcome", "NPS", "--seed", "7", "--bootstrap", "200", "--format", "json"],
            in: folder)
        let json = try JSONSerialization.jsonObject(with: Data(j.out.utf8)) as! [String: Any]
        for key in ["outcome", "n", "dropped", "r2", "method", "nps", "nps_margin", "drivers"] {
            #expect(json[key] != nil, "json lacks \(key)")
        }
        let drivers = json["drivers"] as! [[String: Any]]
        #expect(drivers.count == 3)
        for d in drivers {
            for key in ["name", "importance", "weight", "low", "high", "sign", "mean", "quadrant"] {
                #expect(d[key] != nil, "a driver lacks \(key)")
            }
        }
        #expect(abs(drivers.map { $0["weight"] as! Double }.reduce(0, +) - 1) < 1e-9)
        #expect(abs(drivers.map { $0["importance"] as! Double }.reduce(0, +) - (json["r2"] as! Double)) < 1e-9)
        // The same seed, the same numbers.
        let again = try runCLI(
            ["drivers", "enquete.csv", "--outcome", "NPS", "--seed", "7", "--bootstrap", "200", "--format", "json"],
            in: folder)
        #expect(again.out == j.out)
        for format in ["markdown", "csv"] {
            #expect(
                try runCLI(["drivers", "enquete.csv", "--outcome", "NPS", "--format", format], in: folder).status == 0)
        }
    }

    @Test func theHTMLPageHasItsChartsInABrowser() throws {
        let folder = try folder()
        let r = try runCLI(
            ["drivers", "enquete.csv", "--outcome", "NPS", "--bootstrap", "50", "--format", "html", "-o", "d.html"],
            in: folder)
        #expect(r.status == 0, "\(r.err)")
        guard let chromium = HTMLReportTests().browser() else { return }
        let dom = try HTMLReportTests().chromium(chromium, folder.appendingPathComponent("d.html"), ["--dump-dom"]).out
        #expect(dom.components(separatedBy: "<svg").count - 1 == 2)
        #expect(dom.contains("class=\"bar fix\"") && dom.contains("class=\"dot fix\""))
        #expect(dom.contains(">fix first</text>") && dom.contains(">Persoonlijke aandacht</text>"))
        #expect(!dom.contains("<script"))
    }

    @Test func theWeightsGoIntoTheSessionAndTheWorkshopCanUndoThem() throws {
        let folder = try folder()
        let r = try runCLI(
            ["drivers", "enquete.csv", "--outcome", "NPS", "--seed", "7", "--bootstrap", "100", "--apply", "s.json"],
            in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("s.json: weights written for 3 of 3 drivers: persoonlijke aandacht 0."), "\(r.err)")
        let s = try SessionStore.read(folder.appendingPathComponent("s.json").path)
        #expect(s.drivers.allSatisfy { $0.weightSource?.kind == .analysis && $0.weightSource?.n == 585 })
        #expect(s.drivers[0].weightSource?.detail?.hasPrefix("enquete.csv, LMG, n = 585, R² = ") == true)
        #expect(s.drivers[0].weightSource?.replacedWeight == 0.4)
        #expect(abs(s.drivers.compactMap(\.weight).reduce(0, +) - 1) < 0.011)
        // The reports and the CSV's score say it.
        let md = try runCLI(["export", "s.json"], in: folder).out
        #expect(md.contains("· analyse n=585"), "\(md.prefix(600))")
        let csv = try runCLI(["export", "s.json", "--format", "csv"], in: folder).out
        let snelheid = try #require(s.drivers.first { $0.name == "snelheid" }?.weight)
        #expect(csv.contains(",customer,no,,,snelheid,\(formatScore(snelheid)),"))
        // On the wall: the source once, beside the drivers; `u` gives the outline's weights back.
        let t = try Tmux("\(binary) resume s.json", in: folder)
        let screen = try t.waitFor("Drivers (analyse n=585):")
        #expect(screen.contains("snelheid (\(formatWeight(snelheid)))"))
        try t.send("u")
        try t.waitFor("Drivers: persoonlijke aandacht (0.4) · snelheid (0.35) ·")
        try t.quit()
        let back = try SessionStore.read(folder.appendingPathComponent("s.json").path)
        #expect(back.drivers.map(\.weight) == [0.4, 0.35, 0.25])
        #expect(back.drivers.allSatisfy { $0.weightSource?.kind == .outline })
    }

    /// Bad input: exit 1, one line per problem naming the file and line or the column, and the
    /// session byte for byte as it was.
    static let bad: [(String, [String], String)] = [
        (
            "klant;NPS;snelheid\n"
                + (1...30).map { "\($0);\($0 % 11);\($0 == 7 ? "snel" : "\($0 % 5)")" }.joined(separator: "\n"),
            [], "x.csv:8: column 'snelheid': 'snel' is not a number"
        ),
        (
            "NPS;snelheid\n1;2\n", ["--theme", "prijs"],
            "x.csv: unknown column 'prijs' for --theme (the columns are NPS, snelheid)"
        ),
        (
            "NPS;snelheid;zorg\n" + (1...30).map { "\($0 % 11);4;\($0 % 3)" }.joined(separator: "\n"), [],
            "x.csv: the theme 'snelheid' has the same value for every respondent used"
        ),
        (
            "NPS;snelheid;tempo\n" + (1...30).map { "\($0 % 11);\($0 % 4);\(($0 % 4) * 2)" }.joined(separator: "\n"),
            [],
            "x.csv: the themes 'tempo' and 'snelheid' are the same up to scale (singular)"
        ),
        (
            "NPS;a;b;c\n" + (1...12).map { "\($0 % 11);\($0 % 3);\($0 % 4);\($0 % 5)" }.joined(separator: "\n"), [],
            "x.csv: 12 complete respondents (0 left out for a missing answer) for 3 themes: the analysis needs at least 13"
        ),
        (
            "NPS;a\n" + (1...30).map { "\($0 == 5 ? 12 : $0 % 11);\($0 % 3)" }.joined(separator: "\n"),
            ["--scale", "0-10"],
            "x.csv:6: the outcome 'NPS' is 12, outside its scale 0–10"
        ),
        ("PK\u{3}\u{4}\u{0}\u{0}binary", [], "x.csv: not a text file (binary data); export the survey as CSV"),
    ]

    @Test(arguments: bad) func badInputIsRefusedAndTheSessionStaysAsItWas(
        _ text: String, _ extra: [String], _ message: String
    )
        throws
    {
        let folder = try folder()
        try Data(text.utf8).write(to: folder.appendingPathComponent("x.csv"))
        let session = folder.appendingPathComponent("s.json")
        let before = try Data(contentsOf: session)
        let r = try runCLI(
            ["drivers", "x.csv", "--outcome", "NPS", "--apply", "s.json", "--bootstrap", "20"] + extra, in: folder)
        #expect(r.status == 1)
        #expect(r.err.contains(message), "\(r.err)")
        #expect(try Data(contentsOf: session) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".s.json.journal").path))
    }

    @Test func noMatchingNameWritesNothing() throws {
        let folder = try folder()
        let before = try Data(contentsOf: folder.appendingPathComponent("s.json"))
        let text = "NPS;prijs;sfeer\n" + (1...40).map { "\($0 % 11);\($0 % 3);\($0 % 7)" }.joined(separator: "\n")
        try Data(text.utf8).write(to: folder.appendingPathComponent("x.csv"))
        let r = try runCLI(
            ["drivers", "x.csv", "--outcome", "NPS", "--apply", "s.json", "--bootstrap", "0"], in: folder)
        #expect(r.status == 1 && r.err.contains("no theme matches a driver of the session"), "\(r.err)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("s.json")) == before)
    }

    @Test func impactComparesTheHighScorersWithTheRest() throws {
        let folder = temporaryFolder()
        // Ten customers scoring 8 or more spend 120 on average, ten below spend 80.
        var lines = ["score;omzet"]
        for i in 0..<10 { lines.append("\(8 + i % 3);\(110 + (i % 5) * 5)") }
        for i in 0..<10 { lines.append("\(3 + i % 5);\(70 + (i % 5) * 5)") }
        lines.append("weet niet;100")
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("i.csv"))
        let r = try runCLI(
            ["impact", "i.csv", "--score", "score", "--value", "omzet", "--customers", "1000", "--format", "json"],
            in: folder)
        #expect(r.status == 0, "\(r.err)")
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        for key in [
            "threshold", "high", "low", "difference", "difference_low", "difference_high", "slope",
            "per_customer_for_0_2",
        ] {
            #expect(json[key] != nil, "json lacks \(key)")
        }
        let high = json["high"] as! [String: Any], low = json["low"] as! [String: Any]
        #expect(high["n"] as! Int == 10 && low["n"] as! Int == 10)
        #expect(abs((high["mean"] as! Double) - 120) < 1e-9 && abs((low["mean"] as! Double) - 80) < 1e-9)
        // Equal groups of 10 with variance 500/9: Welch's df is 18, t = 2.1009, se = √(2·(500/9)/10).
        let se = (2 * (500.0 / 9) / 10).squareRoot()
        #expect(abs((json["difference_low"] as! Double) - (40 - 2.100922 * se)) < 1e-4)
        #expect(abs((json["dropped"] as! Int) - 1) == 0)
        let text = try runCLI(["impact", "i.csv", "--score", "score", "--value", "omzet"], in: folder).out
        #expect(text.contains("An association in this sample, not proof of cause"))
    }
}
