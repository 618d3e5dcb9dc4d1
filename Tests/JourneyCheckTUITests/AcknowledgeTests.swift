import Foundation
import JourneyCheckCore
import Testing

@testable import JourneyCheckTUI

/// Every change kept is said on the status line: what, and in which file.
@Suite struct AcknowledgeTests {
    @Test func aNoteRightAfterTheStepMovedOnIsAcknowledged() {
        var s = makeState()
        for _ in 0..<5 { press(&s, .char("y")) }
        #expect(s.session.cursor.step == "s2")
        press(&s, .char("e"))
        type(&s, "Werkt goed op mobiel")
        press(&s, .enter)
        #expect(s.session.steps[0].answers.user.note == "Werkt goed op mobiel")
        #expect(s.status == "Note kept on step 1, User (in s.json).")
    }

    @Test func anActionIsAcknowledgedWithItsLevelOwnerAndDueDate() {
        var s = makeState()
        press(&s, .char("n"), .char("A"))
        type(&s, "Fix the filters")
        press(&s, .enter, .char("2"))
        type(&s, "Ann")
        press(&s, .enter)
        type(&s, "2027-01-15")
        press(&s, .enter)
        #expect(s.session.actions.count == 1)
        #expect(s.status == "Action kept: Fix the filters [journey, Ann, 2027-01-15] (in s.json).")
    }

    @Test func aFailedSaveIsNotSaidToBeKept() {
        var s = makeState()
        press(&s, .char("e"))
        type(&s, "x")
        press(&s, .enter)
        #expect(s.status?.hasPrefix("Note kept") == true)
        _ = update(&s, .saveFailed("disk full"))
        #expect(s.status == nil && s.saveProblem == "disk full")
    }
}
