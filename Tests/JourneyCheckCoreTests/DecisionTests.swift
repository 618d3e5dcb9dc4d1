import Foundation
import PropertyBased
import Testing
@testable import JourneyCheckCore

/// The fix-first rule, its upkeep in the index, and the CSV round trip.
@Suite struct DecisionTests {
    /// Three digital steps, drivers weighted 0.5, 0.3 and 0.2.
    func session(weights: [Double?] = [0.5, 0.3, 0.2]) -> Session {
        let drivers = weights.enumerated().map { Driver(name: "d\($0.offset + 1)", weight: $0.element) }
        let j = Journey(
            title: "Rule", drivers: drivers,
            phases: [
                (
                    title: "P",
                    steps: [(text: "one", digital: true), (text: "two", digital: true), (text: "three", digital: true)]
                )
            ])
        return Session(journey: j, now: fixedDate)
    }

    func order(_ s: Session) -> [String] {
        s.potential.fixFirst.map { "\($0.stepNumber)\($0.lens.rawValue.prefix(2))" }
    }

    @Test func theScoreDecidesFirst() throws {
        var s = session()
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.answer("s2", .brand, .no, now: fixedDate)
        try s.answer("s3", .brand, .no, now: fixedDate)
        try s.toggleDriver("s3", .brand, number: 1, now: fixedDate)  // 0.5
        try s.toggleDriver("s2", .brand, number: 2, now: fixedDate)  // 0.3 + 0.2 = 0.5 ... plus
        try s.toggleDriver("s2", .brand, number: 3, now: fixedDate)
        try s.toggleDriver("s1", .brand, number: 3, now: fixedDate)  // 0.2
        // s2 and s3 tie on 0.5 (0.3 + 0.2 is 0.5 on paper): the step number breaks it.
        #expect(s.potential.fixFirst.map(\.score) == [0.5, 0.5, 0.2])
        #expect(order(s) == ["2br", "3br", "1br"])
    }

    @Test func thenTheStepsNumberOfNoAnswers() throws {
        var s = session()
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.answer("s3", .brand, .no, now: fixedDate)
        try s.answer("s3", .service, .no, now: fixedDate)
        // Same score (0): step 3 has two "no" answers, step 1 one.
        #expect(order(s) == ["3br", "3se", "1br"])
        #expect(s.potential.fixFirst.map(\.stepNoCount) == [2, 2, 1])
    }

    @Test func thenTheStepNumberThenTheLens() throws {
        var s = session()
        for lens in [Lens.user, .employee, .brand] { try s.answer("s2", lens, .no, now: fixedDate) }
        for lens in [Lens.customer, .service, .user] { try s.answer("s1", lens, .no, now: fixedDate) }
        #expect(order(s) == ["1cu", "1se", "1us", "2br", "2em", "2us"])
    }

    @Test func dontKnowAnswersAreRankedByTheSameRuleApart() throws {
        var s = session()
        try s.answer("s1", .brand, .dontKnow, now: fixedDate)
        try s.answer("s2", .brand, .dontKnow, now: fixedDate)
        try s.answer("s2", .customer, .no, now: fixedDate)
        try s.toggleDriver("s1", .brand, number: 2, now: fixedDate)
        #expect(s.potential.findOutFirst.map(\.stepNumber) == [1, 2])
        #expect(s.potential.fixFirst.map(\.stepNumber) == [2])
        #expect(s.potential.findOutFirst.allSatisfy { $0.gap == .knowledge })
        // Without the driver, step 2's "no" puts it first among equals.
        try s.toggleDriver("s1", .brand, number: 2, now: fixedDate)
        #expect(s.potential.findOutFirst.map(\.stepNumber) == [2, 1])
    }

    @Test func aDriverWithoutAWeightCountsAnEqualShare() throws {
        var s = session(weights: [nil, nil, nil, nil])
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.answer("s2", .brand, .no, now: fixedDate)
        try s.toggleDriver("s1", .brand, number: 1, now: fixedDate)
        try s.toggleDriver("s2", .brand, number: 1, now: fixedDate)
        try s.toggleDriver("s2", .brand, number: 4, now: fixedDate)
        #expect(s.potential.fixFirst.map(\.score) == [0.5, 0.25])
        #expect(order(s) == ["2br", "1br"])
        #expect(s.steps[1].answers.brand.drivers == ["d1", "d4"])
    }

    @Test func gapKindsBelongToTheirAnswers() throws {
        var s = session()
        try s.answer("s1", .brand, .no, now: fixedDate)
        try s.setGap("s1", .brand, .implementation, now: fixedDate)
        #expect(s.potential.fixFirst[0].gap == .implementation)
        #expect(throws: EditError.gapNeedsNo) { try s.setGap("s1", .customer, .design, now: fixedDate) }
        #expect(throws: EditError.gapNeedsNo) { try s.setGap("s1", .brand, .knowledge, now: fixedDate) }
        #expect(throws: EditError.unknownDriver(4)) { try s.toggleDriver("s1", .brand, number: 4, now: fixedDate) }
        // A "no" that becomes "don't know" is a knowledge gap; back to "no", its kind returns.
        try s.answer("s1", .brand, .dontKnow, now: fixedDate)
        #expect(s.steps[0].answers.brand.gapKind == .knowledge)
        try s.answer("s1", .brand, .no, now: fixedDate)
        #expect(s.steps[0].answers.brand.gapKind == .implementation)
        #expect(throws: EditError.invalidDate("2026-02-30")) {
            try s.setResearch("s1", .brand, Research(who: "x", due: "2026-02-30"), now: fixedDate)
        }
    }

    @Test func theIndexKeepsTheRankingAsARebuildWould() async {
        let lenses = Lens.allCases
        let fresh = session()
        await propertyCheck(count: 60, input: Gen.int(in: 0...999).array(of: 1...40)) { (moves: [Int]) in
            var s = fresh
            var index = SessionIndex(s)
            for m in moves {
                let before = s
                let step = StepID("s\(m % 3 + 1)"), lens = lenses[(m / 3) % 5]
                switch (m / 15) % 4 {
                case 0: try? s.answer(step, lens, [.no, .dontKnow, .yes, .open][(m / 60) % 4], now: fixedDate)
                case 1, 2: try? s.toggleDriver(step, lens, number: (m / 60) % 3 + 1, now: fixedDate)
                default: try? s.setGap(step, lens, (m / 60) % 2 == 0 ? .design : nil, now: fixedDate)
                }
                index.update(from: before, to: s)
            }
            #expect(index == SessionIndex(s))
            #expect(index.fixFirst == s.potential.fixFirst.map(\.rankKey))
            #expect(index.findOutFirst == s.potential.findOutFirst.map(\.rankKey))
        }
    }
}

/// Dates without a Calendar agree with the Calendar, in every zone we write days in.
@Suite struct CivilTimeTests {
    @Test func civilTimeAgreesWithTheCalendar() {
        var cal = Calendar(identifier: .gregorian)
        for zone in ["UTC", "Europe/Amsterdam", "America/St_Johns", "Pacific/Kiritimati", "America/Los_Angeles"] {
            let tz = TimeZone(identifier: zone)!
            cal.timeZone = tz
            for t in stride(from: -2_000_000_000.0, through: 4_000_000_000.0, by: 7_777_777.7) {
                let date = Date(timeIntervalSince1970: t)
                let c = cal.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                let mine = CivilTime(date, offset: tz.secondsFromGMT(for: date))
                let expected: [Int] = [c.year!, c.month!, c.day!, c.hour!, c.minute!]
                let actual: [Int] = [mine.year, mine.month, mine.day, mine.hour, mine.minute]
                #expect(actual == expected, "\(zone) \(t)")
            }
        }
        #expect(CivilTime(Date(timeIntervalSince1970: 1_795_000_000), offset: 0).dayAndTime == "2026-11-18 11:06")
    }
}
