import Foundation
import JourneyCheckCore
import Testing

@testable import JourneyCheckTUI

/// The next session remembers: last time's note beside last time's answer, last time's driver
/// links and gap kind as a suggestion one key keeps, and every find-out reviewed.
@Suite struct NextSessionRemembersTests {
    func previous() throws -> Session {
        var s = makeState(.nl).session
        try s.answer("s1", .customer, .no, now: t0)
        try s.setNote("s1", .customer, "te traag", now: t0)
        try s.toggleDriver("s1", .customer, number: 2, now: t0)
        try s.setGap("s1", .customer, .implementation, now: t0)
        try s.answer("s1", .employee, .dontKnow, now: t0)
        try s.setResearch("s1", .employee, Research(who: "Sanne", method: .interview, due: "2027-01-15"), now: t0)
        return s
    }

    @Test func theReviewAsksWhatBecameOfEveryFindOut() throws {
        let next = Session.reassess(try previous(), path: "eerste.json", now: t0.addingTimeInterval(86_400 * 42))
        var s = AppState(session: next, path: "tweede.json", size: TermSize(80, 24), now: t0, timeZone: .utc)
        #expect(s.screen == .review)
        #expect(view(s).text.contains("Sanne, interview, 2027-01-15"))
        press(&s, .char("1"))
        #expect(s.session.findOutReview?.first?.outcome == .foundOut)
        press(&s, .char("e"))
        type(&s, "klanten willen terugbellen")
        press(&s, .enter)
        #expect(s.session.findOutReview?.first?.note == "klanten willen terugbellen")
        #expect(!s.needsReview)
        press(&s, .enter)
        #expect(s.screen == .step)
        // The reports list what became of them.
        let report = MarkdownReport.render(s.session, timeZone: .utc)
        #expect(report.contains("Uitzoeken van de vorige keer"), "\(report)")
        #expect(
            report.contains(
                "| 1 | Employee Experience | Sanne, interview, 2027-01-15 | uitgezocht | klanten willen terugbellen |"))
        #expect(HTMLReport.render(s.session, timeZone: .utc).contains("klanten willen terugbellen"))
    }

    @Test func lastTimesNoteStandsBesideLastTimesAnswerAndItsLinksAreOneKeyAway() throws {
        let next = Session.reassess(try previous(), path: "eerste.json", now: t0.addingTimeInterval(86_400 * 42))
        var s = AppState(session: next, path: "tweede.json", size: TermSize(80, 24), now: t0, timeZone: .utc)
        press(&s, .char("1"), .enter)
        press(&s, .char("j"))
        #expect(s.session.cursor.lens == .customer)
        #expect(view(s).text.contains("vorige keer: nee — te traag"))
        press(&s, .char("n"), .char("p"))
        let decide = view(s).text
        #expect(decide.contains("vorige keer: snelheid,") && decide.contains("implementatiekloof (l neemt over)"))
        press(&s, .char("l"))
        let customer = s.session.steps[0].answers.customer
        #expect(customer.drivers == ["d2"] && customer.gap == .implementation)
    }
}
