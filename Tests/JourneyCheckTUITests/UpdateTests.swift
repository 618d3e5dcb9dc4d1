import Foundation
import JourneyCheckCore
import Testing
@testable import JourneyCheckTUI

@Suite struct UpdateTests {
    @Test func oneKeystrokeAnswersAndMovesToTheNextOpenQuestion() {
        var s = makeState()
        #expect(press(&s, .char("y")) == [.save])
        #expect(s.currentStep.answers.brand.answer == .yes)
        #expect(s.session.cursor.lens == .customer)
        press(&s, .char("n"), .char("d"))
        #expect(s.currentStep.answers.customer.answer == .no)
        #expect(s.currentStep.answers.employee.answer == .dontKnow)
        #expect(s.session.cursor.lens == .service)
    }

    @Test func aFailedSaveAsIsSaidInTheWorkshopsLanguageAndTheFileStays() {
        var s = makeState(.nl)
        let path = s.path
        #expect(update(&s, .saveAsFailed(path: "kopie/a.json", reason: "the folder kopie does not exist")) == [])
        #expect(s.status == "Niet opgeslagen als kopie/a.json: the folder kopie does not exist")
        #expect(s.path == path)
    }

    @Test func dutchLettersWorkToo() {
        var s = makeState(.nl)
        press(&s, .char("j"), .char("w"))
        #expect(s.currentStep.answers.brand.answer == .yes)
        #expect(s.currentStep.answers.customer.answer == .dontKnow)
    }

    @Test func theLastQuestionMovesStraightToTheNextStepAndLeavesASummary() {
        var s = makeState()
        press(&s, .char("y"), .char("y"), .char("y"), .char("y"), .char("n"))
        #expect(s.session.cursor == Cursor(step: "s2", lens: .brand))
        #expect(s.finishedStep == "s1")
        #expect(view(s).contains("✔ 1. I search for a product on the website  ✔ ✔ ✔ ✔ ✘"))
        // A step without a digital element has four questions.
        press(&s, .char("y"), .char("y"), .char("y"), .char("y"))
        #expect(s.session.cursor == Cursor(step: "s3", lens: .brand))
    }

    @Test func answeringTheLastStepFinishesTheJourney() {
        var s = makeState()
        for _ in 0..<14 { press(&s, .char("y")) }
        #expect(s.session.potential.total.open == 0)
        #expect(s.status?.contains("Every step answered") == true)
        #expect(s.session.cursor.step == "s3")
    }

    @Test func aSkippedQuestionIsVisitedBeforeMovingOn() {
        var s = makeState()
        press(&s, .down, .char("y"), .char("y"), .char("y"), .char("y"))
        // Brand was skipped: the cursor wraps back to it instead of leaving the step.
        #expect(s.session.cursor == Cursor(step: "s1", lens: .brand))
        press(&s, .char("n"))
        #expect(s.session.cursor.step == "s2")
    }

    @Test func theUserQuestionDoesNotApplyWithoutADigitalElement() {
        var s = makeState()
        press(&s, .right, .up)  // s2, then up into s1's user lens
        #expect(s.session.cursor == Cursor(step: "s1", lens: .user))
        press(&s, .right)
        #expect(s.session.cursor.step == "s2")
        for _ in 0..<6 { press(&s, .down) }
        #expect(s.session.cursor.step == "s3")  // s2 has no user lens to stop at
        s.session.cursor = Cursor(step: "s2", lens: .user)
        #expect(press(&s, .char("y")) == [])
        #expect(s.status?.contains("digital element") == true)
    }

    @Test func backspaceClearsAndUndoGoesBackSeveralSteps() {
        var s = makeState()
        press(&s, .char("y"), .char("n"))
        press(&s, .up, .backspace)
        #expect(s.currentStep.answers.customer.answer == .open)
        press(&s, .char("u"))
        #expect(s.currentStep.answers.customer.answer == .no)
        press(&s, .char("u"), .char("u"))
        #expect(s.currentStep.answers.brand.answer == .open)
        #expect(s.currentStep.answers.customer.answer == .open)
        #expect(press(&s, .char("u")) == [])
        #expect(s.status == "Nothing to undo.")
    }

    @Test func notesAreEditedInPlace() {
        var s = makeState()
        press(&s, .char("e"))
        type(&s, "Zoeken duurt te lang qé")
        press(&s, .left, .left, .backspace, .home, .delete, .end)
        type(&s, "!")
        #expect(press(&s, .enter) == [.save])
        #expect(s.currentStep.answers.brand.note == "oeken duurt te langqé!")
        press(&s, .enter)
        type(&s, "discard me")
        press(&s, .escape)
        #expect(s.currentStep.answers.brand.note == "oeken duurt te langqé!")
        press(&s, .char("E"))
        type(&s, "step note")
        press(&s, .enter)
        #expect(s.currentStep.note == "step note")
    }

    @Test func qInATextFieldIsText() {
        var s = makeState()
        press(&s, .char("e"))
        #expect(press(&s, .char("q")).isEmpty)
        press(&s, .enter)
        #expect(s.currentStep.answers.brand.note == "q")
        #expect(press(&s, .char("q")) == [.save, .quit])
    }

    @Test func stepsAreAddedRenamedMovedToggledAndDeletedLive() {
        var s = makeState()
        press(&s, .char("a"))
        type(&s, "I read reviews")
        press(&s, .enter)
        #expect(s.session.steps.map(\.text)[1] == "I read reviews")
        #expect(s.currentStep.text == "I read reviews")
        press(&s, .char("r"), .control("u"))
        type(&s, "I read the reviews")
        press(&s, .enter)
        #expect(s.currentStep.text == "I read the reviews")
        press(&s, .char("g"))
        #expect(s.currentStep.digital)
        press(&s, .char("["))
        #expect(s.session.steps.first?.text == "I read the reviews")
        press(&s, .char("x"), .char("n"))
        #expect(s.session.stepCount == 4)
        // An answer key never confirms a deletion: a "yes" typed on keeps the step.
        press(&s, .char("x"), .char("y"))
        #expect(s.session.stepCount == 4)
        press(&s, .char("x"), .char("x"))
        #expect(s.session.stepCount == 3)
        #expect(!s.session.steps.contains { $0.text == "I read the reviews" })
        press(&s, .char("u"))
        #expect(s.session.stepCount == 4)
    }

    @Test func phasesAreAddedAndRenamed() {
        var s = makeState()
        press(&s, .char("P"))
        type(&s, "Compare")
        press(&s, .enter)
        type(&s, "I compare prices")
        press(&s, .enter)
        #expect(s.session.phases.map(\.title) == ["Orientation", "Compare", "Ordering"])
        #expect(s.currentStep.text == "I compare prices")
        press(&s, .char("R"), .control("u"))
        type(&s, "Comparing")
        press(&s, .enter)
        #expect(s.session.phases[1].title == "Comparing")
    }

    @Test func theTimeboxCountsDownAndTurnsRed() {
        var s = makeState()
        press(&s, .char("t"))
        type(&s, "2m")
        press(&s, .enter)
        #expect(s.session.timebox == 120)
        _ = update(&s, .tick(t0.addingTimeInterval(61)))
        #expect(view(s).contains("⏱ 0:59"))
        _ = update(&s, .tick(t0.addingTimeInterval(150)))
        let screen = view(s)
        #expect(screen.contains("⏱ +0:30 time up"))
        press(&s, .char("t"), .control("u"))
        type(&s, "soon")
        press(&s, .enter)
        #expect(s.status?.contains("3m") == true)
        #expect(s.session.timebox == 120)
    }

    @Test func timeIsKeptPerStepAndThePaceProjected() {
        var s = makeState()
        _ = update(&s, .tick(t0.addingTimeInterval(100)))
        for _ in 0..<5 { press(&s, .char("y")) }
        #expect(s.session.step("s1")!.seconds == 100)
        #expect(s.session.cursor.step == "s2")
        // One step in 100 s, two to go: done 200 s from now.
        #expect(s.projectedFinish == t0.addingTimeInterval(300))
        #expect(view(s).contains("done at 11:11"))
        _ = update(&s, .tick(t0.addingTimeInterval(130)))
        #expect(s.totalSeconds == 130)
        press(&s, .char("u"))  // undo does not take time back
        #expect(s.session.step("s1")!.seconds == 100)
        #expect(press(&s, .char("q")) == [.save, .quit])
        #expect(s.session.step("s1")!.seconds + s.session.step("s2")!.seconds == 130)
    }

    @Test func overviewSelectsAndJumps() {
        var s = makeState()
        press(&s, .char("o"))
        #expect(s.screen == .overview)
        press(&s, .down, .down, .enter)
        #expect(s.screen == .step)
        #expect(s.session.cursor.step == "s3")
        press(&s, .char("o"), .up, .char("g"))
        #expect(s.session.step("s2")!.digital)
        press(&s, .escape)
        #expect(s.screen == .step)
    }

    @Test func actionsAreAddedFromTheDecideScreen() {
        var s = makeState()
        press(&s, .char("n"), .char("d"))
        press(&s, .char("p"))
        #expect(s.screen == .decide)
        // Improve heading, the no, find-out heading, the don't know.
        #expect(s.decideRows.count == 4)
        press(&s, .down, .char("a"))
        type(&s, "Ask the warehouse")
        press(&s, .enter, .char("3"))
        type(&s, "Bo")
        press(&s, .enter)
        type(&s, "2026-13-01")
        press(&s, .enter)
        #expect(s.session.actions.isEmpty)
        #expect(s.status?.contains("YYYY-MM-DD") == true)
        press(&s, .control("u"))
        type(&s, "2026-12-24")
        press(&s, .enter)
        let a = s.session.actions.first
        #expect(a?.text == "Ask the warehouse" && a?.level == .moment && a?.owner == "Bo" && a?.due == "2026-12-24")
        #expect(a?.lens == .customer && a?.step == "s1")
        #expect(s.decideRows.count == 5)
        press(&s, .down, .char("x"), .char("x"))
        #expect(s.session.actions.isEmpty)
        press(&s, .home, .enter)
        #expect(s.screen == .step && s.session.cursor == Cursor(step: "s1", lens: .brand))
    }

    @Test func helpOpensOnQuestionMarkAndF1AndClosesOnAnyKey() {
        var s = makeState()
        press(&s, .f1)
        #expect(s.screen == .help)
        press(&s, .char("x"))
        #expect(s.screen == .step)
        press(&s, .char("?"), .char("?"))
        #expect(s.screen == .step)
    }

    @Test func aFailedSaveIsShownAndRetriedUntilItWorks() {
        var s = makeState()
        _ = update(&s, .saveFailed("No space left on device"))
        #expect(view(s).contains("NOT SAVED: No space left on device"))
        #expect(update(&s, .tick(t0.addingTimeInterval(1))) == [.save])
        _ = update(&s, .saveSucceeded)
        #expect(!view(s).contains("NOT SAVED"))
        // Back to the ordinary care of the files once a second.
        #expect(update(&s, .tick(t0.addingTimeInterval(2))) == [.keepFiles])
    }

    @Test func signalsQuitLikeQ() {
        var s = makeState()
        #expect(update(&s, .terminate) == [.save, .quit])
    }

    @Test(arguments: [("3m", 180), ("90s", 90), ("2m30s", 150), ("1:30", 90), ("5", 300), ("1h", 3600)])
    func timeboxesParse(text: String, seconds: Int) {
        #expect(Timebox.parse(text) == .some(seconds))
    }

    @Test func timeboxesRefuseNonsense() {
        #expect(Timebox.parse("soon") == nil)
        #expect(Timebox.parse("3x") == nil)
        #expect(Timebox.parse("") == .some(nil))
        #expect(Timebox.parse("off") == .some(nil))
    }

    @Test func textInputTakesAnyUnicodeAndEditsByCharacter() {
        var input = TextInput("")
        for c in "日本 👍🏽é" { _ = input.apply(.char(c)) }
        _ = input.apply(.left)
        _ = input.apply(.backspace)
        #expect(input.text == "日本 é")
        _ = input.apply(.home)
        _ = input.apply(.delete)
        _ = input.apply(.char("\u{1B}"))
        #expect(input.text == "本 é")
        #expect(input.cursor == 0)
    }
}
