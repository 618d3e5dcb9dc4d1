import Foundation
import Testing
@testable import JourneyCheckCore

@Suite struct SessionTests {
    @Test func aNewSessionCopiesTheJourneyWithStableIDs() {
        let s = Session(journey: sampleJourney(), now: fixedDate)
        #expect(s.format == "journeycheck-session" && s.version == Session.currentVersion)
        #expect(s.steps.map(\.id) == ["s1", "s2", "s3"])
        #expect(s.phases.map(\.id) == ["p1", "p2"])
        #expect(s.cursor == Cursor(step: "s1", lens: .brand))
        #expect(s.steps[0].answers.user.answer == .open)
        #expect(s.steps[1].answers.user.answer == .notApplicable)
        #expect(s.drivers.count == 2 && s.brandPromise == "Easy")
    }

    @Test func theUserLensOnlyTakesAnswersOnDigitalSteps() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        #expect(throws: EditError.notApplicable(.user)) { try s.answer("s2", .user, .yes, now: fixedDate) }
        try s.answer("s1", .user, .no, now: fixedDate)
        #expect(s.step("s1")!.answers.user.answer == .no)
    }

    @Test func potentialListsEveryNoAndDontKnowInJourneyOrder() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try s.answer("s3", .brand, .no, now: fixedDate)
        try s.answer("s1", .service, .dontKnow, now: fixedDate)
        try s.answer("s1", .brand, .yes, now: fixedDate)
        try s.answer("s1", .customer, .no, now: fixedDate)
        try s.setNote("s1", .customer, "  too slow ", now: fixedDate)
        let p = s.potential
        #expect(p.items.map { "\($0.stepNumber)\($0.lens.rawValue)" } == ["1customer", "1service", "3brand"])
        #expect(p.improve.count == 2 && p.investigate.count == 1)
        #expect(p.items[0].note == "too slow")
        #expect(
            p.perLens[.brand]!
                == {
                    var c = AnswerCounts()
                    c.yes = 1
                    c.no = 1
                    c.open = 1
                    return c
                }())
        #expect(p.total.yes == 1 && p.total.no == 2 && p.total.dontKnow == 1 && p.total.notApplicable == 1)
        #expect(p.total.yesShare == 0.25)
        #expect(p.perPhase.map(\.phase) == ["Find", "Buy"])
        #expect(p.perPhase[1].counts.no == 1)
        #expect(p.completeSteps == 0)
    }

    @Test func editingKeepsAnswersWithTheirSteps() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try s.answer("s2", .brand, .no, now: fixedDate)
        let added = try s.addStep(after: "s1", text: "  Read reviews ", digital: true, now: fixedDate)
        #expect(added == "s4")
        #expect(s.steps.map(\.id) == ["s1", "s4", "s2", "s3"])
        #expect(s.step("s4")!.text == "Read reviews")
        try s.moveStep("s2", up: true, now: fixedDate)
        try s.moveStep("s2", up: true, now: fixedDate)
        #expect(s.steps.map(\.id) == ["s2", "s1", "s4", "s3"])
        #expect(s.step("s2")!.answers.brand.answer == .no)
        #expect(throws: EditError.cannotMove) { try s.moveStep("s2", up: true, now: fixedDate) }
        // Down across the phase boundary, then back.
        try s.moveStep("s4", up: false, now: fixedDate)
        #expect(s.phases[1].steps.map(\.id) == ["s4", "s3"])
        try s.renameStep("s2", to: "Phone the shop", now: fixedDate)
        #expect(s.step("s2")!.text == "Phone the shop")
        #expect(throws: EditError.emptyText) { try s.renameStep("s2", to: "  ", now: fixedDate) }
        try s.renamePhase("p2", to: "Pay", now: fixedDate)
        #expect(s.phases[1].title == "Pay")
    }

    @Test func movingTheOnlyStepOutOfAPhaseRemovesTheEmptyPhase() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try s.moveStep("s3", up: true, now: fixedDate)
        #expect(s.phases.count == 1)
        #expect(s.steps.map(\.id) == ["s1", "s2", "s3"])
    }

    @Test func deletingAStepTakesItsActionsAndNeverTheLastStep() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.addAction(
            step: "s1", lens: .brand, text: "Fix search", level: .journey, owner: "Ann", due: "2026-12-01",
            now: fixedDate)
        try s.addAction(step: "s2", lens: nil, text: "Train staff", level: .behaviour, owner: "Bo", now: fixedDate)
        s.cursor = Cursor(step: "s1", lens: .customer)
        try s.deleteStep("s1", now: fixedDate)
        #expect(s.actions.map(\.text) == ["Train staff"])
        #expect(s.cursor == Cursor(step: "s2", lens: .brand))
        try s.deleteStep("s3", now: fixedDate)
        #expect(s.phases.count == 1)
        #expect(throws: EditError.lastStep) { try s.deleteStep("s2", now: fixedDate) }
    }

    @Test func togglingDigitalOpensOrClosesTheUserLens() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        try s.toggleDigital("s2", now: fixedDate)
        #expect(s.step("s2")!.answers.user.answer == .open)
        try s.answer("s2", .user, .yes, now: fixedDate)
        s.cursor = Cursor(step: "s2", lens: .user)
        try s.toggleDigital("s2", now: fixedDate)
        #expect(s.step("s2")!.answers.user.answer == .notApplicable)
        #expect(s.cursor.lens == .service)
    }

    @Test func addingAPhaseAddsItsFirstStepAndIDsAreNeverReused() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        let first = try s.addPhase(afterStep: "s1", title: "Compare", firstStep: "Compare prices", now: fixedDate)
        #expect(s.phases.map(\.title) == ["Find", "Compare", "Buy"])
        try s.deleteStep(first, now: fixedDate)
        let again = try s.addStep(after: "s1", text: "Another", now: fixedDate)
        #expect(again != first)
        #expect(Set(s.steps.map(\.id)).count == s.stepCount)
    }

    @Test func actionsValidateTheirDate() throws {
        var s = Session(journey: sampleJourney(), now: fixedDate)
        #expect(throws: EditError.invalidDate("2026-02-30")) {
            try s.addAction(
                step: "s1", lens: .brand, text: "x", level: .moment, owner: "", due: "2026-02-30", now: fixedDate)
        }
        #expect(
            isISODate("2028-02-29") && !isISODate("2027-02-29") && !isISODate("2026-13-01") && !isISODate("26-01-01"))
    }

    @Test func theFiveQuestionsAreVerbatim() {
        let verbatim: [(Lens, Language, String)] = [
            (.brand, .nl, "Is deze stap 100% in lijn met onze merkbelofte?"),
            (.customer, .nl, "Is deze stap in lijn met onze belangrijkste drivers?"),
            (
                .employee, .nl,
                "Voelen medewerkers zich in deze stap optimaal gefaciliteerd om de klant een goede beleving te geven?"
            ),
            (
                .service, .nl,
                "Als de klant een vraag heeft over deze stap in de journey, weten ze dan waar ze terecht kunnen en weten wij hoe die service journey eruit ziet?"
            ),
            (
                .user, .nl,
                "Als er in deze stap een digitaal element zit, is dat dan super makkelijk, in lijn met onze merkbelofte en de belangrijkste drivers?"
            ),
            (.brand, .en, "Is this step 100% in line with our brand promise?"),
            (.customer, .en, "Is this step in line with our most important drivers?"),
            (
                .employee, .en,
                "Do employees feel optimally equipped in this step to give the customer a good experience?"
            ),
            (
                .service, .en,
                "If the customer has a question about this step of the journey, do they know where to go, and do we know what that service journey looks like?"
            ),
            (
                .user, .en,
                "If this step has a digital element, is it super easy, and in line with our brand promise and most important drivers?"
            ),
        ]
        for (lens, language, question) in verbatim { #expect(lens.question(language) == question) }
    }
}
