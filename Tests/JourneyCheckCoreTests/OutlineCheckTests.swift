import Foundation
import Testing

@testable import JourneyCheckCore

/// `validate` is as strict as a compiler: errors for what cannot be meant, warnings (with both
/// lines) for what is legal but likely wrong. Each case with its exact message.
@Suite struct OutlineCheckTests {
    static let tags = "the known tags are [digital] or [digitaal], and [owner: department] or [afdeling: afdeling]"

    @Test(
        arguments: [
            ("# T\n## P\n- Ik zoek een bank [digital\n", "t.md:3: the tag '[digital' is not closed with ']'; \(tags)"),
            ("# T\n## P\n- Ik zoek een bank [foo]\n", "t.md:3: unknown tag '[foo]'; \(tags)"),
            ("# T\nlanguage: english\n## P\n- s\n", "t.md:2: language 'english' is not known; use nl or en"),
        ])
    func errors(text: String, message: String) {
        guard case .failure(let error) = parseOutline(text, file: "t.md") else {
            Issue.record("accepted: \(text)")
            return
        }
        #expect(error.problems.map(\.description) == [message])
    }

    @Test(
        arguments: [
            (
                "# T\n## P\n- Ik bel de winkel\n- iets anders\n- ik bel de winkel\n",
                "t.md:5: warning: the step 'ik bel de winkel' is there twice (first on line 3)"
            ),
            (
                "# T\n## Bestellen\n- a\n## Levering\n- b\n## bestellen\n- c\n",
                "t.md:6: warning: the phase 'bestellen' is there twice (first on line 2)"
            ),
            (
                "# T\ndrivers: a = 0.5; b = 0.8\n## P\n- s\n",
                "t.md:2: warning: the driver weights add up to 1.3, not 1; they count as relative weights (each one's "
                    + "share of the sum)"
            ),
            (
                "# T\ndeelnemers: directie, verkoop\n## P\n- s [afdeling: logistiek]\n- t [afdeling: webshop]\n",
                "t.md:4: warning: the step owners 'logistiek', 'webshop' are not among the participants"
            ),
            (
                "# T\n## P\n- s [owner: Logistics]\n",
                "t.md:3: warning: the step owner 'Logistics' is named, but the outline lists no participants"
            ),
        ])
    func warnings(text: String, message: String) throws {
        let journey = try parseOutline(text, file: "t.md").get()
        #expect(journey.warnings.map(\.description) == [message])
    }

    @Test func aCleanOutlineHasNoWarnings() throws {
        let text = "# T\ndrivers: a = 0.4; b = 0.6\ndeelnemers: Logistiek\n## P\n- s [afdeling: logistiek]\n- t\n"
        #expect(try parseOutline(text, file: "t.md").get().warnings.isEmpty)
    }
}
