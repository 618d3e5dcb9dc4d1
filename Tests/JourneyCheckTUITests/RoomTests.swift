import Foundation
import JourneyCheckCore
import Testing
@testable import JourneyCheckTUI

/// The room: a vote, a note right after a step's last answer, a break.
@Suite struct RoomTests {
    @Test func aVoteGivesTheAnswerWithTheMostVotesAndMovesOn() {
        var s = makeState()
        press(&s, .char("v"))
        type(&s, "4 2 1")
        press(&s, .enter)
        let r = s.session.steps[0].answers.brand
        #expect(r.answer == .yes && r.votes == Votes(yes: 4, no: 2, dontKnow: 1))
        #expect(r.isSplit)  // 4 of 7 is less than two thirds
        #expect(view(s).text.contains("✔ yes 4/2/1≠"))
        #expect(s.session.cursor.lens == .customer)
    }

    @Test func splitMeansNoAnswerHasTwoThirds() {
        #expect(Votes(yes: 4, no: 2, dontKnow: 1).isSplit)  // 4 of 7 < 2/3
        #expect(!Votes(yes: 5, no: 2, dontKnow: 0).isSplit)  // 5 of 7 >= 2/3
        #expect(!Votes(yes: 2, no: 1, dontKnow: 0).isSplit)  // exactly two thirds
        #expect(Votes(yes: 0, no: 3, dontKnow: 3).answer == .dontKnow)  // a tie for the most
        #expect(Votes(yes: 3, no: 3, dontKnow: 0).answer == .dontKnow)
        #expect(Votes(yes: 0, no: 0, dontKnow: 0).answer == nil)
        #expect(Votes.parse("4 2 1") == Votes(yes: 4, no: 2, dontKnow: 1))
        #expect(Votes.parse("4/2/1") == Votes(yes: 4, no: 2, dontKnow: 1))
        for bad in ["", "4 2", "4 2 1 0", "a b c", "0 0 0", "-1 2 3", "1000 0 0", "4.5 1 1"] {
            #expect(Votes.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func aTieIsDontKnowAndABadTallyIsRefused() {
        var s = makeState()
        press(&s, .char("v"))
        type(&s, "3 3")
        press(&s, .enter)
        #expect(s.session.steps[0].answers.brand.answer == .open)
        #expect(s.status == UIText(.en).invalidTally)
        #expect(s.overlay != nil)  // the prompt stays, with what was typed
        type(&s, " 1")
        press(&s, .enter)
        let r = s.session.steps[0].answers.brand
        #expect(r.answer == .dontKnow && r.votes == Votes(yes: 3, no: 3, dontKnow: 1) && r.isSplit)
        // A plain answer afterwards replaces the tally.
        press(&s, .up, .char("y"))
        #expect(s.session.steps[0].answers.brand == Response(answer: .yes))
        // One undo takes the vote back whole.
        press(&s, .char("u"))
        #expect(s.session.steps[0].answers.brand.votes == Votes(yes: 3, no: 3, dontKnow: 1))
    }

    @Test func aNoteRightAfterTheLastAnswerOfAStepIsAboutThatAnswer() {
        var s = makeState()
        for key in ["y", "n", "y", "y", "d"] { press(&s, .char(Character(key))) }
        #expect(s.session.cursor.step == "s2")
        press(&s, .char("e"))
        #expect(s.overlay == .input(.questionNote(step: "s1", lens: .user), TextInput()))
        #expect(view(s).contains("Note on 1 · User:"))
        type(&s, "The filter hides the sofa")
        press(&s, .enter)
        #expect(s.session.steps[0].answers.user.note == "The filter hides the sofa")
        #expect(s.session.steps[1].answers.brand.note.isEmpty)
        // Once any other key came first, e is about the current question again.
        for key in ["y", "y", "n"] { press(&s, .char(Character(key))) }
        press(&s, .char("v"))
        type(&s, "1 5 0")
        press(&s, .enter)  // step 2 done by a vote: the note is about that vote's question
        press(&s, .char("e"))
        #expect(s.overlay == .input(.questionNote(step: "s2", lens: .service), TextInput()))
        press(&s, .escape, .down, .char("e"))
        #expect(s.overlay == .input(.questionNote(step: "s3", lens: .customer), TextInput()))
    }

    @Test func aBreakStopsTheClockTheTimeboxAndTheProjection() {
        var s = makeState()
        s.session.setTimebox(180, now: t0)
        for key in ["y", "n", "y", "y"] { press(&s, .char(Character(key))) }
        _ = update(&s, .tick(t0.addingTimeInterval(30)))
        press(&s, .char("d"))
        _ = update(&s, .tick(t0.addingTimeInterval(90)))
        #expect(s.currentStepSeconds == 60)
        #expect(s.projectedFinish != nil)
        press(&s, .char(" "))
        _ = update(&s, .tick(t0.addingTimeInterval(600)))
        #expect(s.currentStepSeconds == 60)
        #expect(s.projectedFinish == nil)
        let screen = view(s).text
        #expect(screen.contains("⏸ PAUSED") && screen.contains("⏱ 2:00"))
        press(&s, .char(" "))
        _ = update(&s, .tick(t0.addingTimeInterval(630)))
        #expect(s.currentStepSeconds == 90)
        // Leaving the step books 90 seconds, not the break.
        press(&s, .right)
        #expect(s.session.steps[1].seconds == 90)
    }

    @Test func theProjectionIsGoneOnceEveryStepIsAnswered() {
        var s = makeState()
        for key in ["y", "y", "y", "y"] { press(&s, .char(Character(key))) }
        _ = update(&s, .tick(t0.addingTimeInterval(30)))
        for key in ["y", "y", "y", "y", "y"] { press(&s, .char(Character(key))) }
        _ = update(&s, .tick(t0.addingTimeInterval(60)))
        #expect(s.projectedFinish != nil)
        #expect(view(s).text.contains("done at"))
        for key in ["y", "y", "y", "y", "y"] { press(&s, .char(Character(key))) }
        #expect(s.index.completeSteps == s.index.stepCount)
        #expect(s.projectedFinish == nil)
        #expect(!view(s).text.contains("done at"))
    }
}
