import Foundation
import Testing
@testable import JourneyCheckCore

/// The workshop cycle: reassess, review, metrics, habits, owners, compare.
@Suite struct FollowUpTests {
    static let later = fixedDate.addingTimeInterval(86_400 * 42)

    /// A first session: answers, an action on a gap, one on the whole journey, a habit, a metric.
    func first() throws -> Session {
        var j = sampleJourney(language: .nl)
        j.workshop.metrics = [
            Metric(name: "NPS", target: 40, kind: .external), Metric(name: "levertijd", unit: "dagen", kind: .internal),
        ]
        j.stepOwners = [0: "webshop", 2: "financiën"]
        var s = Session(journey: j, now: fixedDate)
        try s.answer("s1", .brand, .yes, now: fixedDate)
        try s.answer("s1", .customer, .no, now: fixedDate)
        try s.answer("s1", .employee, .dontKnow, now: fixedDate)
        try s.answer("s2", .brand, .no, now: fixedDate)
        try s.answer("s3", .service, .yes, now: fixedDate)
        try s.setNote("s1", .customer, "te veel klikken", now: fixedDate)
        try s.addAction(
            step: "s1", lens: .customer, text: "Minder klikken", level: .journey, owner: "Webteam", now: fixedDate)
        try s.addAction(step: "s2", lens: .brand, text: "Belscript", level: .journey, owner: "KS", now: fixedDate)
        try s.addAction(step: nil, lens: nil, text: "Klantverhaal", level: .behaviour, owner: "MT", now: fixedDate)
        try s.addHabit(leader: "Jan", habit: "Elke week een klant bellen", started: "2026-11-18", now: fixedDate)
        try s.setMetricValue("NPS", 22, now: fixedDate)
        s.addTime("s1", seconds: 120, now: fixedDate)
        return s
    }

    @Test func aReassessmentKeepsTheJourneyAndOpensEveryAnswer() throws {
        let old = try first()
        let s = Session.reassess(old, path: "eerste.json", now: Self.later)
        #expect(s.steps.map(\.id) == old.steps.map(\.id) && s.steps.map(\.text) == old.steps.map(\.text))
        #expect(s.steps.map(\.owner) == ["webshop", nil, "financiën"])
        #expect(s.workshop == old.workshop && s.nextID == old.nextID)
        #expect(s.potential.total.answered == 0)
        #expect(s.steps[1].answers.user.answer == .notApplicable)
        // Last time's answer, and its note beside it.
        #expect(s.steps[0].answers.customer == Response(previous: .no, lastTime: LastTime(note: "te veel klikken")))
        #expect(s.steps[0].answers.brand.previous == .yes && s.steps[0].answers.service.previous == nil)
        #expect(s.steps[0].seconds == 0)
        #expect(s.follows == SessionLink(path: "eerste.json", created: old.created, updated: old.updated))
        #expect(s.created == Self.later.wholeSeconds && s.cursor == Cursor(step: "s1", lens: .brand))
        #expect(s.actions.isEmpty && s.review?.map(\.action) == old.actions && s.openReviews == 3)
        #expect(
            s.habits == [
                LeaderHabit(leader: "Jan", habit: "Elke week een klant bellen", started: "2026-11-18", carried: true)
            ])
        #expect(s.metricValues == nil)
    }

    @Test func reviewedActionsLiveOnWithTheirHistoryOrStayInTheReview() throws {
        var s = Session.reassess(try first(), path: "eerste.json", now: Self.later)
        try s.decideReview(0, .carriedOver, note: "geen tijd gehad", now: Self.later)
        try s.decideReview(1, .done, now: Self.later)
        try s.decideReview(2, .inProgress, now: Self.later)
        #expect(s.openReviews == 0)
        #expect(s.actions.map(\.text) == ["Minder klikken", "Klantverhaal"])
        #expect(
            s.actions[0].history == [
                ActionHistoryEntry(date: "2026-12-30", outcome: .carriedOver, note: "geen tijd gehad")
            ])
        // Changing one's mind moves it back out.
        try s.decideReview(0, .dropped, now: Self.later)
        #expect(s.actions.map(\.text) == ["Klantverhaal"])
        // The next reassessment reviews what lived on, with its history.
        let third = Session.reassess(s, path: "tweede.json", now: Self.later.addingTimeInterval(86_400 * 42))
        #expect(third.review?.map(\.action.text) == ["Klantverhaal"])
        #expect(third.review?[0].action.history.map(\.outcome) == [.inProgress])
        #expect(third.habits == nil)  // the carried habit was evaluated last time, not again
    }

    @Test func theOutlineNamesMetricsHabitsAndOwners() throws {
        let text = """
            # Reis
            taal: nl
            interne metrics: levertijd (dagen) = 3; fouten (%) = 1,5
            externe metrics: NPS = 40; CES
            gewoontes: Ik bel een klant; Ik lees klachten
            deelnemers: directie, Logistiek

            ## Fase
            - Ik bestel [digitaal] [afdeling: Webshop]
            - Ik ontvang [afdeling: logistiek]
            - Ik bel [owner: Service] [digital]
            """
        let j = try parseOutline(text).get()
        #expect(
            j.workshop.metrics == [
                Metric(name: "levertijd", unit: "dagen", target: 3, kind: .internal),
                Metric(name: "fouten", unit: "%", target: 1.5, kind: .internal),
                Metric(name: "NPS", target: 40, kind: .external), Metric(name: "CES", kind: .external),
            ])
        #expect(j.workshop.habits == ["Ik bel een klant", "Ik lees klachten"])
        #expect(j.stepOwners == [0: "Webshop", 1: "logistiek", 2: "Service"])
        #expect(j.phases[0].steps.map(\.digital) == [true, false, true] && j.phases[0].steps[2].text == "Ik bel")
        let s = Session(journey: j, now: fixedDate)
        #expect(s.absentOwners == ["Webshop", "Service"])  // logistiek is there, in another case
        for (bad, message) in [
            ("interne metrics: a; b; c; d", "at most 3 internal metrics"),
            ("externe metrics: NPS = veel", "the target of metric 'NPS' is 'veel'"),
            ("gewoontes: ;", "'gewoontes:' lists no habits"),
        ] {
            let error = try #require(parseOutline("# R\n\(bad)\n## F\n- Stap\n").error)
            #expect(error.description.contains("test.md:2: \(message)"), "\(error)")
        }
        let owner = try #require(parseOutline("# R\n## F\n- Stap [afdeling: ]\n").error)
        #expect(owner.description.contains("test.md:3: '[afdeling: ]' names no department"))
    }

    @Test func compareNamesWhatGotBetterWorseAndWhatWasDoneWithoutMoving() throws {
        let old = try first()
        var now = Session.reassess(old, path: "eerste.json", now: Self.later)
        try now.decideReview(0, .done, now: Self.later)  // Minder klikken: done...
        try now.decideReview(1, .done, now: Self.later)  // Belscript: done, and it worked
        try now.answer("s1", .customer, .no, now: Self.later)  // ...but still no
        try now.answer("s1", .employee, .yes, now: Self.later)  // don't know -> yes
        try now.answer("s1", .brand, .no, now: Self.later)  // yes -> no
        try now.answer("s2", .brand, .yes, now: Self.later)  // no -> yes
        try now.setMetricValue("NPS", 31, now: Self.later)
        _ = try now.addStep(after: "s3", text: "Ik beoordeel", now: Self.later)
        try now.deleteStep("s2", now: Self.later)
        let c = try Comparison([old, now], files: ["a.json", "b.json"])
        let lines = { (xs: [Comparison.Change]) in
            xs.map { "\($0.stepNumber) \($0.lens.rawValue) \($0.then.rawValue)>\($0.now.rawValue)" }
        }
        #expect(lines(c.better) == ["1 employee dont_know>yes"])  // s2 is gone from the newest
        #expect(lines(c.worse) == ["1 brand yes>no"])
        #expect(lines(c.knowledgeGained) == ["1 employee dont_know>yes"])
        #expect(
            c.doneButUnmoved == [
                Comparison.DoneButUnmoved(
                    action: "Minder klikken", stepNumber: 1, stepText: "Search the site", lens: .customer, answer: .no)
            ])
        #expect(c.added.map(\.text) == ["Ik beoordeel"] && c.added[0].stepNumber == 3)
        #expect(c.removed == ["Call the shop"])
        #expect(c.metrics.map(\.values) == [[22, 31], [nil, nil]])
        #expect(c.perLens.first { $0.lens == .brand }?.shares == [0.5, 0.0])
        let md = CompareReport.markdown(c)
        for heading in [
            "# Vergelijking: Sample", "## Beter (1)", "## Slechter (1)", "## Kennis gewonnen (1)",
            "## Gedaan, maar het antwoord bewoog niet",
            "## Stappen erbij en eraf", "## Metrics door de tijd",
        ] {
            #expect(md.contains(heading + "\n"), "\(heading)")
        }
        #expect(
            md.contains(
                "- 1. Search the site · Customer Experience: Minder klikken — gedaan, maar het team zegt nog steeds nee"
            ))
        #expect(!md.contains("| Trend |"))
        // CSV: a row per step and lens, one answer column per session; removed steps last.
        let csv = CompareReport.csv(c)
        #expect(csv.hasPrefix("phase,step,step_text,lens,2026-11-18,2026-12-30\r\n"))
        #expect(csv.contains("Find,1,Search the site,brand,yes,no\r\n"))
        #expect(csv.contains("Buy,3,Ik beoordeel,brand,,open\r\n"))
        #expect(csv.contains(",,Call the shop,brand,no,\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == 3 * 5 + 5)
    }

    @Test func threeSessionsShowATrendAndUnrelatedJourneysAreRefused() throws {
        let a = try first()
        var b = Session.reassess(a, path: "a.json", now: Self.later)
        try b.answer("s1", .brand, .yes, now: Self.later)
        var c = Session.reassess(b, path: "b.json", now: Self.later.addingTimeInterval(86_400))
        try c.answer("s1", .brand, .no, now: Self.later)
        let cmp = try Comparison([a, b, c], files: ["a", "b", "c"])
        #expect(cmp.hasTrend && cmp.labels == ["2026-11-18", "2026-12-30", "2026-12-31"])
        // With the change in percentage points beside the trend.
        #expect(
            CompareReport.markdown(cmp).contains("| Brand Experience | 50% | 100% | 0% | −50 pp | ↓ 50% → 100% → 0% |"))
        let other = Session(
            journey: Journey(title: "Ander", phases: [(title: "P", steps: [(text: "x", digital: false)])]),
            now: fixedDate)
        var unrelated = other
        unrelated.phases[0].steps[0].id = "zz"
        #expect(throws: Comparison.Refusal.self) { try Comparison([unrelated, a], files: ["x.json", "a.json"]) }
        do { _ = try Comparison([unrelated, a], files: ["x.json", "a.json"]) } catch {
            #expect(
                error.description
                    == "x.json and a.json are sessions of different journeys ('Ander' and 'Sample'); compare sessions of one journey"
            )
        }
    }

    @Test func aVersion1FixtureComparesWithAReassessmentOfIt() throws {
        let path = packageRoot.appendingPathComponent("Tests/Fixtures/v1/full-v1.json").path
        let old = try SessionStore.read(path)
        var next = Session.reassess(old, path: path, now: Self.later)
        #expect(next.review?.count == 2)
        // Step 1, customer: "nee" then, "ja" now; the first action on it was done.
        #expect(old.steps[0].answers.customer.answer == .no)
        try next.answer(old.steps[0].id, .customer, .yes, now: Self.later)
        try next.decideReview(0, .done, now: Self.later)
        let c = try Comparison([old, next], files: [path, "next.json"])
        #expect(c.better.map { "\($0.stepNumber) \($0.lens)" } == ["1 customer"])
        #expect(c.doneButUnmoved.isEmpty)
        #expect(c.worse.isEmpty && c.removed.isEmpty && c.added.isEmpty)
    }
}
