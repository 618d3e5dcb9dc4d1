import Foundation
import JourneyCheckCore
import Testing

@testable import JourneyCheckTUI

/// Time per step counts only while the step is on the step screen: minutes on the decide,
/// overview, help or metrics screen, or on a break, go on no step.
@Suite struct StepClockTests {
    func at(_ s: inout AppState, _ seconds: TimeInterval) { _ = update(&s, .time(t0.addingTimeInterval(seconds))) }

    @Test func otherScreensDoNotCountOnTheStep() {
        var s = makeState()
        at(&s, 20)
        press(&s, .char("y"))
        #expect(s.currentStepSeconds == 20)
        // Three minutes on the decide screen.
        press(&s, .char("p"))
        at(&s, 200)
        #expect(s.currentStepSeconds == 20 && s.totalSeconds == 20)
        press(&s, .escape)
        at(&s, 230)
        #expect(s.currentStepSeconds == 50)
        // Help, the overview and the metrics screen alike.
        press(&s, .char("?"))
        at(&s, 400)
        press(&s, .char("?"))
        press(&s, .char("o"))
        at(&s, 500)
        press(&s, .escape)
        press(&s, .char("m"))
        at(&s, 600)
        press(&s, .escape)
        at(&s, 610)
        #expect(s.currentStepSeconds == 60)
        #expect(s.totalSeconds == 60)
        // Booked on the step when the step is left.
        press(&s, .right)
        #expect(s.session.steps[0].seconds == 60)
    }

    @Test func theStepClockNeverShowsMoreThanTheTotal() {
        var s = makeState()
        var seconds: TimeInterval = 0
        let keys: [Key] = [
            .char("y"), .char("p"), .escape, .char("n"), .right, .char("o"), .enter, .char(" "), .char(" "),
        ]
        for round in 0..<40 {
            seconds += Double(round % 7 + 1) * 11
            at(&s, seconds)
            press(&s, keys[round % keys.count])
            #expect(
                s.currentStepSeconds <= s.totalSeconds, "round \(round): \(s.currentStepSeconds) > \(s.totalSeconds)")
        }
    }
}
