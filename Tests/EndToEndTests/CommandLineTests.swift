import Foundation
import JourneyCheckCore
import Testing

/// The commands a script or a facilitator types, with their exit codes and messages.
@Suite struct CommandLineTests {
    @Test func validateSaysOkOrListsProblemsWithLines() throws {
        let folder = try workshopFolder()
        let ok = try runCLI(["validate", "online-bestelling.md"], in: folder)
        #expect(ok.status == 0)
        #expect(ok.out == "online-bestelling.md: ok (outline, 15 steps in 4 phases)\n")
        try "# T\ndrivers: a = veel\n## P\n".write(
            to: folder.appendingPathComponent("bad.md"), atomically: true, encoding: .utf8)
        let bad = try runCLI(["validate", "online-bestelling.md", "bad.md"], in: folder)
        #expect(bad.status == 1)
        #expect(
            bad.err == """
                bad.md:2: the weight of driver 'a' is 'veel', which is not a number (write e.g. 'a = 0.4')
                bad.md:3: the phase 'P' has no steps

                """)
    }

    @Test func newNeverOverwritesAndExportWritesBothFormats() throws {
        let folder = try workshopFolder()
        #expect(try runCLI(["new", "online-bestelling.md", "-o", "s.json"], in: folder).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("s.json"))
        let again = try runCLI(["new", "online-bestelling.md", "-o", "s.json"], in: folder)
        #expect(again.status == 1)
        #expect(again.err.contains("s.json: already exists; open it with: journeycheck resume s.json"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("s.json")) == before)

        let md = try runCLI(["export", "s.json"], in: folder)
        #expect(md.status == 0 && md.out.hasPrefix("# Rapport: Online bestelling bij de woonwinkel"))
        let csv = try runCLI(["export", "s.json", "--format", "csv", "-o", "r.csv"], in: folder)
        #expect(csv.status == 0 && csv.out.isEmpty)
        let text = try String(contentsOf: folder.appendingPathComponent("r.csv"), encoding: .utf8)
        #expect(text.hasPrefix("phase,step,step_text,lens,answer,note,gap_kind,drivers,score,votes\r\n"))
        #expect(text.components(separatedBy: "\r\n").count == 15 * 5 + 2)
    }

    @Test func usageErrorsExit64AndBadInputExits1() throws {
        let folder = temporaryFolder()
        #expect(try runCLI(["export"], in: folder).status == 64)
        #expect(try runCLI(["export", "x.json", "--format", "xml"], in: folder).status == 64)
        #expect(try runCLI(["frobnicate"], in: folder).status == 64)
        let missing = try runCLI(["export", "nope.json"], in: folder)
        #expect(missing.status == 1 && missing.err == "nope.json: no such file\n")
        #expect(try runCLI(["--help"], in: folder).out.contains("USAGE: journeycheck"))
    }

    @Test func withoutATerminalTheScreenSaysSoAfterCheckingTheFile() throws {
        let folder = try workshopFolder()
        #expect(try runCLI(["new", "online-bestelling.md", "-o", "s.json"], in: folder).status == 0)
        let r = try runCLI(["resume", "s.json"], in: folder)
        #expect(r.status == 1)
        #expect(r.err.contains("needs an interactive terminal"))
        #expect(!r.out.contains("\u{1B}") && !r.err.contains("\u{1B}"))
        try "{".write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let broken = try runCLI(["resume", "broken.json"], in: folder)
        #expect(broken.status == 1 && broken.err.hasPrefix("broken.json:1:"))
        let start = try runCLI(["start", "online-bestelling.md", "--session", "n.json"], in: folder)
        #expect(start.status == 1 && start.err.contains("interactive terminal"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("n.json").path))
    }

    /// Days are the C library's local time (TZ, summer time included), not ICU's: a session
    /// begun at 22:30 UTC is on the next day in Amsterdam in July (+2) but not in January (+1).
    @Test func reportDaysFollowTheLocalZoneWithSummerTime() throws {
        let folder = try workshopFolder()
        try newSession(folder)
        let file = folder.appendingPathComponent("s.json")
        let original = try String(contentsOf: file, encoding: .utf8)
        let stamp = try #require(original.firstMatch(of: /"created" : "([^"]+)"/)?.1)
        let cet = "CET-1CEST,M3.5.0,M10.5.0/3"  // Europe/Amsterdam, spelled out so no tz database is needed
        for (instant, zone, day) in [
            ("2026-07-01T22:30:00Z", "UTC0", "2026-07-01"), ("2026-07-01T22:30:00Z", cet, "2026-07-02"),
            ("2026-01-01T22:30:00Z", cet, "2026-01-01"), ("2026-07-01T01:00:00Z", "<-0330>3:30", "2026-06-30"),
        ] {
            try original.replacingOccurrences(of: String(stamp), with: instant).write(
                to: file, atomically: true, encoding: .utf8)
            let r = try runCLI(["export", "s.json"], in: folder, env: ["TZ": zone])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("**Datum:** \(day)"), "\(zone) \(instant): \(r.out.prefix(300))")
        }
    }
}
