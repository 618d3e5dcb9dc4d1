import Foundation
import JourneyCheckCore
import Testing

@testable import JourneyCheckTUI

/// Actions are edited in place on the decide screen, every prompt starting from what the
/// action says now; the action keeps its place, id and history.
@Suite struct EditInPlaceTests {
    @Test func anActionIsEditedInPlace() throws {
        var s = makeState()
        press(&s, .char("n"), .char("A"))
        type(&s, "Fix the filters")
        press(&s, .enter, .char("2"))
        type(&s, "Ann")
        press(&s, .enter, .enter)
        let id = try #require(s.session.actions.first?.id)
        press(&s, .char("p"))
        // Down to the action under its gap.
        while s.decideSelection < s.decideRows.count - 1, case .gap = s.decideRow(s.decideSelection) {
            press(&s, .down)
        }
        guard case .action(let a) = s.decideRow(s.decideSelection) else {
            Issue.record("no action selected: \(s.decideRows)")
            return
        }
        #expect(a.id == id)
        press(&s, .char("e"))
        // The text is there to change: add to it.
        type(&s, " on mobile")
        press(&s, .enter, .char("1"))
        // The owner too: replace it.
        for _ in 0..<3 { press(&s, .backspace) }
        type(&s, "Bo")
        press(&s, .enter)
        type(&s, "2027-02-01")
        press(&s, .enter)
        #expect(s.session.actions.count == 1)
        let edited = try #require(s.session.actions.first)
        #expect(edited.id == id && edited.text == "Fix the filters on mobile")
        #expect(edited.level == .behaviour && edited.owner == "Bo" && edited.due == "2027-02-01")
        #expect(s.status == "Action kept: Fix the filters on mobile [behaviour, Bo, 2027-02-01] (in s.json).")
        // One undo takes the whole edit back.
        press(&s, .char("u"))
        #expect(s.session.actions.first?.text == "Fix the filters" && s.session.actions.first?.owner == "Ann")
    }
}
