import Foundation
import JourneyCheckCore
import Testing

@testable import JourneyCheckTUI

/// The walk knows what is still open, in whatever order the room answers.
@Suite struct OpenQuestionsTests {
    @Test func theOfferComesWithTheLastAnswerAndTheLastOpenOneIsNamed() {
        var s = makeState()
        // Steps 2 and 3 first, then step 1.
        press(&s, .right)
        for _ in 0..<4 { press(&s, .char("y")) }
        #expect(s.session.cursor.step == "s3")
        for _ in 0..<5 { press(&s, .char("n")) }
        press(&s, .left, .left)
        #expect(s.session.cursor.step == "s1")
        for _ in 0..<3 { press(&s, .char("y")) }
        press(&s, .char("w"))
        #expect(s.index.total.open == 1)
        #expect(s.status == "One open question left: step 1, User.")
        press(&s, .char("y"))
        #expect(s.index.total.open == 0)
        #expect(s.status == "Every step answered. m: metrics and habits · p: decide what comes first.")
    }
}
