import Foundation
import Testing

@testable import JourneyCheckCore

/// Whose report it is (organisation, logo, accent colour) and behaviour drivers: read from the
/// outline, checked there, kept in the session, shown in the reports.
@Suite struct BrandingTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]

    func outline(_ settings: String, files: [String: [UInt8]] = [:]) throws -> (folder: URL, path: String) {
        let folder = temporaryFolder()
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        let path = folder.appendingPathComponent("j.md").path
        try Data("# Reis\n\(settings)\n\n## Fase\n- Stap een\n".utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test func theOutlineSetsOrganisationLogoAccentAndBehaviourDrivers() throws {
        let (_, path) = try outline(
            "organisatie: De Woonwinkel\nlogo: logo.png\naccent: #0B6\ndrivers: aandacht = 0.5 [gedrag]; snelheid = 0.3; respect [Behaviour]",
            files: ["logo.png": Self.png])
        let j = try OutlineParser.parse(file: path)
        #expect(j.branding.organisation == "De Woonwinkel")
        #expect(j.branding.accent == "#00bb66")
        #expect(j.branding.logo?.kind == .png && j.branding.logo?.file == "logo.png")
        #expect(j.branding.logo.map { Data(base64Encoded: $0.data) } == Data(Self.png))
        #expect(j.drivers.map(\.name) == ["aandacht", "snelheid", "respect"])
        #expect(j.drivers.map(\.behaviour) == [true, false, true])
        #expect(j.drivers[0].weight == 0.5)
        // Kept in the session and its file.
        let s = Session(journey: j, now: fixedDate)
        let back = try SessionCodec.decode(SessionCodec.encode(s), file: "s.json")
        #expect(back.workshop.branding == j.branding && back.drivers == j.drivers)
    }

    @Test(arguments: [
        ("logo: missing.svg", [String: [UInt8]](), "j.md:2: the logo 'missing.svg': no such file"),
        ("logo: logo.gif", ["logo.gif": Array("GIF89a".utf8)], "j.md:2: the logo 'logo.gif' is not a PNG or SVG image"),
        ("logo: empty.png", ["empty.png": []], "j.md:2: the logo 'empty.png' is empty"),
        (
            "logo: big.svg", ["big.svg": Array("<svg>".utf8) + [UInt8](repeating: 0x20, count: 600_000)],
            "j.md:2: the logo 'big.svg' is 585.9 KB; a logo may be at most 512.0 KB"
        ),
        ("accent: blauw", [:], "j.md:2: the accent colour 'blauw' is not a colour; write it as '#1f6feb'"),
        ("organisation:", [:], "j.md:2: the organisation is empty"),
    ])
    func aBadSettingNamesItsLine(_ setting: String, _ files: [String: [UInt8]], _ message: String) throws {
        let (_, path) = try outline(setting, files: files)
        do {
            _ = try OutlineParser.parse(file: path)
            Issue.record("\(setting) was accepted")
        } catch {
            #expect(error.description.hasSuffix(message), "\(error.description)")
        }
    }

    @Test func aVersion4FileReadsWithoutBrandingOrBehaviourDrivers() throws {
        let s = try SessionStore.read(
            packageRoot.appendingPathComponent("Tests/Fixtures/v4/full-v4.json").path)
        #expect(s.version == 5)
        #expect(s.workshop.branding == Branding())
        #expect(s.drivers.allSatisfy { !$0.behaviour })
        // Written again, the file has none of the new keys.
        let text = String(decoding: try SessionCodec.encode(s), as: UTF8.self)
        #expect(!text.contains("organisation") && !text.contains("behaviour\"") && !text.contains("\"logo\""))
    }

    @Test func theLevelToStartOnFollowsTheHeaviestDriver() {
        let w = Wording(.en)
        let human = StartLevel([
            Driver(name: "speed", weight: 0.3), Driver(name: "attention", weight: 0.45, behaviour: true),
        ])
        #expect(human.level == .behaviour && human.heaviest?.name == "attention")
        #expect(
            human.sentence(w).hasPrefix("Level 1: behaviour. The heaviest driver, attention, is a behaviour driver"))
        let process = StartLevel([
            Driver(name: "speed", weight: 0.5), Driver(name: "attention", weight: 0.45, behaviour: true),
        ])
        #expect(process.level == .journey)
        #expect(
            process.sentence(w).hasPrefix("Level 2: journey. The heaviest driver, speed, is not a behaviour driver"))
        #expect(StartLevel([Driver(name: "a", behaviour: true)]).level == .journey)
        #expect(StartLevel([]).sentence(w).hasPrefix("Level 2: journey. No driver has a weight"))
    }

    @Test func theReportsSayWhoseReportItIs() throws {
        let (_, path) = try outline(
            "organisation: Acme <Energy>\nlogo: l.svg\naccent: #0b6e4f\ndrivers: attention = 0.6 [behaviour]; speed = 0.4",
            files: ["l.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>".utf8)])
        let s = Session(journey: try OutlineParser.parse(file: path), now: fixedDate)
        let html = HTMLReport.render(s, timeZone: .utc)
        #expect(html.contains("<p class=\"meta\">Acme &lt;Energy&gt; · 2026-11-18</p>"))
        #expect(html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,"))
        // The SVG is an image (no script runs from an <img>), never markup in the page.
        #expect(!html.contains("<script>") && !html.contains("<svg"))
        #expect(html.contains("<style>:root { --accent: #0b6e4f; }</style>"))
        #expect(html.contains("Level 1: behaviour. The heaviest driver, attention"))
        let md = MarkdownReport.render(s, timeZone: .utc)
        #expect(md.contains("**Organisation:** Acme \\<Energy\\>"))
        #expect(md.contains("attention (0.6 · behaviour); speed (0.4)"))
        #expect(md.contains("## Level to start on\n\nLevel 1: behaviour."))
    }
}
