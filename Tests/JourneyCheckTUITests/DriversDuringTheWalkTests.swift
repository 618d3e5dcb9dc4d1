import Foundation
import JourneyCheckCore
import Testing

@testable import JourneyCheckTUI

/// Right after a "no", a driver's number links that driver to it: the room knew which driver
/// hurt while it said no, so the decide screen does not start from every gap at 0.00.
@Suite struct DriversDuringTheWalkTests {
    @Test func aNumberRightAfterANoLinksThatDriver() {
        var s = makeState()
        press(&s, .char("y"), .char("n"))
        // The customer question got the no; the cursor is on the next question.
        #expect(s.session.cursor.lens == .employee)
        #expect(view(s).text.contains("1-9 driver for this no"))
        press(&s, .char("2"))
        #expect(s.session.steps[0].answers.customer.drivers == ["d2"])
        #expect(s.status == "Driver 2 (speed) linked to Customer, step 1.")
        press(&s, .char("1"))
        #expect(s.session.steps[0].answers.customer.drivers == ["d1", "d2"])
        // The same number again unlinks; the ranking follows at once.
        press(&s, .char("2"))
        #expect(s.session.steps[0].answers.customer.drivers == ["d1"])
        #expect(s.status == "Driver 2 (speed) unlinked from Customer, step 1.")
        #expect(s.decisions.fixFirst.first?.item.score == 0.4)
        // Any other key ends it: a number then only explains itself.
        press(&s, .char("y"))
        #expect(!view(s).text.contains("1-9 driver for this no"))
        press(&s, .char("2"))
        #expect(s.session.steps[0].answers.customer.drivers == ["d1"])
        #expect(s.status == "A number links a driver to a no, right after it was given.")
    }

    @Test func theLastNoOfAStepCanBeLinkedOnTheNextStep() {
        var s = makeState()
        press(&s, .char("y"), .char("y"), .char("y"), .char("y"), .char("n"))
        #expect(s.session.cursor.step == "s2")
        press(&s, .char("1"))
        #expect(s.session.steps[0].answers.user.drivers == ["d1"])
        #expect(s.session.steps[1].answers.brand.drivers.isEmpty)
        // One undo takes the link back, not the answer.
        press(&s, .char("u"))
        #expect(s.session.steps[0].answers.user.drivers.isEmpty && s.session.steps[0].answers.user.answer == .no)
    }

    @Test func aNumberIsNeverAScreenSwitch() {
        var s = makeState()
        for key in ["1", "2", "3"] { press(&s, .char(Character(key))) }
        #expect(s.screen == .step)
        press(&s, .char("o"))
        press(&s, .char("1"))
        #expect(s.screen == .overview)
    }
}
