import Foundation
import JourneyCheckCore
import Testing

@testable import JourneyCheckTUI

/// The decide list stays put while the team works on a line: linking a driver changes the
/// line's score in place; the list re-ranks when the selection moves on, or with `r`.
@Suite struct DecideStaysPutTests {
    func gapOrder(_ s: AppState) -> [String] {
        s.decideRows.compactMap { if case .gap(let item, _) = $0 { "\(item.stepNumber) \(item.lens)" } else { nil } }
    }

    @Test func aLinkedGapStaysUnderTheCursorUntilTheCursorMovesOn() {
        var s = makeState()
        press(&s, .char("n"), .char("n"), .char("n"))
        press(&s, .char("p"))
        #expect(gapOrder(s) == ["1 brand", "1 customer", "1 employee"])
        // The third gap gets a driver: it would rank first, but stays where it is.
        press(&s, .down, .down)
        #expect(s.decideSelection == 3)
        press(&s, .char("1"))
        #expect(gapOrder(s) == ["1 brand", "1 customer", "1 employee"])
        #expect(s.decideSelection == 3)
        if case .gap(let item, _) = s.decideRow(s.decideSelection) {
            #expect(item.lens == .employee && item.score == 0.4)
        } else {
            Issue.record("the selection left its gap")
        }
        // Moving on re-ranks, and says so; the selection is on the line it moved to.
        press(&s, .up)
        #expect(gapOrder(s) == ["1 employee", "1 brand", "1 customer"])
        #expect(s.status == "The list is ranked again by score.")
        if case .gap(let item, _) = s.decideRow(s.decideSelection) { #expect(item.lens == .customer) }
    }

    @Test func beforeAnyLinkTheScreenSaysWhatTheOrderIs() {
        var s = makeState()
        press(&s, .char("n"), .char("n"), .char("p"))
        #expect(view(s).text.contains("no driver linked yet: order by most no's in the step · step · lens"))
        press(&s, .char("1"))
        #expect(view(s).text.contains("order: score · most no's in the step · step · lens"))
    }

    @Test func rRanksAgainAtOnce() {
        var s = makeState()
        press(&s, .char("n"), .char("n"))
        press(&s, .char("p"), .down, .char("2"))
        #expect(gapOrder(s) == ["1 brand", "1 customer"])
        press(&s, .char("r"))
        #expect(gapOrder(s) == ["1 customer", "1 brand"])
        if case .gap(let item, _) = s.decideRow(s.decideSelection) { #expect(item.lens == .customer) }
    }

    @Test func newLinesAppearWhereTheyBelongWhilePinned() {
        let pinned: [DecisionModel.Entry] = [.heading(.improve), .gap(Question(step: "s1", lens: .brand))]
        let current: [DecisionModel.Entry] = [
            .heading(.improve), .gap(Question(step: "s1", lens: .brand)), .action("a9"), .heading(.journeyActions),
        ]
        #expect(DecideScreen.reconcile(pinned, current) == current)
        #expect(DecideScreen.reconcile(current.reversed(), current).first == .heading(.journeyActions))
    }
}
